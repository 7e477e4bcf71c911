import { FichierSortie } from "../sorties/FichierSortie";
import { SortieTamponnee } from "./SortieTamponnee";

/**
 * Résultats de `opco controle --sortie FICHIER.jsonl` écrits **en flux**, à mémoire constante :
 * une ligne JSON par enregistrement (la forme d'un élément de `resultats` de `--json`, déjà
 * protégée : masquée sauf `--en-clair`), puis une dernière ligne `{ "resume": … }` (date
 * d'évaluation, données personnelles, résumé). Le fichier est écrit dans un temporaire du même
 * dossier, renommé à la fin : une exécution interrompue ne laisse aucun fichier partiel.
 *
 * @example
 * ```ts
 * const sortie = new SortieResultatsJsonl("resultats.jsonl");
 * sortie.ajouter(JSON.stringify(protegerResultat(resultat, false)));
 * sortie.terminer({ dateEvaluation: "2025-11-03", donneesPersonnelles: "masquees", resume });
 * ```
 */
export class SortieResultatsJsonl {
  readonly #fichier: FichierSortie;
  readonly #sortie: SortieTamponnee;
  #lignes = 0;

  /** Prépare le fichier ; lève `ErreurUsage` si le dossier n'est pas inscriptible. */
  constructor(chemin: string) {
    this.#fichier = FichierSortie.ouvrir(chemin, "--sortie");
    this.#sortie = new SortieTamponnee((texte) => {
      this.#fichier.ecrire(texte);
    });
  }

  /**
   * Ajoute le résultat d'un enregistrement, en texte JSON : `JSON.stringify` du résultat déjà
   * protégé (sérialisé une seule fois quand `--json` l'écrit aussi, ou par un fil de calcul).
   */
  ajouter(texte: string): void {
    this.#sortie.ecrire(`${texte}\n`);
    this.#lignes++;
  }

  /** Écrit la ligne de résumé, ferme et renomme le fichier ; renvoie le nombre de résultats écrits. */
  terminer(fin: { dateEvaluation: string; donneesPersonnelles: "masquees" | "en_clair"; resume: object }): number {
    this.#sortie.ecrire(`${JSON.stringify({ resume: fin.resume, dateEvaluation: fin.dateEvaluation, donneesPersonnelles: fin.donneesPersonnelles })}\n`);
    this.#sortie.vider();
    this.#fichier.terminer();
    return this.#lignes;
  }

  /** Abandonne la sortie (exécution interrompue) : aucun fichier partiel n'est laissé. */
  abandonner(): void {
    this.#fichier.abandonner();
  }
}
