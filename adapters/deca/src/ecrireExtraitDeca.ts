import { cheminsNonTransportes, encoderTexte, type ResultatEcriture } from "@communs-opco/adaptateur";
import type { Dossier } from "@communs-opco/schemas";

/**
 * Écrit des dossiers standard au format de l'extrait DECA `SIRET|EMAIL` : une ligne par
 * dossier, courriels entre accolades. La liste complète conservée à la lecture
 * (`extensions["deca-extrait:/EMAIL"]`) est restituée telle quelle ; sinon le courriel
 * de l'employeur. Tout le reste du dossier est listé dans `nonTransportes`.
 *
 * @example
 * ```ts
 * const r = await ecrireExtraitDeca([{ contrat: { employeur: { siret: "41816609600069", courriel: "a@x.fr" } } }]);
 * // "SIRET|EMAIL\n41816609600069|{a@x.fr}\n"
 * ```
 */
export async function ecrireExtraitDeca(enregistrements: Iterable<Dossier> | AsyncIterable<Dossier>): Promise<ResultatEcriture> {
  const lignes = ["SIRET|EMAIL"];
  const pertes = new Set<string>();
  const table = {
    format: "deca-extrait",
    entrees: [
      { source: "/SIRET", standard: "contrat.employeur.siret" },
      { source: "/EMAIL", standard: "contrat.employeur.courriel" },
    ],
    ignores: [],
  };
  for await (const dossier of enregistrements) {
    const employeur = dossier.contrat?.employeur;
    const conserve = dossier.extensions?.["deca-extrait:/EMAIL"];
    const courriels = typeof conserve === "string" ? conserve : employeur?.courriel === undefined ? "{}" : `{${employeur.courriel}}`;
    lignes.push(`${(employeur?.siret ?? "").replaceAll("|", " ")}|${courriels.replaceAll("|", " ")}`);
    for (const chemin of cheminsNonTransportes(dossier, table)) pertes.add(chemin);
  }
  return {
    octets: encoderTexte(`${lignes.join("\n")}\n`),
    typeMime: "text/plain",
    extension: ".csv",
    nonTransportes: [...pertes].sort(),
  };
}
