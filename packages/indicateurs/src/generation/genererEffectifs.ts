import { dateDepuisJour, jourDepuisDate } from "@communs-opco/dates";
import { tableIdccOpco } from "@communs-opco/nomenclatures";
import type { ContratEffectif, EffectifIndicateurs } from "../indicateurs/EffectifIndicateurs";
import { aleaGraine } from "./aleaGraine";

/**
 * Options du générateur d'effectifs synthétiques.
 *
 * @example
 * ```ts
 * const o: OptionsGeneration = { nombre: 1000, graine: 7 };
 * ```
 */
export interface OptionsGeneration {
  nombre: number;
  graine: number;
  /** Nombre d'organismes formateurs distincts (défaut 2 000). */
  organismes?: number | undefined;
  /** Nombre de formations (RNCP) distinctes (défaut 3 000). */
  formations?: number | undefined;
  /** Première année de rentrée (défaut 2023) ; les rentrées couvrent trois années. */
  anneeDebut?: number | undefined;
}

const NOMS = ["MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "RICHARD", "PETIT", "DURAND", "LEROY", "MOREAU", "SIMON", "LAURENT", "LEFÈVRE", "MICHEL", "GARCIA", "N'DIAYE"];
const PRENOMS = ["Léa", "Lucas", "Emma", "Hugo", "Chloé", "Louis", "Inès", "Nathan", "Jade", "Adam", "Zoé", "Noah", "Manon", "Ethan", "Anaïs", "Yanis"];
const DEPARTEMENTS = [
  ...Array.from({ length: 95 }, (_, i) => String(i + 1).padStart(2, "0")).filter((d) => d !== "20"),
  "2A", "2B", "971", "972", "973", "974", "976",
];

/** Chaîne à plat, comme celles que produit `JSON.parse` (et non une concaténation paresseuse). */
function aplatir(texte: string): string {
  return texte.split("").join("");
}

/**
 * Génère des effectifs synthétiques reproductibles (graine) pour les tests et les bancs d'essai :
 * sessions d'un à trois ans, zéro à trois contrats (ruptures, enchaînements, contrats avant la
 * session), exclusions, organismes rattachés à un département, formations RNCP/CFD/niveau, IDCC
 * réels de la nomenclature, SIRET d'employeurs. Les noms et dates de naissance sont fictifs.
 *
 * @example
 * ```ts
 * const effectifs = genererEffectifs({ nombre: 1000, graine: 42 });
 * effectifs.length; // 1000
 * ```
 */
export function genererEffectifs(options: OptionsGeneration): EffectifIndicateurs[] {
  const alea = aleaGraine(options.graine);
  const entier = (min: number, max: number): number => min + Math.floor(alea() * (max - min + 1));
  const choisir = <T>(liste: readonly T[]): T => liste[Math.floor(alea() * liste.length)]!;
  const nbOrganismes = options.organismes ?? 2000;
  const nbFormations = options.formations ?? 3000;
  const anneeDebut = options.anneeDebut ?? 2023;
  const idccs = tableIdccOpco.entrees.map((e) => e.idcc);

  const organismes = Array.from({ length: nbOrganismes }, (_, k) => ({
    uai: aplatir(`${String(1000000 + k * 37).slice(-7)}${String.fromCharCode(65 + (k % 26))}`),
    siret: aplatir(String(10000000000000 + k * 7919).slice(-14)),
    departement: choisir(DEPARTEMENTS),
    fiable: alea() > 0.02,
  }));
  const formations = Array.from({ length: nbFormations }, (_, k) => ({
    rncp: aplatir(`RNCP${30000 + ((k * 7) % 9000)}`),
    cfd: aplatir(String(50000000 + k * 13).slice(-8)),
    niveau: String(choisir([3, 3, 4, 4, 5, 5, 6, 7])),
  }));

  const ANNEES = [0, 1, 2].map((k) => aplatir(`${anneeDebut + k}-${anneeDebut + k + 1}`));
  const effectifs: EffectifIndicateurs[] = new Array(options.nombre);
  for (let i = 0; i < options.nombre; i++) {
    const annee = anneeDebut + entier(0, 2);
    const debut = jourDepuisDate(`${annee}-09-01`) + entier(-40, 60);
    const duree = choisir([300, 335, 365, 395, 700, 730, 1065]);
    const fin = debut + duree;
    const contrats: ContratEffectif[] = [];
    let curseur = debut + entier(-60, 120);
    const nbContrats = choisir([0, 1, 1, 1, 1, 2, 2, 3]);
    for (let k = 0; k < nbContrats && curseur < fin; k++) {
      const finContrat = alea() < 0.7 ? fin + entier(-70, 20) : curseur + entier(60, 500);
      const rupture = alea() < 0.25 ? curseur + entier(1, Math.max(2, finContrat - curseur)) : undefined;
      contrats.push({
        debut: dateDepuisJour(curseur),
        fin: dateDepuisJour(finContrat),
        rupture: rupture !== undefined ? dateDepuisJour(rupture) : undefined,
        siret: String(30000000000000 + entier(0, 49999) * 100003).slice(-14),
        idcc: choisir(idccs),
      });
      curseur = (rupture ?? finContrat) + entier(1, 200);
    }
    const organisme = choisir(organismes);
    const formation = choisir(formations);
    effectifs[i] = {
      id: `gen-${options.graine}-${i}`,
      source: alea() < 0.9 ? "ERP" : "FICHIER",
      anneeScolaire: ANNEES[annee - anneeDebut]!,
      apprenant: { nom: choisir(NOMS), prenom: choisir(PRENOMS), dateNaissance: dateDepuisJour(debut - entier(15 * 365, 30 * 365)) },
      formation: { debut: dateDepuisJour(debut), fin: dateDepuisJour(fin), rncp: formation.rncp, cfd: formation.cfd, niveau: formation.niveau },
      contrats,
      exclusion: alea() < 0.03 ? dateDepuisJour(debut + entier(10, duree)) : undefined,
      organisme: { uai: organisme.uai, siret: organisme.siret, departement: organisme.departement, fiable: organisme.fiable },
    };
  }
  return effectifs;
}
