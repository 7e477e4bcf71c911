import { cheminsNonTransportes, encoderTexte, versFormat, type ResultatEcriture } from "@communs-opco/adaptateur";
import type { Dossier } from "@communs-opco/schemas";
import { horodatageAgecap } from "./horodatageAgecap.js";
import { libelleStatutAgecap } from "./statutsAgecap.js";
import { tableStatutAgecap } from "./tableAgecap.js";

/**
 * Convertit un dossier standard en enregistrement de statut AGECAP (forme de la
 * réponse WS03) : statut AGECAP de l'état, `dateMiseAJourStatut` en heure de Paris
 * (horodatage du dernier événement, sinon `dateEtat` à minuit), numéros DECA, motif.
 *
 * @example
 * ```ts
 * statutAgecap({ etat: "DEPOSE", dateEtat: "2025-09-20", numeroDeca: "069202509000123" });
 * // { statut: "Déposé", dateMiseAJourStatut: "2025-09-20 00:00:00", numDepot: "069202509000123" }
 * ```
 */
export function statutAgecap(dossier: Dossier): Record<string, unknown> {
  const sortie = versFormat(dossier, tableStatutAgecap);
  const statut = libelleStatutAgecap(dossier.etat);
  if (statut === undefined) delete sortie["statut"];
  else sortie["statut"] = statut;
  const dernier = dossier.evenements?.at(-1);
  const horodatage = dernier?.horodatage === undefined ? undefined : horodatageAgecap(dernier.horodatage);
  if (horodatage !== undefined) sortie["dateMiseAJourStatut"] = horodatage;
  else if (dossier.dateEtat !== undefined) sortie["dateMiseAJourStatut"] = `${dossier.dateEtat} 00:00:00`;
  else delete sortie["dateMiseAJourStatut"];
  return sortie;
}

/**
 * Écrit des dossiers standard en liste de statuts AGECAP (voir {@link statutAgecap}).
 *
 * @example
 * ```ts
 * const r = await ecrireStatutsAgecap([{ etat: "REFUSE", commentaireEtat: "Pièce manquante", dateEtat: "2025-10-02" }]);
 * ```
 */
export async function ecrireStatutsAgecap(enregistrements: Iterable<Dossier> | AsyncIterable<Dossier>): Promise<ResultatEcriture> {
  const statuts: Record<string, unknown>[] = [];
  const pertes = new Set<string>();
  for await (const dossier of enregistrements) {
    statuts.push(statutAgecap(dossier));
    for (const chemin of cheminsNonTransportes(dossier, tableStatutAgecap, ["evenements"])) pertes.add(chemin);
    if (dossier.etat !== undefined && libelleStatutAgecap(dossier.etat) === undefined) pertes.add("etat");
  }
  return {
    octets: encoderTexte(`${JSON.stringify(statuts, null, 2)}\n`),
    typeMime: "application/json",
    extension: ".json",
    nonTransportes: [...pertes].sort(),
  };
}
