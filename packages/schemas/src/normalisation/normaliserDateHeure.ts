import { heureDeParis } from "@communs-opco/dates";

const DATE_HEURE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/u;
const JJ_MM_AAAA_HEURE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/u;

/** Décalage (ms) de l'heure de Paris par rapport à UTC à l'instant donné. */
function decalageParis(instant: number): number {
  const p = heureDeParis(instant);
  return Date.UTC(p.annee, p.mois - 1, p.jour, p.heure, p.minute, p.seconde) - Math.floor(instant / 1000) * 1000;
}

function instantDepuisHeureParis(annee: number, mois: number, jour: number, h: number, min: number, s: number, ms: number): number {
  const naif = Date.UTC(annee, mois - 1, jour, h, min, s, ms);
  const premier = naif - decalageParis(naif);
  return naif - decalageParis(premier);
}

function valide(annee: number, mois: number, jour: number, h: number, min: number, s: number): boolean {
  const d = new Date(Date.UTC(annee, mois - 1, jour));
  return d.getUTCFullYear() === annee && d.getUTCMonth() === mois - 1 && d.getUTCDate() === jour && h < 24 && min < 60 && s < 60;
}

/**
 * Convertit un horodatage des fichiers réels en date-heure ISO UTC (`…Z`).
 *
 * Accepte `AAAA-MM-JJTHH:MM:SS[.mmm]` avec fuseau (`Z`, `+01:00`, `+0000`), les
 * horodatages sans fuseau (AGECAP `yyyy-MM-dd HH:mm:ss`, `jj/mm/aaaa HH:MM`) lus comme
 * heure de Paris, et une date seule (minuit à Paris). Renvoie `undefined` sinon.
 *
 * @example
 * ```ts
 * normaliserDateHeure("2025-09-01 10:30:00"); // "2025-09-01T08:30:00.000Z"
 * normaliserDateHeure("2025-01-15T00:00:00+0000"); // "2025-01-15T00:00:00.000Z"
 * ```
 */
export function normaliserDateHeure(texte: string): string | undefined {
  const valeur = texte.trim();
  let parties: (string | undefined)[] | undefined;
  let fuseau: string | undefined;
  const iso = DATE_HEURE.exec(valeur);
  if (iso) {
    parties = [iso[1], iso[2], iso[3], iso[4], iso[5], iso[6], iso[7]];
    fuseau = iso[8];
  } else {
    const fr = JJ_MM_AAAA_HEURE.exec(valeur);
    if (!fr) return undefined;
    parties = [fr[3], fr[2], fr[1], fr[4], fr[5], fr[6], undefined];
  }
  const [annee, mois, jour, h, min, s] = parties.map((p) => Number(p ?? 0)) as [number, number, number, number, number, number];
  if (!valide(annee, mois, jour, h, min, s)) return undefined;
  const millis = Number((parties[6] ?? "0").padEnd(3, "0"));
  if (fuseau === undefined) {
    return new Date(instantDepuisHeureParis(annee, mois, jour, h, min, s, millis)).toISOString();
  }
  let decalage = 0;
  if (fuseau !== "Z") {
    const signe = fuseau.startsWith("-") ? -1 : 1;
    const chiffres = fuseau.slice(1).replace(":", "");
    decalage = signe * (Number(chiffres.slice(0, 2)) * 60 + Number(chiffres.slice(2, 4))) * 60_000;
  }
  return new Date(Date.UTC(annee, mois - 1, jour, h, min, s, millis) - decalage).toISOString();
}
