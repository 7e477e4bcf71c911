import type { Constat, Severite } from "@communs-opco/regles";
import type { ResultatControle } from "./ResultatControle";

/**
 * Décompte des enregistrements contrôlés, tel qu'il figure dans `resume` de la sortie `--json`.
 * `total` = `conformes` + `conformesVerificationsExecutees` + `nonConformes` + `indetermines` + `illisibles`.
 *
 * @example
 * ```ts
 * const r: ResumeControle = { total: 4, conformes: 1, conformesVerificationsExecutees: 1, nonConformes: 1, indetermines: 0, illisibles: 1 };
 * ```
 */
export interface ResumeControle {
  total: number;
  /** Conformes, toutes les vérifications prévues ayant été exécutées. */
  conformes: number;
  /** Conformes aux vérifications exécutées : une vérification (ou une partie) n'a pas pu l'être pour eux (voir `resume.nonExecutees`). */
  conformesVerificationsExecutees: number;
  nonConformes: number;
  indetermines: number;
  illisibles: number;
}

/**
 * Fréquence d'une règle dans un contrôle : nombre d'enregistrements concernés et de constats.
 *
 * @example
 * ```ts
 * const f: FrequenceRegle = { regle: "identifiants.siret.format", severite: "bloquant", enregistrements: 12, constats: 13 };
 * ```
 */
export interface FrequenceRegle {
  regle: string;
  severite: Severite;
  enregistrements: number;
  constats: number;
}

/**
 * Accumule, enregistrement par enregistrement, les décomptes d'un contrôle (mémoire bornée par le
 * nombre de règles distinctes) : statuts, constats par gravité, règles les plus fréquentes.
 *
 * @example
 * ```ts
 * const bilan = new BilanControle();
 * for await (const { resultat } of controlerFichiers(fichiers, contexte)) bilan.ajouter(resultat);
 * bilan.resume(); // { total, conformes, conformesVerificationsExecutees, nonConformes, indetermines, illisibles }
 * bilan.reglesFrequentes(5);
 * ```
 */
export class BilanControle {
  private readonly compteur: ResumeControle = { total: 0, conformes: 0, conformesVerificationsExecutees: 0, nonConformes: 0, indetermines: 0, illisibles: 0 };
  private readonly parRegle = new Map<string, FrequenceRegle>();
  /** Dernier enregistrement (numéro de passage) compté pour chaque règle. */
  private readonly dernierPassage = new Map<FrequenceRegle, number>();
  private passage = 0;
  /** Nombre de constats par gravité. */
  readonly constatsParSeverite: Record<Severite, number> = { bloquant: 0, avertissement: 0, information: 0 };

  /** Ajoute le résultat d'un enregistrement (seuls son statut, et la règle et la gravité de ses constats, sont lus). */
  ajouter(resultat: ResultatControle | (Pick<ResultatControle, "statut"> & { readonly constats: readonly Pick<Constat, "regle" | "severite">[] })): void {
    this.compteur.total++;
    switch (resultat.statut) {
      case "conforme":
        this.compteur.conformes++;
        break;
      case "conforme_verifications_executees":
        this.compteur.conformesVerificationsExecutees++;
        break;
      case "non_conforme":
        this.compteur.nonConformes++;
        break;
      case "indetermine":
        this.compteur.indetermines++;
        break;
      case "illisible":
        this.compteur.illisibles++;
        break;
    }
    // Une règle compte une fois par enregistrement : marque du passage, sans ensemble alloué par enregistrement.
    const passage = ++this.passage;
    for (const c of resultat.constats) {
      this.constatsParSeverite[c.severite]++;
      let f = this.parRegle.get(c.regle);
      if (f === undefined) {
        f = { regle: c.regle, severite: c.severite, enregistrements: 0, constats: 0 };
        this.parRegle.set(c.regle, f);
      }
      f.constats++;
      if (this.dernierPassage.get(f) !== passage) {
        this.dernierPassage.set(f, passage);
        f.enregistrements++;
      }
    }
  }

  /** Les décomptes par statut (copie). */
  resume(): ResumeControle {
    return { ...this.compteur };
  }

  /** Les `n` règles qui touchent le plus d'enregistrements (à égalité, par identifiant). */
  reglesFrequentes(n: number): FrequenceRegle[] {
    return [...this.parRegle.values()]
      .sort((a, b) => b.enregistrements - a.enregistrements || b.constats - a.constats || (a.regle < b.regle ? -1 : 1))
      .slice(0, n)
      .map((f) => ({ ...f }));
  }

  /** Vrai si un constat bloquant a été relevé ou si un enregistrement est illisible (code de sortie 1). */
  get aDesBloquants(): boolean {
    return this.constatsParSeverite.bloquant > 0 || this.compteur.illisibles > 0;
  }
}
