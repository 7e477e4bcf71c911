import type { EchantillonSource } from "@communs-opco/adaptateur";

/**
 * Confiance (0 à 1) qu'un échantillon soit l'extrait DECA `SIRET|EMAIL` : en-tête
 * `SIRET|…` séparé par des barres verticales.
 *
 * @example
 * ```ts
 * detecterExtraitDeca({ nom: "x.csv", octets: new Uint8Array(), texte: "SIRET|EMAIL\n418…|{a@x.fr}" }); // 0.95
 * ```
 */
export function detecterExtraitDeca(echantillon: EchantillonSource): number {
  const premiere = echantillon.texte.replace(/^\uFEFF/u, "").split(/\r?\n/u).find((l) => l.trim() !== "") ?? "";
  const colonnes = premiere.split("|").map((c) => c.trim().toUpperCase());
  if (colonnes.length < 2 || !colonnes.includes("SIRET")) return 0;
  return colonnes.includes("EMAIL") ? 0.95 : 0.6;
}
