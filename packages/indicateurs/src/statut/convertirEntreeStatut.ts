import { jourDepuisDate } from "@communs-opco/dates";
import type { ContratJours, EntreeStatutJours } from "./EntreeStatutJours";
import type { AnomalieEntree, EntreeStatut } from "./EntreeStatut";

/**
 * Convertit une {@link EntreeStatut} (dates `AAAA-MM-JJ`) en numéros de jour et relève les dates
 * absentes ou mal formées. Ne lève jamais d'exception : en cas d'anomalie, `entree` est absente.
 *
 * @example
 * ```ts
 * convertirEntreeStatut({ formation: { debut: "2024-09-01", fin: "2025-08-31" } }).entree?.session.debut; // 19967
 * ```
 */
export function convertirEntreeStatut(source: EntreeStatut): { entree?: EntreeStatutJours; anomalies: AnomalieEntree[] } {
  const anomalies: AnomalieEntree[] = [];
  const lire = (valeur: unknown, chemin: string, obligatoire: boolean): number | undefined => {
    if (valeur === undefined || valeur === null) {
      if (obligatoire) anomalies.push({ chemin, message: "date obligatoire absente" });
      return undefined;
    }
    const jour = typeof valeur === "string" ? jourDepuisDate(valeur) : Number.NaN;
    if (Number.isNaN(jour)) {
      anomalies.push({ chemin, message: `date invalide (AAAA-MM-JJ attendu) : « ${String(valeur)} »` });
      return undefined;
    }
    return jour;
  };
  const formation = (source.formation ?? {}) as Partial<EntreeStatut["formation"]>;
  const debut = lire(formation.debut, "formation.debut", true);
  const fin = lire(formation.fin, "formation.fin", true);
  const contrats: ContratJours[] = [];
  (source.contrats ?? []).forEach((c, i) => {
    const d = lire(c?.debut, `contrats[${i}].debut`, true);
    const f = lire(c?.fin, `contrats[${i}].fin`, false);
    const r = lire(c?.rupture, `contrats[${i}].rupture`, false);
    if (d !== undefined) contrats.push({ debut: d, fin: f, rupture: r });
  });
  const exclusion = lire(source.exclusion, "exclusion", false);
  if (anomalies.length > 0 || debut === undefined || fin === undefined) return { anomalies };
  return { entree: { session: { debut, fin }, contrats, exclusion }, anomalies };
}
