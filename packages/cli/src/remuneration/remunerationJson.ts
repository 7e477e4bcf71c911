import { echeancierMensuel, type RemunerationCalculee } from "@communs-opco/regles";

/**
 * Cœur de la sortie `opco remuneration --json` (et de `POST /v1/remuneration`) : SMIC de
 * référence, lignes de rémunération et, sur demande, l'échéancier mensuel.
 *
 * @example
 * ```ts
 * const r = calculerRemuneration({ dateNaissance: "2008-01-10", dateDebutContrat: "2024-09-01", dateFinContrat: "2026-08-31" });
 * if (r.statut !== "impossible") remunerationJson(r, false).periodes;
 * ```
 */
export function remunerationJson(r: RemunerationCalculee, echeancier: boolean): Record<string, unknown> {
  const sortie: Record<string, unknown> = {
    smic: { dateEffet: r.smic.dateEffet, mensuel: r.smic.mensuel },
    periodes: r.periodes.map((l) => ({
      annee: l.annee,
      numero: l.numero,
      debut: l.debut,
      fin: l.fin,
      taux: l.taux,
      tauxMinimal: l.tauxMinimal,
      base: l.base,
      salaireBrut: l.salaireBrut,
      ...(l.majorationRqth === undefined ? {} : { majorationRqth: l.majorationRqth }),
      ...(l.majorationDeclaree === undefined
        ? {}
        : {
            majorationDeclaree: l.majorationDeclaree,
            tauxAvecMajorationDeclaree: l.tauxAvecMajorationDeclaree,
            salaireBrutAvecMajorationDeclaree: l.salaireBrutAvecMajorationDeclaree,
          }),
    })),
  };
  if (r.secteurPublic !== undefined) sortie["secteurPublic"] = r.secteurPublic;
  if (echeancier) {
    sortie["echeancier"] = echeancierMensuel(r).map((e) => ({
      mois: e.mois,
      debut: e.debut,
      fin: e.fin,
      numero: e.numero,
      taux: e.taux,
      base: e.base,
      smic: e.smic,
      salaireBrut: e.salaireBrut,
      moisComplet: e.moisComplet,
    }));
  }
  return sortie;
}

