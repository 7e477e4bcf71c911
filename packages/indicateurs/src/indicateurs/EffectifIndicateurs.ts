/**
 * Un contrat d'un effectif : dates `AAAA-MM-JJ`, employeur (SIRET, IDCC) pour le rattachement OPCO.
 *
 * @example
 * ```ts
 * const c: ContratEffectif = { debut: "2024-10-01", fin: "2025-08-31", siret: "42476141900045", idcc: "1486" };
 * ```
 */
export interface ContratEffectif {
  debut: string;
  fin?: string | undefined;
  rupture?: string | undefined;
  siret?: string | undefined;
  idcc?: string | undefined;
}

/**
 * Un effectif (un apprenant dans une formation d'un organisme), forme structurelle minimale
 * attendue par les indicateurs, inspirée du modèle v2 du Tableau de bord (personne + formation +
 * effectif, contrats repérés par leur date de début). Dates `AAAA-MM-JJ`.
 *
 * @example
 * ```ts
 * const e: EffectifIndicateurs = {
 *   id: "erp-123",
 *   source: "ERP",
 *   anneeScolaire: "2024-2025",
 *   apprenant: { nom: "DUPONT", prenom: "Léa", dateNaissance: "2006-05-14" },
 *   formation: { debut: "2024-09-01", fin: "2025-08-31", rncp: "RNCP37714", cfd: "50022135", niveau: "3" },
 *   contrats: [{ debut: "2024-10-01", fin: "2025-08-31", siret: "42476141900045" }],
 *   organisme: { uai: "0751234A", siret: "12345678900011", departement: "75" },
 * };
 * ```
 */
export interface EffectifIndicateurs {
  /** Identifiant dans la source (id ERP, hash du fichier, n° DECA…). */
  id?: string | undefined;
  /** Canal de transmission. */
  source?: "ERP" | "FICHIER" | "DECA" | undefined;
  /** Année scolaire `AAAA-AAAA` (filtre du Tableau de bord). */
  anneeScolaire?: string | undefined;
  /** Date `AAAA-MM-JJ` de la transmission (départage des fusions : la plus récente l'emporte). */
  transmisLe?: string | undefined;
  apprenant?: { nom?: string | undefined; prenom?: string | undefined; dateNaissance?: string | undefined } | undefined;
  formation: {
    debut: string;
    fin: string;
    rncp?: string | undefined;
    cfd?: string | undefined;
    /** Niveau européen « 3 » … « 8 ». */
    niveau?: string | undefined;
    libelle?: string | undefined;
  };
  contrats?: readonly ContratEffectif[] | undefined;
  /** Date d'exclusion de la formation. */
  exclusion?: string | undefined;
  /** Organisme formateur : les dimensions territoriales viennent de lui, pas de l'adresse de l'apprenant. */
  organisme?:
    | {
        uai?: string | undefined;
        siret?: string | undefined;
        departement?: string | undefined;
        region?: string | undefined;
        academie?: string | undefined;
        /** Organisme FIABLE et non fermé ; `false` exclut l'effectif des indicateurs (absent : retenu). */
        fiable?: boolean | undefined;
        /** SIRET de l'organisme responsable (hiérarchie, pour la règle ERP / DECA). */
        siretResponsable?: string | undefined;
      }
    | undefined;
}
