import type { SourceEnregistrement } from "./SourceEnregistrement";

/**
 * Identifiant d'un contrat contrôlé dans les exports (I-OPCO-INDUS) : le numéro du dossier quand
 * l'enregistrement en porte un (dossier lu par un adaptateur : numéro interne de l'OPCO, sinon
 * numéro DECA, sinon référence du CFA), sinon sa provenance `fichier:ligne`.
 *
 * @example
 * ```ts
 * identifiantContrat({ fichier: "contrats.jsonl", ligne: 12 }); // "contrats.jsonl:12"
 * identifiantContrat({ fichier: "dossiers.json#/0", ligne: 1 }, "EP-2025-000123"); // "EP-2025-000123"
 * ```
 */
export function identifiantContrat(source: SourceEnregistrement, numeroDossier?: string): string {
  return numeroDossier !== undefined && numeroDossier.trim() !== "" ? numeroDossier.trim() : `${source.fichier}:${source.ligne}`;
}
