import { schemaContrat } from "./contrat.js";
import { creerSchemaEntree } from "./normalisation/creerSchemaEntree.js";
import { remunerationsDepuisStructure } from "./normalisation/remunerationsDepuisStructure.js";

function estObjetSimple(valeur: unknown): valeur is Record<string, unknown> {
  return typeof valeur === "object" && valeur !== null && !Array.isArray(valeur);
}

/** Convertit les structures propres à AGECAP avant la normalisation champ à champ. */
function preparerContrat(donnees: Record<string, unknown>): Record<string, unknown> {
  const sortie = { ...donnees };
  for (const bloc of ["contrat", "detailsContrat"]) {
    const details = sortie[bloc];
    if (!estObjetSimple(details) || !estObjetSimple(details["remunerationsAnnuellesStructurees"])) continue;
    const { remunerationsAnnuellesStructurees: structure, ...autres } = details;
    const { lignes, reste } = remunerationsDepuisStructure(structure as Record<string, unknown>);
    sortie[bloc] = {
      ...autres,
      ...(lignes.length > 0 && autres["remunerationsAnnuelles"] === undefined ? { remunerationsAnnuelles: lignes } : {}),
      ...(Object.keys(reste).length > 0 || (lignes.length > 0 && autres["remunerationsAnnuelles"] !== undefined)
        ? { remunerationsAnnuellesStructurees: autres["remunerationsAnnuelles"] === undefined ? reste : structure }
        : {}),
    };
  }
  return sortie;
}

/**
 * Schéma d'entrée **tolérant** du contrat : accepte ce que contiennent les fichiers
 * réels ([P] `"oui"`/`"non"` et dates `jj/mm/aaaa`, [Pub] codes numériques, AGECAP/DECA
 * noms `alternant`, `detailsContrat`, `dateConclusion`, `uaiSite`, sexe `1`/`2`,
 * département sur 3 caractères, dérogation `99`, rémunérations
 * `remunerationsAnnuellesStructurees.annee1Periode1…`, nombres en texte, montants
 * `"1 234,50"`, chaînes vides → absent, date-heures ISO) et produit un {@link Contrat}
 * strict. Les champs hors standard sont conservés dans `extensions`.
 *
 * @example
 * ```ts
 * const contrat = schemaContratEntree.parse({
 *   apprenti: { dateNaissance: "14/03/2007", handicap: "non", sexe: 2 },
 *   contrat: { typeContratApp: 11, dateConclusion: "2025-08-20T00:00:00" },
 * });
 * // contrat.apprenti?.sexe === "F" ; contrat.contrat?.dateSignature === "2025-08-20"
 * ```
 */
export const schemaContratEntree = creerSchemaEntree(schemaContrat, preparerContrat);
