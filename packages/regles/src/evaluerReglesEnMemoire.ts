import type { ContexteEvaluation } from "./ContexteEvaluation";
import type { EtapesRegle } from "./Consultation";
import type { ConstatRegle, ContexteEtapes, Regle, RegleAsynchrone } from "./Regle";
import type { SansObjet } from "./SansObjet";
import type { RegistreRegles } from "./RegistreRegles";
import type { Explication, Resultat } from "./Resultat";
import { assemblerResultat } from "./moteur/assemblerResultat";
import { evaluerRegleEnMemoire, type ExplicationsConstantes } from "./moteur/evaluerRegleAsynchrone";
import { gelerExplication } from "./moteur/gelerExplication";
import { memoireExplicationsDe, type MemoireExplications } from "./memoriserExplications";
import type { MemoireBornee } from "./compile/MemoireBornee";
import { evaluerRegleSynchrone } from "./moteur/evaluerRegleSynchrone";

/**
 * Chaque règle d'un registre peut-elle être évaluée par {@link evaluerReglesEnMemoire} ? Oui quand
 * toutes ses règles asynchrones sont écrites en étapes (`regleParConsultations`).
 *
 * @example
 * ```ts
 * if (estEvaluableEnMemoire(registre)) evaluerReglesEnMemoire(registre, contrat, { dateEvaluation, ports });
 * ```
 */
export function estEvaluableEnMemoire<E>(regles: RegistreRegles<E> | readonly Regle<E>[]): boolean {
  const liste = "regles" in regles ? regles.regles : regles;
  return liste.every((r) => r.nature === "synchrone" || typeof r.etapes === "function");
}

/**
 * Évalue toutes les règles d'un registre, synchrones et à étapes, **sans promesse** : les ports de
 * `contexte.ports` sont en mémoire (`PortsEnMemoire` : chaque méthode rend sa réponse directement,
 * p. ex. le référentiel d'un instantané embarqué ou local). Le résultat est celui
 * d'`evaluerReglesAsync` sur les mêmes ports, octet pour octet : mêmes constats, explications et
 * preuves ; un port requis absent ou une source qui lève rendent la règle `indetermine` en nommant
 * la source. Lève une `TypeError` si une règle asynchrone n'est pas écrite en étapes (voir
 * {@link estEvaluableEnMemoire}).
 *
 * Explications partagées (objets figés, à ne pas modifier) : celles qui ne dépendent que de la
 * règle (non applicable, port requis absent) et, sur des ports déclarés stables
 * (`memoriserExplications`), celles des règles qui déclarent leurs entrées (`cleEntrees`) pour les
 * entrées de même clé.
 *
 * @example
 * ```ts
 * const referentiel = new ReferentielHorsLigne(await chargerInstantaneEmbarque());
 * const r = evaluerReglesEnMemoire(registrePrepaiement(), contrat, { dateEvaluation: "2026-11-26", mode: "explication", ports: { referentiel: referentiel.enMemoire } });
 * ```
 */
export function evaluerReglesEnMemoire<E>(regles: RegistreRegles<E> | readonly Regle<E>[], entree: E, contexte: ContexteEvaluation<object>): Resultat {
  const liste = "regles" in regles ? regles.regles : regles;
  const fiches = fichesDe(liste);
  const memoire = memoireExplicationsDe(contexte.ports);
  // Contexte des explications réemployées : tout ce que le moteur et les étapes lisent hors de l'entrée et des ports.
  const cleContexte = memoire === undefined ? "" : cleDuContexte(contexte);
  const explications: Explication[] = [];
  for (let i = 0; i < liste.length; i++) {
    const r = liste[i] as Regle<E>;
    if (r.nature === "synchrone") {
      explications.push(evaluerRegleSynchrone(r, entree, contexte));
      continue;
    }
    const fiche = fiches[i];
    if (r.etapes === undefined || fiche === undefined) throw new TypeError(`La règle ${r.id} n'est pas écrite en étapes : elle ne peut être évaluée qu'avec evaluerReglesAsync.`);
    const cle = memoire === undefined || fiche.cleEntrees === undefined ? undefined : fiche.cleEntrees(entree, contexte);
    if (memoire === undefined || cle === undefined) {
      explications.push(fiche.evaluerEnMemoire(entree, contexte));
      continue;
    }
    // Entrée de même clé déjà évaluée dans ce contexte, sur ces ports : même explication, réemployée (figée).
    explications.push(fiche.tableExplications(memoire, cleContexte).obtenir(cle, () => gelerExplication(fiche.evaluerEnMemoire(entree, contexte))));
  }
  return assemblerResultat(contexte, explications);
}

