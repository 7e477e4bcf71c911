import { Lecture } from "../Lecture";
import type { ConstatRegle } from "../Regle";

const LIGNES = "contrat.remunerationsAnnuelles";

/**
 * Constats des lignes de rémunération du contrat dont le taux est sous `minimum` (un par ligne,
 * chemin `contrat.remunerationsAnnuelles.<rang>.taux`) ; indéterminé si aucune ligne n'a de taux.
 *
 * @example
 * ```ts
 * lignesSousLeTaux(contrat, 61, (ordre, taux) => `Ligne ${ordre} : ${taux} % < 61 %.`, {});
 * ```
 */
export function lignesSousLeTaux(contrat: object, minimum: number, message: (ordre: string, taux: number) => string, details: Record<string, unknown>): ConstatRegle[] {
  const lignes = new Lecture(contrat).brut(LIGNES);
  const constats: ConstatRegle[] = [];
  let lues = 0;
  if (Array.isArray(lignes)) {
    (lignes as unknown[]).forEach((ligne, index) => {
      if (typeof ligne !== "object" || ligne === null) return;
      const { taux, ordre } = ligne as { taux?: unknown; ordre?: unknown };
      if (typeof taux !== "number" || !Number.isFinite(taux)) return;
      lues++;
      if (taux >= minimum) return;
      const libelle = typeof ordre === "string" ? ordre : String(index + 1);
      constats.push({ statut: "non_conforme", chemins: [`${LIGNES}.${index}.taux`], message: message(libelle, taux), details: { ...details, ligne: libelle, taux, minimum } });
    });
  }
  if (lues === 0) return [{ statut: "indetermine", message: "Aucune ligne de rémunération avec un taux n'est déclarée (contrat.remunerationsAnnuelles).", manquants: [LIGNES], details: {} }];
  return constats;
}
