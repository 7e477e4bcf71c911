import { ajouterMois } from "../temps/ajouterMois";
import { Aleatoire } from "./Aleatoire";
import type { EmbaucheHistorique, EtablissementHistorique } from "./EtablissementHistorique";

/**
 * Options du générateur d'historique synthétique.
 *
 * @example
 * ```ts
 * const options: OptionsHistoriqueSynthetique = { graine: 2026, dateReference: "2026-07-01", departements: ["69", "75"], etablissementsParDepartement: 80 };
 * ```
 */
export interface OptionsHistoriqueSynthetique {
  /** Graine : la même graine donne le même historique. */
  readonly graine: number | string;
  /** Date `AAAA-MM-JJ` de fin de l'historique (exclue). */
  readonly dateReference: string;
  /** @default ["13", "33", "44", "59", "69", "75"] */
  readonly departements?: readonly string[];
  /** @default 80 */
  readonly etablissementsParDepartement?: number;
  /** Semestres d'historique. @default 12 (6 ans, comme l'algorithme de France Travail) */
  readonly semestres?: number;
}

interface Secteur {
  readonly libelle: string;
  readonly naf: string;
  readonly idcc: string;
  readonly romes: readonly string[];
}

// IDCC choisis dans la table IDCC → OPCO pour couvrir les 11 OPCO ; ROME plausibles pour le NAF.
const SECTEURS: readonly Secteur[] = [
  { libelle: "BOULANGERIE", naf: "10.71C", idcc: "0843", romes: ["D1102", "D1104"] },
  { libelle: "RESTAURANT", naf: "56.10A", idcc: "1979", romes: ["G1602", "G1803"] },
  { libelle: "CONSEIL INFORMATIQUE", naf: "62.02A", idcc: "1486", romes: ["M1805", "M1810"] },
  { libelle: "GARAGE", naf: "45.20A", idcc: "1090", romes: ["I1604"] },
  { libelle: "CLINIQUE", naf: "86.10Z", idcc: "2264", romes: ["J1501", "J1506"] },
  { libelle: "MACONNERIE", naf: "43.99C", idcc: "1596", romes: ["F1703"] },
  { libelle: "EPICERIE", naf: "47.11B", idcc: "2216", romes: ["D1507", "D1106"] },
  { libelle: "COOPERATIVE AGRICOLE", naf: "46.21Z", idcc: "7501", romes: ["A1414"] },
  { libelle: "THEATRE", naf: "90.01Z", idcc: "1285", romes: ["L1503"] },
  { libelle: "AIDE A DOMICILE", naf: "88.10A", idcc: "2941", romes: ["K1302", "K1304"] },
  { libelle: "CHIMIE", naf: "20.14Z", idcc: "0044", romes: ["H2301"] },
];

function cleLuhn(chiffres: string): string {
  for (let cle = 0; cle < 10; cle++) {
    const candidat = `${chiffres}${cle}`;
    let total = 0;
    for (let i = 0; i < candidat.length; i++) {
      let chiffre = Number(candidat[candidat.length - 1 - i]);
      if (i % 2 === 1) {
        chiffre *= 2;
        if (chiffre > 9) chiffre -= 9;
      }
      total += chiffre;
    }
    if (total % 10 === 0) return String(cle);
  }
  return "0";
}

function dateAuHasard(alea: Aleatoire, debut: string, fin: string): string {
  const a = Date.parse(`${debut}T00:00:00Z`);
  const b = Date.parse(`${fin}T00:00:00Z`);
  const jours = Math.max(1, Math.round((b - a) / 86_400_000));
  return new Date(a + alea.entier(0, jours - 1) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Génère un historique d'embauches **synthétique et reproductible** (graine) pour tester et
 * démontrer le ciblage : établissements fictifs (SIRET à clé de Luhn valide) répartis par
 * département, secteurs couvrant les 11 OPCO (NAF, IDCC, ROME), effectif tiré de 1 à 250, et
 * embauches DPAE (CDD, CDI, CTT) et en alternance (apprentissage, professionnalisation) tirées
 * semestre par semestre selon une loi de Poisson dont l'intensité dépend de l'effectif et suit une
 * tendance propre à chaque établissement. Aucune donnée réelle.
 *
 * @example
 * ```ts
 * const historique = genererHistoriqueSynthetique({ graine: 42, dateReference: "2026-07-01" });
 * historique.length; // 480 (6 départements × 80 établissements)
 * ```
 */
export function genererHistoriqueSynthetique(options: OptionsHistoriqueSynthetique): EtablissementHistorique[] {
  const alea = new Aleatoire(options.graine);
  const departements = options.departements ?? ["13", "33", "44", "59", "69", "75"];
  const parDepartement = options.etablissementsParDepartement ?? 80;
  const semestres = options.semestres ?? 12;
  const bornes: string[] = [];
  for (let j = semestres; j >= 0; j--) {
    const borne = ajouterMois(options.dateReference, -6 * j);
    if (borne === undefined) throw new RangeError(`date de référence invalide : « ${options.dateReference} »`);
    bornes.push(borne);
  }
  const etablissements: EtablissementHistorique[] = [];
  for (const departement of departements) {
    for (let i = 0; i < parDepartement; i++) {
      const secteur = alea.choisir(SECTEURS);
      const siren8 = `${alea.entier(3, 8)}${String(alea.entier(0, 9_999_999)).padStart(7, "0")}`;
      const siren = `${siren8}${cleLuhn(siren8)}`;
      const nic4 = String(alea.entier(1, 99) * 10).padStart(4, "0");
      const siret = `${siren}${nic4}${cleLuhn(`${siren}${nic4}`)}`;
      const effectif = Math.max(1, Math.round(Math.exp(alea.reel() * Math.log(250))));
      const intensite = 0.5 + alea.reel();
      const tendance = 0.92 + alea.reel() * 0.2;
      const embauches: EmbaucheHistorique[] = [];
      for (let s = 0; s < semestres; s++) {
        const facteur = tendance ** s;
        const debut = bornes[s] ?? "";
        const fin = bornes[s + 1] ?? "";
        const alternance = alea.poisson((0.15 + 0.03 * effectif) * intensite * facteur);
        const dpae = alea.poisson(0.25 * effectif * intensite * facteur);
        for (let k = 0; k < alternance; k++) embauches.push({ date: dateAuHasard(alea, debut, fin), typeContrat: alea.reel() < 0.8 ? 11 : 12 });
        for (let k = 0; k < dpae; k++) embauches.push({ date: dateAuHasard(alea, debut, fin), typeContrat: alea.choisir([1, 1, 2, 3]) });
      }
      embauches.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      etablissements.push({
        siret,
        raisonSociale: `${secteur.libelle} SYNTHETIQUE ${departement}-${String(i + 1).padStart(3, "0")}`,
        departement,
        naf: secteur.naf,
        idcc: secteur.idcc,
        effectif,
        romes: secteur.romes,
        embauches,
      });
    }
  }
  return etablissements;
}
