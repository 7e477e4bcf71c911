import type { Constat } from "@communs-opco/regles";
import type { OperationApiConvergence } from "./OperationApiConvergence.js";

/**
 * Code stable d'une {@link ErreurApiConvergence} :
 * - `non_pris_en_charge` : capacité absente chez cet OPCO (aucun appel réseau) ;
 * - `champs_obligatoires` : dépôt incomplet, refusé avant l'envoi (aucun appel réseau) ;
 *   les constats sont dans `constats` ;
 * - `authentification` : jeton refusé ou clé d'API rejetée (401/403) ;
 * - `http` : autre statut d'erreur après les nouvelles tentatives ;
 * - `reponse_illisible` : corps non JSON ou tronqué ;
 * - `reseau` : connexion impossible, coupure ou délai dépassé.
 *
 * @example
 * ```ts
 * const c: CodeErreurApiConvergence = "non_pris_en_charge";
 * ```
 */
export type CodeErreurApiConvergence = "non_pris_en_charge" | "champs_obligatoires" | "authentification" | "http" | "reponse_illisible" | "reseau";

/**
 * Erreur du client API Convergence : code, opération, statut HTTP éventuel et message en
 * français, et pour un dépôt incomplet les constats (champs obligatoires absents). Elle ne
 * contient jamais de secret (clé d'API, secret client, jeton, preuve
 * DPoP) ni la requête d'origine : seuls la méthode et le chemin sont cités.
 *
 * @example
 * ```ts
 * try { await client.etatsFactures().next(); }
 * catch (e) { if (e instanceof ErreurApiConvergence && e.code === "non_pris_en_charge") console.log("pas chez cet OPCO"); }
 * ```
 */
export class ErreurApiConvergence extends Error {
  readonly code: CodeErreurApiConvergence;
  readonly operation: OperationApiConvergence;
  readonly statut: number | undefined;
  readonly constats: readonly Constat[];

  constructor(code: CodeErreurApiConvergence, operation: OperationApiConvergence, message: string, statut?: number, constats: readonly Constat[] = []) {
    super(message);
    this.name = "ErreurApiConvergence";
    this.code = code;
    this.operation = operation;
    this.statut = statut;
    this.constats = constats;
  }
}
