import type { EchantillonSource } from "@communs-opco/adaptateur";

/**
 * Confiance (0 à 1) qu'un échantillon soit du JSON AGECAP : blocs propres au contrat
 * AGECAP (`maitre1`, `remunerationsAnnuellesStructurees`, `infoTransmission`,
 * `caisseComplementaire`) ou clés des statuts WS03 (`numTeletransmission`,
 * `dateMiseAJourStatut`, `numDepot`).
 *
 * @example
 * ```ts
 * detecterAgecap({ nom: "s.json", octets: new Uint8Array(), texte: '[{"numTeletransmission":"T1","statut":"Déposé"}]' }); // 0.95
 * ```
 */
export function detecterAgecap(echantillon: EchantillonSource): number {
  const texte = echantillon.texte.trimStart();
  if (!texte.startsWith("{") && !texte.startsWith("[")) return 0;
  if (/"(numTeletransmission|dateMiseAJourStatut|libelleMotifNonDepot)"\s*:/.test(texte)) return 0.95;
  if (/"(remunerationsAnnuellesStructurees|infoTransmission|numeroEnregistrementContrat|sportifEntraineurArbitreJugeHautNiveau)"\s*:/.test(texte)) return 0.95;
  const alternant = /"alternant"\s*:/.test(texte);
  if (alternant && /"(maitre1|caisseComplementaire|organismeFormation)"\s*:/.test(texte)) return 0.85;
  if (alternant && /"detailsContrat"\s*:/.test(texte) && !/"(metadonnees|organismeFormationResponsable|suiviASP)"/.test(texte)) return 0.4;
  return 0;
}
