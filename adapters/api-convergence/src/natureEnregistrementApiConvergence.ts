import type { TypeEnregistrementApiConvergence } from "./TypeEnregistrementApiConvergence.js";

/**
 * Reconnaît la nature d'un enregistrement API Convergence à ses clés : `cerfa` →
 * dossier ; `typeCertificat` → certificat ; `numeroInterneFacture`, `etatFacture` ou
 * `referenceFactureCFA` → état de facture ; `numeroInterneDossier` avec `couts`,
 * `apprenti` ou `organismeFormation` → convention ; `etat` ou un numéro de dossier →
 * état de dossier. `undefined` si rien ne correspond.
 *
 * @example
 * ```ts
 * natureEnregistrementApiConvergence({ typeCertificat: "Final", numeroInterneDossier: "A-1" }); // "certificat"
 * ```
 */
export function natureEnregistrementApiConvergence(objet: Record<string, unknown>): TypeEnregistrementApiConvergence | undefined {
  if ("cerfa" in objet) return "dossier";
  if ("typeCertificat" in objet) return "certificat";
  if ("numeroInterneFacture" in objet || "etatFacture" in objet || "referenceFactureCFA" in objet) return "etat_facture";
  if ("numeroInterneDossier" in objet && ("couts" in objet || "apprenti" in objet || "organismeFormation" in objet)) return "convention";
  if ("etat" in objet || "numeroInterne" in objet || "numeroExterne" in objet || "numeroDeca" in objet) return "etat_dossier";
  return undefined;
}
