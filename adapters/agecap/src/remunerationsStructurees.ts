import { estObjet } from "@communs-opco/adaptateur";

const CLE = /^annee([1-4])Periode([12])$/u;

/**
 * Convertit `detailsContrat.remunerationsAnnuellesStructurees` d'AGECAP
 * (`annee{1..4}Periode{1,2}: {dateDebut, dateFin, taux, typeSalaire}`) en lignes
 * standard `remunerationsAnnuelles[]` avec `ordre` « 1.1 » … « 4.2 », dans l'ordre des
 * années et périodes. Les clés inconnues sont renvoyées à part (`inconnues`) pour être
 * conservées en extension.
 *
 * @example
 * ```ts
 * versRemunerationsAnnuelles({ annee1Periode1: { dateDebut: "2025-09-01", dateFin: "2026-08-31", taux: 53, typeSalaire: "SMIC" } });
 * // { lignes: [{ ordre: "1.1", dateDebut: "2025-09-01", dateFin: "2026-08-31", taux: 53, typeSalaire: "SMIC" }], inconnues: {} }
 * ```
 */
export function versRemunerationsAnnuelles(structurees: unknown): { lignes: Record<string, unknown>[]; inconnues: Record<string, unknown> } {
  const lignes: Record<string, unknown>[] = [];
  const inconnues: Record<string, unknown> = {};
  if (!estObjet(structurees)) return { lignes, inconnues: structurees === undefined ? {} : { "": structurees } };
  const cles = Object.keys(structurees).sort();
  for (const cle of cles) {
    const m = CLE.exec(cle);
    const valeur = structurees[cle];
    if (m === null || !estObjet(valeur)) {
      inconnues[cle] = valeur;
      continue;
    }
    if (Object.keys(valeur).length === 0) continue;
    const { dateDebut, dateFin, taux, typeSalaire, ...reste } = valeur;
    for (const [k, v] of Object.entries(reste)) inconnues[`${cle}/${k}`] = v;
    lignes.push({ ordre: `${m[1]}.${m[2]}`, dateDebut, dateFin, taux, typeSalaire });
  }
  return { lignes, inconnues };
}

/**
 * Convertit les lignes standard `remunerationsAnnuelles[]` en bloc AGECAP
 * `remunerationsAnnuellesStructurees` (clé déduite de `ordre`, sinon du rang). Seuls
 * `dateDebut`, `dateFin`, `taux` et `typeSalaire` sont transportés ; une ligne sans
 * aucun d'eux n'est pas écrite (AGECAP ignore les périodes vides).
 *
 * @example
 * ```ts
 * versRemunerationsStructurees([{ ordre: "2.1", taux: 61, typeSalaire: "SMIC" }]);
 * // { annee2Periode1: { taux: 61, typeSalaire: "SMIC" } }
 * ```
 */
export function versRemunerationsStructurees(lignes: readonly Record<string, unknown>[]): Record<string, Record<string, unknown>> {
  const sortie: Record<string, Record<string, unknown>> = {};
  lignes.forEach((ligne, rang) => {
    const ordre = typeof ligne["ordre"] === "string" && /^[1-4]\.[12]$/u.test(ligne["ordre"]) ? ligne["ordre"] : `${Math.floor(rang / 2) + 1}.${(rang % 2) + 1}`;
    const [annee, periode] = ordre.split(".");
    const bloc: Record<string, unknown> = {};
    for (const champ of ["dateDebut", "dateFin", "taux", "typeSalaire"]) if (ligne[champ] !== undefined) bloc[champ] = ligne[champ];
    if (Object.keys(bloc).length > 0) sortie[`annee${annee}Periode${periode}`] = bloc;
  });
  return sortie;
}
