import type { NomCapacite } from "./CapaciteOpco";

/**
 * Niveau de maturité du système d'information d'un OPCO vis-à-vis de l'API Convergence : les
 * capacités exigées par ce niveau (les niveaux sont cumulatifs).
 *
 * @example
 * ```ts
 * const n: NiveauMaturite = { niveau: 3, libelle: "Factures et états de factures", description: "…", capacites: ["factures", "etats_factures"] };
 * ```
 */
export interface NiveauMaturite {
  niveau: 1 | 2 | 3 | 4;
  libelle: string;
  description: string;
  capacites: readonly NomCapacite[];
}

/**
 * Critères de la classification, en données (docs/maturite.md) : niveau 1 dépôt de contrats en
 * protocole v1 ; niveau 2 protocole v2 (détail du dossier, états paginés `GET /v2/dossiers/etats`) ;
 * niveau 3 dépôt de factures et lecture de leurs états ; niveau 4 conventions de formation et
 * certificats de réalisation. Niveau 0 : aucun dépôt de contrat par l'API.
 *
 * @example
 * ```ts
 * niveauxMaturite.find((n) => n.niveau === 2)?.capacites; // ["contrats_v2"]
 * ```
 */
export const niveauxMaturite: readonly NiveauMaturite[] = [
  {
    niveau: 1,
    libelle: "Dépôt de contrats v1",
    description: "Le CFA dépose les contrats (CERFA) et suit leur état par l'API en protocole v1.",
    capacites: ["contrats_v1"],
  },
  {
    niveau: 2,
    libelle: "Contrats v2 et états des dossiers",
    description: "Protocole v2 : employeur v2, détail du dossier (échéances, engagements) et états paginés.",
    capacites: ["contrats_v2"],
  },
  {
    niveau: 3,
    libelle: "Factures et états de factures",
    description: "Le CFA dépose ses factures et lit leur état de règlement par l'API.",
    capacites: ["factures", "etats_factures"],
  },
  {
    niveau: 4,
    libelle: "Conventions et certificats de réalisation",
    description: "Le CFA transmet les conventions de formation et les certificats de réalisation par l'API.",
    capacites: ["conventions", "certificats"],
  },
];
