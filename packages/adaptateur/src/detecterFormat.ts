import type { Adaptateur } from "./Adaptateur.js";
import { echantillonner } from "./echantillonner.js";
import type { FormatDetecte } from "./FormatDetecte.js";
import type { SourceDonnees } from "./SourceDonnees.js";

/**
 * Soumet le début d'une source à tous les adaptateurs qui savent détecter leur format
 * et renvoie les candidats de confiance strictement positive, du plus probable au moins
 * probable (à confiance égale, l'ordre des adaptateurs est conservé). Un détecteur qui
 * lève une exception est ignoré.
 *
 * @example
 * ```ts
 * const candidats = detecterFormat(source, [adaptateurDeca, adaptateurAgecap]);
 * const meilleur = candidats[0]?.format; // "deca"
 * ```
 */
export function detecterFormat(
  source: SourceDonnees,
  adaptateurs: readonly Adaptateur<unknown>[],
  taille = 4096,
): FormatDetecte[] {
  const echantillon = echantillonner(source, taille);
  const candidats: FormatDetecte[] = [];
  for (const adaptateur of adaptateurs) {
    if (adaptateur.detecter === undefined) continue;
    let confiance = 0;
    try {
      confiance = adaptateur.detecter(echantillon);
    } catch {
      confiance = 0;
    }
    if (Number.isFinite(confiance) && confiance > 0) {
      candidats.push({ format: adaptateur.metadonnees.nom, confiance: Math.min(1, confiance) });
    }
  }
  return candidats
    .map((c, rang) => ({ c, rang }))
    .sort((a, b) => b.c.confiance - a.c.confiance || a.rang - b.rang)
    .map(({ c }) => c);
}
