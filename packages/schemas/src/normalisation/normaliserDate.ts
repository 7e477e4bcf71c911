import { heureDeParis } from "@communs-opco/dates";

const JJ_MM_AAAA = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u;
const AAAA_MM_JJ = /^(\d{4})-(\d{2})-(\d{2})$/u;
const DATE_HEURE = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?$/u;

function estDateCalendaire(annee: number, mois: number, jour: number): boolean {
  if (mois < 1 || mois > 12 || jour < 1) return false;
  const bissextile = (annee % 4 === 0 && annee % 100 !== 0) || annee % 400 === 0;
  const jours = [31, bissextile ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mois - 1] ?? 0;
  return jour <= jours;
}

function iso(annee: number, mois: number, jour: number): string | undefined {
  if (!estDateCalendaire(annee, mois, jour)) return undefined;
  return `${String(annee).padStart(4, "0")}-${String(mois).padStart(2, "0")}-${String(jour).padStart(2, "0")}`;
}

function dateDepuisNumeroSerieExcel(numero: number): string {
  return new Date(Date.UTC(1899, 11, 30) + numero * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Convertit une date telle qu'on la trouve dans les fichiers réels en date ISO `AAAA-MM-JJ`.
 *
 * Formats acceptés : `AAAA-MM-JJ`, `jj/mm/aaaa` (aussi `jj-mm-aaaa`, `jj.mm.aaaa`),
 * date-heure ISO (avec fuseau : convertie en date calendaire à Paris, comme AGECAP ;
 * sans fuseau : la partie date est conservée) et numéro de série Excel à 5 chiffres
 * (jours depuis le 1899-12-30, de 1927 à 2173 : fichiers xlsx du Tableau de bord, NPEC). Renvoie `undefined` si le texte n'est pas
 * une date calendaire valide : la valeur d'origine est alors laissée au schéma strict,
 * qui la signale.
 *
 * @example
 * ```ts
 * normaliserDate("01/09/2025"); // "2025-09-01"
 * normaliserDate("2025-08-31T22:00:00.000Z"); // "2025-09-01" (minuit à Paris)
 * normaliserDate("35819"); // "1998-01-24" (numéro de série Excel)
 * normaliserDate("31/02/2025"); // undefined
 * ```
 */
export function normaliserDate(texte: string): string | undefined {
  const valeur = texte.trim();
  if (/^\d{5}$/u.test(valeur)) return dateDepuisNumeroSerieExcel(Number(valeur));
  const isoSimple = AAAA_MM_JJ.exec(valeur);
  if (isoSimple) return iso(Number(isoSimple[1]), Number(isoSimple[2]), Number(isoSimple[3]));
  const fr = JJ_MM_AAAA.exec(valeur);
  if (fr) return iso(Number(fr[3]), Number(fr[2]), Number(fr[1]));
  const dateHeure = DATE_HEURE.exec(valeur);
  if (dateHeure) {
    const partieDate = dateHeure[1] ?? "";
    if (dateHeure[3] === undefined) return normaliserDate(partieDate);
    const instant = Date.parse(valeur);
    if (Number.isNaN(instant)) return undefined;
    return heureDeParis(instant).date;
  }
  return undefined;
}
