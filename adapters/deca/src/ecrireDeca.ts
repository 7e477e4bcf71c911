import {
  cheminsNonTransportes,
  encoderTexte,
  estObjet,
  versFormat,
  type ResultatEcriture,
} from "@communs-opco/adaptateur";
import type { Dossier } from "@communs-opco/schemas";
import { etatVersStatut } from "./etatVersStatut.js";
import { tableDeca } from "./tableDeca.js";

/**
 * Convertit un dossier standard en contrat de l'extraction DECA (noms DGEFP). Le
 * statut est déduit de l'état (voir {@link etatVersStatut}) ; les champs `deca:/…`
 * conservés en extension à la lecture sont remis à leur place.
 *
 * @example
 * ```ts
 * contratDeca({ numeroDeca: "02B202212000000", etat: "ROMPU", rupture: { dateEffet: "2025-01-31" } });
 * // { detailsContrat: { noContrat: "02B202212000000", statut: "Rompu" }, rupture: { dateEffetRupture: "2025-01-31" } }
 * ```
 */
export function contratDeca(dossier: Dossier): Record<string, unknown> {
  const sortie = versFormat(dossier, tableDeca);
  const statut = etatVersStatut(dossier.etat, dossier.commentaireEtat);
  if (statut !== undefined) {
    const details = estObjet(sortie["detailsContrat"]) ? sortie["detailsContrat"] : {};
    sortie["detailsContrat"] = { ...details, statut };
  }
  return sortie;
}

/**
 * Écrit des dossiers standard au format de l'extraction DECA : une page unique
 * `{metadonnees: {page: 1, totalPages: 1, totalElements}, contrats}`, en JSON UTF-8
 * indenté. `nonTransportes` liste les chemins standard que DECA ne porte pas (maîtres
 * d'apprentissage, rémunération, financement…), et les états sans équivalent DECA.
 *
 * @example
 * ```ts
 * const r = await ecrireDeca([{ numeroDeca: "02B202212000000", etat: "DEPOSE" }]);
 * new TextDecoder().decode(r.octets); // '{ "metadonnees": { "page": 1, … }, "contrats": [ … ] }'
 * ```
 */
export async function ecrireDeca(enregistrements: Iterable<Dossier> | AsyncIterable<Dossier>): Promise<ResultatEcriture> {
  const contrats: Record<string, unknown>[] = [];
  const pertes = new Set<string>();
  for await (const dossier of enregistrements) {
    contrats.push(contratDeca(dossier));
    for (const chemin of cheminsNonTransportes(dossier, tableDeca, ["etat", "commentaireEtat"])) pertes.add(chemin);
    if (dossier.etat !== undefined && etatVersStatut(dossier.etat, dossier.commentaireEtat) === undefined) pertes.add("etat");
  }
  const page = { metadonnees: { page: 1, totalPages: 1, totalElements: contrats.length }, contrats };
  return {
    octets: encoderTexte(`${JSON.stringify(page, null, 2)}\n`),
    typeMime: "application/json",
    extension: ".json",
    nonTransportes: [...pertes].sort(),
  };
}
