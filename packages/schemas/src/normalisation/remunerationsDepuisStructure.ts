const CLE_AGECAP = /^annee([1-4])Periode([12])$/u;

function estObjetSimple(valeur: unknown): valeur is Record<string, unknown> {
  return typeof valeur === "object" && valeur !== null && !Array.isArray(valeur);
}

/**
 * Convertit le bloc AGECAP `remunerationsAnnuellesStructurees`
 * (`annee1Periode1` … `annee4Periode2`, chacun `{ dateDebut, dateFin, taux, typeSalaire }`)
 * en lignes `remunerationsAnnuelles[]` du standard (`ordre` « 1.1 » … « 4.2 »). Les
 * périodes vides sont ignorées ; les clés inattendues sont laissées dans le bloc
 * d'origine pour qu'elles restent visibles (rangées dans `extensions`).
 *
 * @example
 * ```ts
 * remunerationsDepuisStructure({ annee1Periode1: { dateDebut: "2025-09-01", taux: 53 } });
 * // { lignes: [{ ordre: "1.1", dateDebut: "2025-09-01", taux: 53 }], reste: {} }
 * ```
 */
export function remunerationsDepuisStructure(structure: Readonly<Record<string, unknown>>): {
  lignes: Record<string, unknown>[];
  reste: Record<string, unknown>;
} {
  const lignes: Record<string, unknown>[] = [];
  const reste: Record<string, unknown> = {};
  for (const [cle, valeur] of Object.entries(structure).sort(([a], [b]) => a.localeCompare(b))) {
    const periode = CLE_AGECAP.exec(cle);
    if (periode && (valeur === null || valeur === undefined)) continue;
    if (periode && estObjetSimple(valeur)) {
      if (Object.values(valeur).every((v) => v === null || v === undefined || v === "")) continue;
      lignes.push({ ordre: `${periode[1]}.${periode[2]}`, ...valeur });
      continue;
    }
    Object.defineProperty(reste, cle, { value: valeur, enumerable: true, writable: true, configurable: true });
  }
  return { lignes, reste };
}
