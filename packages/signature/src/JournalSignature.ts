import type { RoleSignataire } from "./RoleSignataire.js";
import type { SignataireAttendu } from "./circuitSignature.js";

/**
 * Étape du journal : qui a signé (identité du certificat), quand, et l'empreinte SHA-256 du
 * document avant et après sa signature.
 *
 * @example
 * ```ts
 * const etape: EtapeJournal = { ordre: 1, role: "employeur", signataire: { nom: "Jeanne EMPLOYEUR", sujet: "CN=Jeanne EMPLOYEUR", emetteur: "CN=AC", numeroSerie: "1001" }, date: "2026-09-01T08:00:00.000Z", empreinteAvant: "…", empreinteApres: "…" };
 * ```
 */
export interface EtapeJournal {
  readonly ordre: number;
  readonly role: RoleSignataire;
  readonly signataire: { readonly nom: string; readonly sujet: string; readonly emetteur: string; readonly numeroSerie: string };
  readonly date: string;
  readonly empreinteAvant: string;
  readonly empreinteApres: string;
}

/**
 * Journal d'audit du circuit de signature, conservé en JSON à côté du PDF
 * (`<fichier>.signatures.json`) : signataires attendus dans l'ordre, empreinte du document
 * initial, puis une étape par signature.
 *
 * @example
 * ```ts
 * const journal: JournalSignature = { version: 1, document: "cerfa.pdf", attendus: circuit.signataires, empreinteInitiale: "…", etapes: [] };
 * ```
 */
export interface JournalSignature {
  readonly version: 1;
  readonly document?: string;
  readonly attendus: readonly SignataireAttendu[];
  readonly empreinteInitiale: string;
  readonly etapes: readonly EtapeJournal[];
}
