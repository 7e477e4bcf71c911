import { cheminsNonTransportes, encoderTexte, type ResultatEcriture } from "@communs-opco/adaptateur";
import type { Dossier } from "@communs-opco/schemas";
import { contratAgecap } from "./contratAgecap.js";
import { tableAgecap } from "./tableAgecap.js";

const TRANSPORTES_REMUNERATION = ["ordre", "dateDebut", "dateFin", "taux", "typeSalaire"];

/**
 * Liste ce qu'un dossier perdrait à l'écriture AGECAP : chemins hors table, champs de
 * rémunération non transportés (`tauxMinimal`, `salaireBrut`), responsable légal d'un
 * apprenti émancipé ou majeur.
 *
 * @example
 * ```ts
 * pertesAgecap({ etat: "ENGAGE" }); // ["etat"]
 * ```
 */
export function pertesAgecap(dossier: Dossier): string[] {
  const lignes = dossier.contrat?.contrat?.remunerationsAnnuelles ?? [];
  const couverts = lignes.flatMap((_, i) => TRANSPORTES_REMUNERATION.map((c) => `contrat.contrat.remunerationsAnnuelles.${i}.${c}`));
  const pertes = cheminsNonTransportes(dossier, tableAgecap, couverts);
  if (dossier.contrat?.apprenti?.responsableLegal !== undefined && dossier.contrat.apprenti.apprentiMineurNonEmancipe !== true) {
    pertes.push("contrat.apprenti.responsableLegal");
  }
  return pertes;
}

/**
 * Écrit des dossiers standard en contrats AGECAP (voir {@link contratAgecap}) : un
 * objet JSON pour un seul dossier (le corps de WS01), une liste sinon.
 *
 * @example
 * ```ts
 * const r = await ecrireAgecap([dossier]);
 * r.nonTransportes; // ex. ["contrat.maitre1.courriel", "financement.npecAnnuel"]
 * ```
 */
export async function ecrireAgecap(enregistrements: Iterable<Dossier> | AsyncIterable<Dossier>): Promise<ResultatEcriture> {
  const contrats: Record<string, unknown>[] = [];
  const pertes = new Set<string>();
  for await (const dossier of enregistrements) {
    contrats.push(contratAgecap(dossier));
    for (const chemin of pertesAgecap(dossier)) pertes.add(chemin);
  }
  const corps = contrats.length === 1 ? contrats[0] : contrats;
  return {
    octets: encoderTexte(`${JSON.stringify(corps, null, 2)}\n`),
    typeMime: "application/json",
    extension: ".json",
    nonTransportes: [...pertes].sort(),
  };
}