/** Dernier contexte vu et sa clé : une exécution évalue tous ses contrats à la même date, dans le même mode et le même cadre. */
let dernierContexte: { readonly date: string; readonly mode: string | undefined; readonly cadre: string | undefined; readonly cle: string } = { date: "", mode: undefined, cadre: undefined, cle: "|" + "|" };

/** Clé du contexte des explications réemployées (date, mode, cadre), recomposée seulement quand il change. */
function cleDuContexte(contexte: ContexteEvaluation<object>): string {
  const d = dernierContexte;
  if (d.date === contexte.dateEvaluation && d.mode === contexte.mode && d.cadre === contexte.cadre) return d.cle;
  dernierContexte = { date: contexte.dateEvaluation, mode: contexte.mode, cadre: contexte.cadre, cle: `${contexte.dateEvaluation}|${contexte.mode ?? ""}|${contexte.cadre ?? ""}` };
  return dernierContexte.cle;
}

/** Explications constantes de chaque règle à étapes (partagées par toutes les listes qui la contiennent). */
const constantesParRegle = new WeakMap<object, ExplicationsConstantes>();

/**
 * Une règle à étapes recopiée dans un objet de forme unique : le moteur lit une quinzaine de
 * propriétés de chaque règle à chaque contrat, et des règles littérales de formes différentes
 * rendraient ces lectures mégamorphes. Mêmes valeurs (mêmes tableaux, mêmes fonctions) : mêmes
 * explications, octet pour octet ; `applicable` et `etapes` sont appelées sur la règle d'origine.
 */
class FicheRegleAEtapes<E> {
  readonly nature = "asynchrone" as const;
  readonly id: string;
  readonly titre: string;
  readonly description: string;
  readonly severite: RegleAsynchrone<E, object>["severite"];
  readonly references: RegleAsynchrone<E, object>["references"];
  readonly parametres: readonly string[];
  readonly chemins: readonly string[];
  readonly idSpecification: readonly string[] | undefined;
  readonly saisieUniquement: boolean | undefined;
  readonly ecartReference: string | undefined;
  readonly points: readonly string[] | undefined;
  readonly ports: readonly never[];
  readonly portsFacultatifs: readonly string[] | undefined;
  readonly applicable: ((entree: E, contexte: ContexteEvaluation) => boolean) | undefined;
  readonly cleEntrees: ((entree: E, contexte: ContexteEvaluation<object>) => string | undefined) | undefined;
  /** Explications qui ne dépendent que de la règle (non applicable, port absent), construites une fois par règle. */
  readonly #constantes: ExplicationsConstantes;
  readonly #regle: RegleAsynchrone<E, object> & Required<Pick<RegleAsynchrone<E, object>, "etapes">>;

  constructor(regle: RegleAsynchrone<E, object> & Required<Pick<RegleAsynchrone<E, object>, "etapes">>) {
    this.#regle = regle;
    let constantes = constantesParRegle.get(regle);
    if (constantes === undefined) {
      constantes = { sansPort: new Map() };
      constantesParRegle.set(regle, constantes);
    }
    this.#constantes = constantes;
    this.id = regle.id;
    this.titre = regle.titre;
    this.description = regle.description;
    this.severite = regle.severite;
    this.references = regle.references;
    this.parametres = regle.parametres;
    this.chemins = regle.chemins;
    this.idSpecification = regle.idSpecification;
    this.saisieUniquement = regle.saisieUniquement;
    this.ecartReference = regle.ecartReference;
    this.points = regle.points;
    this.ports = regle.ports as readonly never[];
    this.portsFacultatifs = regle.portsFacultatifs;
    const { applicable } = regle;
    this.applicable = applicable === undefined ? undefined : (entree, contexte) => applicable.call(regle, entree, contexte);
    const { cleEntrees } = regle;
    this.cleEntrees = cleEntrees === undefined ? undefined : (entree, contexte) => cleEntrees.call(regle, entree, contexte);
  }

