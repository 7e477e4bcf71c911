import type { ContexteEvaluation } from "@communs-opco/regles";
import { controlerValeur } from "./controlerValeur";
import { lireLotsEnregistrements, type OptionsLecture } from "./lireEnregistrements";
import type { ResultatControle } from "./ResultatControle";

/**
 * Un enregistrement contrôlé : le résultat (sérialisable) et la valeur JSON lue (`undefined`
 * pour un enregistrement illisible), utile aux sorties qui décrivent l'enregistrement.
 *
 * @example
 * ```ts
 * const e: EnregistrementControle = { resultat: { index: 1, source: { fichier: "a.jsonl", ligne: 1 }, statut: "conforme", constats: [] }, valeur: {} };
 * ```
 */
export interface EnregistrementControle {
  readonly resultat: ResultatControle;
  readonly valeur: unknown;
  /** Numéro du dossier quand l'enregistrement lu en porte un (dossier lu par un adaptateur). */
  readonly numeroDossier?: string;
  /** Contrat sur lequel les règles ont été évaluées (normalisé, sinon l'objet brut), s'il est connu. */
  readonly contrat?: object;
  /** Vrai quand l'enregistrement est illisible par un échec d'entrée-sortie (fichier au-delà de sa taille maximale…) : code de sortie 3. */
  readonly echecEntreeSortie?: true;
}

/**
 * Cœur de `opco controle` : lit les fichiers l'un après l'autre, en flux et à mémoire constante,
 * et contrôle chaque enregistrement (schéma puis règles synchrones) à la date d'évaluation du
 * contexte. Chaque enregistrement lu produit exactement un résultat (conforme, non conforme,
 * indéterminé ou illisible) : les décomptes s'additionnent toujours.
 *
 * @example
 * ```ts
 * for await (const { resultat } of controlerFichiers(["contrats.jsonl"], { dateEvaluation: "2025-11-03" })) {
 *   if (resultat.statut !== "conforme") console.log(resultat.source, resultat.statut);
 * }
 * ```
 */
export async function* controlerFichiers(
  fichiers: readonly string[],
  contexte: ContexteEvaluation,
  options: { chemin?: (fichier: string) => string; lecture?: Omit<OptionsLecture, "nom"> } = {},
): AsyncGenerator<EnregistrementControle> {
  for await (const lot of controlerFichiersParLots(fichiers, contexte, options)) yield* lot;
}

/**
 * Comme {@link controlerFichiers} (mêmes résultats, même ordre, mêmes index), mais rendus par
 * lots : un tableau non vide par morceau lu, contrôlé d'un seul tenant, sans attente par
 * enregistrement. La mémoire reste bornée par la taille d'un morceau.
 *
 * @example
 * ```ts
 * for await (const lot of controlerFichiersParLots(["contrats.jsonl"], { dateEvaluation: "2025-11-03" })) {
 *   for (const { resultat } of lot) console.log(resultat.index, resultat.statut);
 * }
 * ```
 */
export async function* controlerFichiersParLots(
  fichiers: readonly string[],
  contexte: ContexteEvaluation,
  options: { chemin?: (fichier: string) => string; lecture?: Omit<OptionsLecture, "nom"> } = {},
): AsyncGenerator<EnregistrementControle[]> {
  let index = 0;
  for (const fichier of fichiers) {
    const chemin = options.chemin?.(fichier) ?? fichier;
    for await (const lus of lireLotsEnregistrements(chemin, { ...options.lecture, nom: fichier })) {
      const lot: EnregistrementControle[] = [];
      for (const lu of lus) {
        index++;
        if (!lu.ok) {
          lot.push({ resultat: { index, source: lu.source, statut: "illisible", constats: [], raison: lu.erreur }, valeur: undefined });
          continue;
        }
        const { statut, constats, contrat } = controlerValeur(lu.valeur, contexte);
        lot.push({ resultat: { index, source: lu.source, statut, constats }, valeur: lu.valeur, ...(contrat === undefined ? {} : { contrat }) });
      }
      yield lot;
    }
  }
}
