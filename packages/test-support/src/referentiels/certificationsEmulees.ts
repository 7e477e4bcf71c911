type CertificationEmulee = Record<string, unknown> & {
  identifiant: { cfd: string | null; rncp: string | null; rncp_anterieur_2019: boolean };
};

/**
 * Certifications servies par l'émulateur de l'API Apprentissage, au modèle `Certification` de
 * `/certification/v1`. Construites à partir de fiches réelles de l'export RNCP de France compétences
 * du 2024-02-22 (Licence Ouverte 2.0) : RNCP509, RNCP28155, RNCP30271, RNCP19468 et leurs continuités.
 *
 * @example
 * ```ts
 * const cap = CERTIFICATIONS_EMULEES.find((c) => c.identifiant.rncp === "RNCP509");
 * ```
 */
export const CERTIFICATIONS_EMULEES: readonly CertificationEmulee[] = [
  fiche({
    rncp: "RNCP509",
    intitule: "Agent vérificateur d'appareils extincteurs",
    niveau: "3",
    fin: "2023-08-31T23:59:59+02:00",
    enregistrement: "Enregistrement de droit",
    apprentissage: true,
    professionnalisation: true,
    certificateurs: [{ siret: "11004301500012", nom: "MINISTERE DE L'EDUCATION NATIONALE ET DE LA JEUNESSE" }],
    continuite: [
      { code: "RNCP509", courant: true, actif: false, activation: null, fin_enregistrement: "2023-08-31T23:59:59+02:00" },
      { code: "RNCP38228", courant: false, actif: true, activation: null, fin_enregistrement: null },
    ],
  }),
  fiche({
    rncp: "RNCP28155",
    intitule: "Chef de projet commercial pour l'agroalimentaire et services associés",
    niveau: "6",
    fin: "2022-04-21T23:59:59+02:00",
    enregistrement: "Enregistrement sur demande",
    apprentissage: true,
    professionnalisation: false,
    certificateurs: [],
    continuite: [
      { code: "RNCP22094", courant: false, actif: false, activation: null, fin_enregistrement: "2015-12-31T23:59:59+01:00" },
      { code: "RNCP28155", courant: true, actif: false, activation: null, fin_enregistrement: "2022-04-21T23:59:59+02:00" },
      { code: "RNCP30271", courant: false, actif: false, activation: null, fin_enregistrement: "2022-04-21T23:59:59+02:00" },
    ],
  }),
  fiche({
    rncp: "RNCP30271",
    intitule: "Chef de projet commercial pour l'agroalimentaire et services associés",
    niveau: "6",
    fin: "2022-04-21T23:59:59+02:00",
    enregistrement: "Enregistrement sur demande",
    apprentissage: true,
    professionnalisation: false,
    certificateurs: [{ siret: "82948645500019", nom: "ESCAIA" }],
    continuite: [
      { code: "RNCP28155", courant: false, actif: false, activation: null, fin_enregistrement: "2022-04-21T23:59:59+02:00" },
      { code: "RNCP30271", courant: true, actif: false, activation: null, fin_enregistrement: "2022-04-21T23:59:59+02:00" },
    ],
  }),
  fiche({
    rncp: "RNCP19468",
    intitule: "CQP Tourier",
    niveau: null,
    fin: "2021-07-21T23:59:59+02:00",
    enregistrement: "Enregistrement sur demande",
    apprentissage: false,
    professionnalisation: true,
    certificateurs: [{ siret: "78466840200018", nom: "CONFEDE. NATIONALE BOULANGERS PATISSIERS" }],
    continuite: [{ code: "RNCP19468", courant: true, actif: false, activation: null, fin_enregistrement: "2021-07-21T23:59:59+02:00" }],
  }),
];

function fiche(entree: {
  rncp: string;
  intitule: string;
  niveau: string | null;
  fin: string;
  enregistrement: string;
  apprentissage: boolean;
  professionnalisation: boolean;
  certificateurs: { siret: string; nom: string }[];
  continuite: { code: string; courant: boolean; actif: boolean; activation: string | null; fin_enregistrement: string | null }[];
}): CertificationEmulee {
  return {
    identifiant: { cfd: null, rncp: entree.rncp, rncp_anterieur_2019: Number(entree.rncp.slice(4)) < 34000 },
    intitule: { cfd: null, niveau: { cfd: null, rncp: { europeen: entree.niveau } }, rncp: entree.intitule },
    base_legale: { cfd: null },
    blocs_competences: { rncp: [] },
    convention_collectives: { rncp: [] },
    domaines: { formacodes: { rncp: [] }, nsf: { cfd: null, rncp: [] }, rome: { rncp: [] } },
    periode_validite: {
      debut: null,
      fin: entree.fin,
      cfd: null,
      rncp: { actif: false, activation: null, debut_parcours: null, fin_enregistrement: entree.fin },
    },
    type: {
      nature: { cfd: null },
      gestionnaire_diplome: null,
      enregistrement_rncp: entree.enregistrement,
      voie_acces: {
        rncp: {
          apprentissage: entree.apprentissage,
          experience: true,
          candidature_individuelle: true,
          contrat_professionnalisation: entree.professionnalisation,
          formation_continue: true,
          formation_statut_eleve: false,
        },
      },
      certificateurs_rncp: entree.certificateurs,
    },
    continuite: { cfd: null, rncp: entree.continuite },
  };
}
