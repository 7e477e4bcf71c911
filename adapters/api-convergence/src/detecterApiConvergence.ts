import type { EchantillonSource } from "@communs-opco/adaptateur";

/**
 * Confiance (0 à 1) qu'un échantillon soit du JSON de l'API Convergence : clés
 * caractéristiques (`"cerfa"` avec `"numeroInterne"`, `"EtatDossierResult"`,
 * `"numeroInterneFacture"`, `"employeurV2"`, `"typeCertificat"`, `"engagementsFraisAnnexe"`).
 *
 * @example
 * ```ts
 * detecterApiConvergence({ nom: "a.json", octets: new Uint8Array(), texte: '{"total":1,"EtatDossierResult":[]}' }); // 0.95
 * ```
 */
export function detecterApiConvergence(echantillon: EchantillonSource): number {
  const texte = echantillon.texte.trimStart();
  if (!texte.startsWith("{") && !texte.startsWith("[")) return 0;
  if (/"(EtatDossierResult|employeurV2|numeroInterneFacture|engagementsFraisAnnexe|typeCertificat)"\s*:/u.test(texte)) return 0.95;
  if (/"cerfa"\s*:/u.test(texte) && /"numeroInterne"\s*:/u.test(texte)) return 0.9;
  if (/"numeroInterne"\s*:/u.test(texte) && /"etat"\s*:/u.test(texte)) return 0.6;
  return 0;
}
