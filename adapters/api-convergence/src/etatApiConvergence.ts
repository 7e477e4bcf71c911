/**
 * Code d'état API Convergence (`opco-echanges.md` §1.5) correspondant à un état du
 * dossier standard : `ROMPU` → `RUPTU` ; les états sans équivalent dans l'API
 * (`BROUILLON`, `SIGNE`, `DEPOSE`, `MODIFIE`) donnent `undefined` (non transportés).
 *
 * @example
 * ```ts
 * etatApiConvergence("ROMPU"); // "RUPTU"
 * etatApiConvergence("DEPOSE"); // undefined
 * ```
 */
export function etatApiConvergence(etat: unknown): unknown {
  if (typeof etat !== "string") return etat;
  if (etat === "ROMPU") return "RUPTU";
  return ETATS_API.has(etat) ? etat : undefined;
}

const ETATS_API = new Set(["TRANSMIS", "EN_COURS_INSTRUCTION", "ENGAGE", "REFUSE", "ANNULE", "SOLDE"]);
