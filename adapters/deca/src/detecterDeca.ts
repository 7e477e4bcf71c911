import type { EchantillonSource } from "@communs-opco/adaptateur";

/**
 * Confiance (0 à 1) qu'un échantillon soit une extraction DECA en JSON : indices propres
 * à DECA (`metadonnees`, `organismeFormationResponsable`, `suiviASP`, `noContrat`) et
 * absence des blocs propres à AGECAP (`maitre1`, `remunerationsAnnuellesStructurees`).
 *
 * @example
 * ```ts
 * detecterDeca({ nom: "x.json", octets: new Uint8Array(), texte: '{"metadonnees":{"page":1},"contrats":[{"detailsContrat":{"noContrat":"…"}}]}' }); // 0.95
 * ```
 */
export function detecterDeca(echantillon: EchantillonSource): number {
  const texte = echantillon.texte.trimStart();
  if (!texte.startsWith("{") && !texte.startsWith("[")) return 0;
  if (/"(maitre1|remunerationsAnnuellesStructurees|numTeletransmission|infoTransmission)"/.test(texte)) return 0;
  const enveloppe = /"metadonnees"\s*:/.test(texte) && /"contrats"\s*:/.test(texte);
  const propres = /"(organismeFormationResponsable|suiviASP|intituleOuQualification|codeMotifRupture)"/.test(texte);
  const numero = /"noContrat"\s*:/.test(texte) && /"alternant"\s*:/.test(texte);
  if (enveloppe && (propres || numero)) return 0.95;
  if (enveloppe || propres) return 0.8;
  if (numero) return 0.5;
  return 0;
}
