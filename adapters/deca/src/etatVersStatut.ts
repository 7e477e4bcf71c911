import { statutsDeca, type StatutDeca } from "./statutsDeca.js";

/**
 * Statut DECA à écrire pour un dossier standard. Un `commentaireEtat` qui est un statut
 * DECA (« Supprimé », « Corrigé », ou tout libellé lu d'un DECA inconnu quand l'état est
 * absent) est restitué tel quel ; sinon : `DEPOSE`/`MODIFIE` → `""`, `ANNULE` →
 * « Annulé », `ROMPU` → « Rompu ». Les autres états (transmis, en instruction, engagé,
 * refusé…) n'existent pas dans DECA : `undefined`.
 *
 * @example
 * ```ts
 * etatVersStatut("ROMPU"); // "Rompu"
 * etatVersStatut("ANNULE", "Supprimé"); // "Supprimé"
 * etatVersStatut("TRANSMIS"); // undefined
 * ```
 */
export function etatVersStatut(etat: unknown, commentaireEtat?: unknown): string | undefined {
  if (typeof commentaireEtat === "string") {
    const connu = commentaireEtat as StatutDeca;
    if (Object.hasOwn(statutsDeca, connu) && (etat === undefined || statutsDeca[connu] === etat)) return connu;
    if (etat === undefined) return commentaireEtat;
  }
  switch (etat) {
    case "DEPOSE":
    case "MODIFIE":
      return "";
    case "ANNULE":
      return "Annulé";
    case "ROMPU":
      return "Rompu";
    default:
      return undefined;
  }
}
