import type { Constat } from "./Constat";
import type { ContratAControler } from "./ContratAControler";
import { champsObligatoires, type BlocCerfa } from "./contrat/champsObligatoires";
import { champRempli } from "./contrat/presenceChamps";
import { Lecture } from "./Lecture";

/**
 * Complétude d'un bloc du CERFA.
 *
 * @example
 * ```ts
 * const b: CompletudeBloc = { bloc: "employeur", champs: 13, invalides: 1, pourcentage: 92, chemins: ["employeur.naf"] };
 * ```
 */
export interface CompletudeBloc {
  bloc: BlocCerfa;
  /** Champs exigés pour ce contrat dans le bloc. */
  champs: number;
  /** Champs exigés vides ou visés par un constat bloquant non conforme. */
  invalides: number;
  /** (1 − invalides ÷ champs) × 100, arrondi à l'entier inférieur ; 100 si le bloc n'exige rien. */
  pourcentage: number;
  /** Chemins des champs vides ou invalides. */
  chemins: string[];
}

/**
 * Complétude du contrat par bloc (employeur, apprenti, maître, contrat, formation, signatures).
 *
 * @example
 * ```ts
 * const c: Completude = completude(contrat);
 * c.complet; // vrai quand chaque bloc est à 100 %
 * ```
 */
export interface Completude {
  blocs: CompletudeBloc[];
  /** Vrai quand chaque bloc atteint 100 %. */
  complet: boolean;
}

const BLOCS: readonly BlocCerfa[] = ["employeur", "apprenti", "maitre", "contrat", "formation", "signatures"];

/**
 * Complétude d'un contrat par bloc du CERFA : part des champs exigés qui sont
 * renseignés et, si des constats sont fournis (résultat d'une évaluation), qui ne font l'objet
 * d'aucun constat bloquant non conforme. Pour un formulaire : barre de progression par bloc.
 *
 * @example
 * ```ts
 * const r = evaluerRegles(registreContrat, contrat, { dateEvaluation: "2026-11-26" });
 * completude(contrat, r.constats).blocs.map((b) => `${b.bloc} ${b.pourcentage} %`);
 * ```
 */
export function completude(contrat: ContratAControler, constats: readonly Constat[] = []): Completude {
  const l = new Lecture(contrat);
  const enErreur = new Set(constats.filter((c) => c.severite === "bloquant" && c.statut === "non_conforme").flatMap((c) => c.chemins));
  const blocs = BLOCS.map((bloc): CompletudeBloc => {
    let champs = 0;
    const chemins: string[] = [];
    for (const champ of champsObligatoires) {
      if (champ.bloc !== bloc) continue;
      const rempli = champRempli(champ, l);
      if (rempli === null) continue;
      champs += 1;
      if (!rempli || enErreur.has(champ.chemin)) chemins.push(champ.chemin);
    }
    const pourcentage = champs === 0 ? 100 : Math.floor((1 - chemins.length / champs) * 100);
    return { bloc, champs, invalides: chemins.length, pourcentage, chemins };
  });
  return { blocs, complet: blocs.every((b) => b.invalides === 0) };
}
