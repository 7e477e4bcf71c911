import { MemoireBornee } from "./compile/MemoireBornee";
import type { Explication } from "./Resultat";

/** Explications réemployables pour des ports stables : par contexte (date, mode, cadre), par règle, par clé d'entrées. */
export class MemoireExplications {
  readonly #capacite: number;
  readonly #parContexte = new Map<string, Map<object, MemoireBornee<Explication>>>();

  constructor(capacite: number) {
    this.#capacite = capacite;
  }

  /** Explications d'une règle dans un contexte d'évaluation, par clé d'entrées (vidées quand elles atteignent la capacité). */
  table(contexte: string, regle: object): MemoireBornee<Explication> {
    let parRegle = this.#parContexte.get(contexte);
    if (parRegle === undefined) {
      // Un contexte par exécution en pratique (une date, un mode) : mémoire bornée aussi en contextes.
      if (this.#parContexte.size >= 16) this.#parContexte.clear();
      parRegle = new Map();
      this.#parContexte.set(contexte, parRegle);
    }
    let table = parRegle.get(regle);
    if (table === undefined) {
      table = new MemoireBornee<Explication>(this.#capacite);
      parRegle.set(regle, table);
    }
    return table;
  }
}

const memoires = new WeakMap<object, MemoireExplications>();

/**
 * Déclare des ports **en mémoire et stables pour l'exécution** (instantané chargé, mémoires des
 * consultations) : `evaluerReglesEnMemoire` peut alors réemployer l'explication d'une règle qui
 * déclare ses entrées (`RegleAsynchrone.cleEntrees`) pour toute entrée de même clé, dans le même
 * contexte (date d'évaluation, mode, cadre). L'explication réemployée est un objet **figé, partagé**
 * entre ces entrées (mêmes constats, mêmes preuves, octet pour octet) ; un appelant peut donc mettre en
 * cache son texte JSON par identité. Mémoire bornée : au plus `capacite` clés par règle (10 000 par
 * défaut), table vidée au-delà. À ne pas employer devant un service en ligne, dont la réponse peut
 * changer pendant l'exécution. Rend les mêmes ports.
 *
 * @example
 * ```ts
 * const ports = memoriserExplications({ referentiel: memoriserReferentielEnMemoire(horsLigne.enMemoire) });
 * evaluerReglesEnMemoire(registrePrepaiement(), contrat, { dateEvaluation: "2025-11-03", mode: "explication", ports });
 * ```
 */
export function memoriserExplications<P extends object>(ports: P, options: { capacite?: number } = {}): P {
  if (!memoires.has(ports)) memoires.set(ports, new MemoireExplications(options.capacite ?? 10_000));
  return ports;
}

/** Mémoire des explications de ports déclarés stables par {@link memoriserExplications}, sinon `undefined`. */
export function memoireExplicationsDe(ports: object | undefined): MemoireExplications | undefined {
  return ports === undefined || ports === null ? undefined : memoires.get(ports);
}
