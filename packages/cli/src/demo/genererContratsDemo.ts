import { Aleatoire } from "./Aleatoire";
import { defautsDemo, type DefautDemo } from "./defautsDemo";
import { genererContratValide } from "./genererContratValide";

/**
 * Une ligne JSON Lines du jeu de démonstration, avec la famille de défaut qu'elle porte
 * (`null` : contrat conforme).
 *
 * @example
 * ```ts
 * const l: LigneDemo = { texte: '{"employeur":{…}}', defaut: null };
 * ```
 */
export interface LigneDemo {
  /** Texte de la ligne, sans saut de ligne final. */
  readonly texte: string;
  readonly defaut: DefautDemo | null;
}

/**
 * Options du générateur de démonstration.
 *
 * @example
 * ```ts
 * const o: OptionsDemo = { nombre: 500, graine: 2025 };
 * ```
 */
export interface OptionsDemo {
  /** Nombre de lignes (enregistrements) à produire. */
  nombre: number;
  /** Graine : la même graine donne exactement les mêmes lignes. */
  graine: number | string;
  /** Part des contrats conformes (par défaut 0,55). */
  partConformes?: number;
  /** Part des lignes illisibles (par défaut 0,02). */
  partIllisibles?: number;
}

/**
 * Génère, de façon **reproductible**, des contrats d'apprentissage standard au format JSON Lines
 * pour les 11 OPCO : une majorité de contrats conformes et, pour les autres, une famille de
 * défauts connue par enregistrement (voir {@link defautsDemo}), dont quelques lignes illisibles.
 * Générateur paresseux : la mémoire reste constante quel que soit `nombre`.
 *
 * @example
 * ```ts
 * for (const ligne of genererContratsDemo({ nombre: 3, graine: 42 })) {
 *   process.stdout.write(`${ligne.texte}\n`);
 * }
 * ```
 */
export function* genererContratsDemo(options: OptionsDemo): Generator<LigneDemo> {
  const alea = Aleatoire.depuisGraine(options.graine);
  const partConformes = options.partConformes ?? 0.55;
  const partIllisibles = options.partIllisibles ?? 0.02;
  const defautsContrat = defautsDemo.filter((d) => !d.illisible);
  const defautsLigne = defautsDemo.filter((d) => d.illisible);
  for (let i = 0; i < options.nombre; i++) {
    const tirage = alea.reel();
    const defaut = tirage < partIllisibles ? alea.choisir(defautsLigne) : tirage < partIllisibles + partConformes ? null : alea.choisir(defautsContrat);
    const contrat = genererContratValide(alea, defaut?.options?.(alea) ?? {});
    defaut?.appliquer?.(contrat, alea);
    const texte = JSON.stringify(contrat);
    yield { texte: defaut?.alterer?.(texte, alea) ?? texte, defaut };
  }
}
