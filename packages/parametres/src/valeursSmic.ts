import type { StatutVerification, ValeurDatee } from "./Parametre";
import { revalorisationsSmic } from "./revalorisationsSmic";
import { verificationSpecification } from "./verificationSpecification";

/** Une ligne d'un tableau du SMIC : date d'effet, montant et, le cas échéant, réserve propre au montant. */
export interface LigneSmic {
  dateEffet: string;
  montant: number;
  /** Réserve propre au montant (montant recalculé, divergence entre sources…) : le statut devient `a_verifier`. */
  reserve?: string;
}

/**
 * Construit les valeurs datées d'un paramètre du SMIC à partir d'un tableau de montants, en
 * reprenant la référence, la date de publication au JO et le statut du texte de revalorisation de
 * même date d'effet (`revalorisationsSmic`). Lève une erreur au chargement du module si une date
 * n'a pas de texte de revalorisation : c'est une erreur de programmation, pas une donnée d'entrée.
 *
 * @example
 * ```ts
 * const valeurs = valeursSmic([{ dateEffet: "2026-01-01", montant: 12.02 }], { statutMinimal: "verifie" });
 * valeurs[0]?.references[0]?.identifiant; // "JORFTEXT000053042520"
 * ```
 */
export function valeursSmic(
  lignes: readonly LigneSmic[],
  options: { statutMinimal: StatutVerification; notes?: string },
): readonly ValeurDatee<number>[] {
  return lignes.map((ligne) => {
    const texte = revalorisationsSmic.find((r) => r.dateEffet === ligne.dateEffet);
    if (texte === undefined) {
      throw new Error(`Aucun texte de revalorisation du SMIC n'est enregistré au ${ligne.dateEffet}.`);
    }
    const statut: StatutVerification =
      texte.statut === "a_verifier" || options.statutMinimal === "a_verifier" || ligne.reserve !== undefined
        ? "a_verifier"
        : "verifie";
    const notes = [texte.notes, ligne.reserve, options.notes, verificationSpecification.mention]
      .filter((n): n is string => n !== undefined)
      .join(" ");
    return {
      dateEffet: ligne.dateEffet,
      valeur: ligne.montant,
      references: [texte.reference],
      verifiedOn: verificationSpecification.verifiedOn,
      statut,
      publieAuJO: texte.publieAuJO,
      notes,
    };
  });
}
