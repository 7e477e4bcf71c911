/**
 * La vérification des valeurs de ce paquet : date (`verifiedOn`) et mention portée dans les notes.
 * Les valeurs ont été contrôlées le 26/11/2026 contre la spécification du projet
 * (contrat, rémunération, échanges OPCO) et les sources officielles qu'elle
 * cite ; une valeur que la spécification signale « à vérifier » porte le statut `a_verifier`.
 *
 * @example
 * ```ts
 * import { verificationSpecification } from "@communs-opco/parametres";
 * verificationSpecification.verifiedOn; // "2026-11-26"
 * ```
 */
export const verificationSpecification = {
  verifiedOn: "2026-11-26",
  mention: "Vérifié contre la spécification du projet et les références officielles qu'elle cite.",
} as const;
