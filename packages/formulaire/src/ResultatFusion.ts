import type { Brouillon } from "./Brouillon";
import type { Provenance } from "./Provenance";

/**
 * Valeur proposée qui n'a pas remplacé la valeur existante (politique d'écrasement), pour que
 * l'interface puisse signaler l'écart à l'utilisateur.
 *
 * @example
 * ```ts
 * const c: ValeurConservee = { chemin: "employeur.naf", existante: "10.71C", provenanceExistante: "saisie", proposee: "10.71B", provenanceProposee: "referentiel:API Entreprise" };
 * ```
 */
export interface ValeurConservee {
  chemin: string;
  existante: unknown;
  provenanceExistante: Provenance;
  proposee: unknown;
  provenanceProposee: Provenance;
}

/**
 * Résultat d'une reprise de valeurs dans un brouillon : le nouveau brouillon, les chemins
 * remplis, les valeurs existantes conservées malgré une proposition différente et les chemins
 * refusés (chemin invalide), rien n'est perdu en silence.
 *
 * @example
 * ```ts
 * const r: ResultatFusion = fusionnerChamps(brouillonVide, [{ chemin: "employeur.siret", valeur: "80123456700015" }], { provenance: "saisie", date: "2026-11-26" });
 * r.appliques; // ["employeur.siret"]
 * ```
 */
export interface ResultatFusion {
  brouillon: Brouillon;
  appliques: string[];
  conserves: ValeurConservee[];
  refuses: { chemin: string; raison: string }[];
}