  /** Dernière table d'explications réemployées servie (mémoire, contexte) : la même pour tous les contrats d'une exécution. */
  #derniereMemoire: MemoireExplications | undefined = undefined;
  #dernierContexte = "";
  #derniereTable: MemoireBornee<Explication> | undefined = undefined;

  /** Table des explications réemployées de cette règle, pour ces ports et ce contexte (sans recherche quand ils ne changent pas). */
  tableExplications(memoire: MemoireExplications, cleContexte: string): MemoireBornee<Explication> {
    if (this.#derniereTable !== undefined && this.#derniereMemoire === memoire && this.#dernierContexte === cleContexte) return this.#derniereTable;
    const table = memoire.table(cleContexte, this.#regle);
    this.#derniereMemoire = memoire;
    this.#dernierContexte = cleContexte;
    this.#derniereTable = table;
    return table;
  }

  /** Explication de la règle sur des ports en mémoire (`evaluerRegleEnMemoire`), constantes partagées. */
  evaluerEnMemoire(entree: E, contexte: ContexteEvaluation<object>): Explication {
    // Propriétés facultatives présentes à `undefined` : le moteur les lit comme absentes.
    return evaluerRegleEnMemoire(this as unknown as Parameters<typeof evaluerRegleEnMemoire<E>>[0], entree, contexte, this.#constantes);
  }

  evaluer(entree: E, contexte: Parameters<RegleAsynchrone<E, object>["evaluer"]>[1]): ReturnType<RegleAsynchrone<E, object>["evaluer"]> {
    return this.#regle.evaluer(entree, contexte);
  }

  etapes(entree: E, contexte: ContexteEtapes<object>): EtapesRegle<ConstatRegle[] | SansObjet> {
    return this.#regle.etapes(entree, contexte);
  }

  /** Cette fiche recopie-t-elle cette règle ? */
  estLaFicheDe(regle: Regle<E> | undefined): boolean {
    return this.#regle === regle;
  }
}

/** Fiches des règles à étapes d'une liste (une par règle, `undefined` pour les autres), calculées une fois par liste. */
const fichesParListe = new WeakMap<readonly Regle<never>[], readonly (FicheRegleAEtapes<never> | undefined)[]>();

function fichesDe<E>(liste: readonly Regle<E>[]): readonly (FicheRegleAEtapes<E> | undefined)[] {
  const connues = fichesParListe.get(liste as readonly Regle<never>[]) as readonly (FicheRegleAEtapes<E> | undefined)[] | undefined;
  // Une liste modifiée après coup (longueur ou règle remplacée) est recopiée de nouveau.
  let valides = connues !== undefined && connues.length === liste.length;
  for (let i = 0; valides && connues !== undefined && i < connues.length; i++) {
    const f = connues[i];
    const r = liste[i] as Regle<E>;
    valides = f === undefined ? r.nature === "synchrone" || r.etapes === undefined : f.estLaFicheDe(r);
  }
  if (valides && connues !== undefined) return connues;
  const fiches = liste.map((r) => (r.nature === "asynchrone" && r.etapes !== undefined ? new FicheRegleAEtapes(r as RegleAsynchrone<E, object> & Required<Pick<RegleAsynchrone<E, object>, "etapes">>) : undefined));
  fichesParListe.set(liste as readonly Regle<never>[], fiches as readonly (FicheRegleAEtapes<never> | undefined)[]);
  return fiches;
}
