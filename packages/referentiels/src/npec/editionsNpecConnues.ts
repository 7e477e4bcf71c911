/**
 * Dates d'applicabilité des éditions anciennes du référentiel NPEC, qui n'ont ni colonne de date
 * ni date lisible dans leur « Lisez-moi ». Ces dates ne sont pas publiées dans les fichiers :
 * elles suivent le choix de l'API Apprentissage (1er septembre de l'année de la procédure) et
 * sont marquées `a_verifier` tant qu'elles n'ont pas été contrôlées au Journal officiel.
 *
 * @example
 * ```ts
 * editionsNpecConnues.find((e) => e.motif.test("referentiel_des_npec-2-1.xlsx"))?.dateApplicabilite; // "2019-09-01"
 * ```
 */
export const editionsNpecConnues: readonly {
  motif: RegExp;
  dateApplicabilite: string;
  reference: string;
  statut: "verifie" | "a_verifier";
}[] = [
  {
    motif: /referentiel_des_npec-2-1/i,
    dateApplicabilite: "2019-09-01",
    reference: "Décret n° 2019-956 du 13 septembre 2019 (v 20190916)",
    statut: "a_verifier",
  },
  {
    motif: /referentiel_avec_idcc_oct_2019/i,
    dateApplicabilite: "2019-09-01",
    reference: "Décret n° 2019-956 du 13 septembre 2019 (v 20191018)",
    statut: "a_verifier",
  },
  {
    motif: /11\.02\.2021.*NPEC-20192020/i,
    dateApplicabilite: "2020-09-01",
    reference: "Décret n° 2020-1076 du 20 août 2020 ; arrêté du 24 août 2020 (v_nov2020, publié le 11.02.2021)",
    statut: "a_verifier",
  },
];
