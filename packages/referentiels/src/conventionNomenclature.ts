import { convention as conventionNomenclatures, estEtatConventionEnVigueur, tableConventionsCollectives } from "@communs-opco/nomenclatures";
import type { ConventionReferentiel, ReponseReferentiel, SourceReponse } from "./Referentiel";


/**
 * Source « table des conventions collectives » de `@communs-opco/nomenclatures` (787 IDCC avec
 * leurs états Légifrance, d'après `shared/data/nomenclatures/idcc.csv`), nommée et datée.
 *
 * @example
 * ```ts
 * SOURCE_CONVENTIONS_NOMENCLATURES.date; // "2024-11-13"
 * ```
 */
export const SOURCE_CONVENTIONS_NOMENCLATURES: SourceReponse = {
  nom: "Table des conventions collectives (@communs-opco/nomenclatures, d'après Légifrance KALI)",
  fichier: "nomenclatures/idcc.csv",
  ...(tableConventionsCollectives.source.url === undefined ? {} : { url: tableConventionsCollectives.source.url }),
  date: tableConventionsCollectives.source.date,
};

/**
 * Convention collective d'un IDCC lue dans la table complète des conventions de
 * `@communs-opco/nomenclatures` : dernier recours quand les extraits KALI et DARES d'un instantané
 * ne contiennent pas le code. L'état juridique suit la loi (KALI : en vigueur si un état Légifrance
 * est VIGUEUR, VIGUEUR_ETEN ou VIGUEUR_NON_ETEN) et non la règle de la source (qui tient pour en
 * vigueur une convention sans état connu) : un IDCC présent sans aucun état Légifrance répond
 * `indetermine` ; un IDCC absent de la table répond `absent`.
 *
 * @example
 * ```ts
 * conventionNomenclature("0086"); // { statut: "trouve", valeur: { idcc: "0086", etat: "VIGUEUR_ETEN", enVigueur: true, … }, source: SOURCE_CONVENTIONS_NOMENCLATURES }
 * conventionNomenclature("0214").statut; // "indetermine" (aucun état Légifrance)
 * ```
 */
export function conventionNomenclature(idcc: string): ReponseReferentiel<ConventionReferentiel> {
  const source = SOURCE_CONVENTIONS_NOMENCLATURES;
  const c = conventionNomenclatures(idcc);
  if (c === undefined) return { statut: "absent", raison: `IDCC ${idcc} absent de la table des ${String(tableConventionsCollectives.entrees.length)} conventions collectives`, source };
  if (c.etatsLegifrance.length === 0) {
    return { statut: "indetermine", raison: `IDCC ${c.idcc} connu (« ${c.libelle} ») mais sans état juridique Légifrance : vigueur non vérifiable`, source };
  }
  const etat = c.etatsLegifrance.find((e) => estEtatConventionEnVigueur(e)) ?? c.etatsLegifrance[0] ?? null;
  return {
    statut: "trouve",
    source,
    valeur: { idcc: c.idcc, titre: c.titre, etat, enVigueur: estEtatConventionEnVigueur(etat), debut: c.dateDebut, fin: null },
  };
}
