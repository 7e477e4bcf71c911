import type { Rejet } from "./Rejet";
import type { ResultatImport } from "./ResultatImport";

/**
 * Accumulateur d'un import : compte chaque ligne lue comme retenue, rejetée ou ignorée,
 * pour que les comptes s'additionnent toujours.
 *
 * @example
 * ```ts
 * const journal = new JournalImport<string>("fichier.csv");
 * journal.retenir(["RNCP1002"]);
 * journal.rejeter({ ligne: 3, champ: "RNCP", raison: "code absent" });
 * journal.resultat().statistiques.lignesLues; // 2
 * ```
 */
export class JournalImport<T> {
  readonly #enregistrements: T[] = [];
  readonly #rejets: Rejet[] = [];
  #retenues = 0;
  #rejetees = 0;
  #ignorees = 0;

  constructor(readonly fichier: string) {}

  /** Retient une ligne qui produit ces enregistrements (au moins un). */
  retenir(enregistrements: readonly T[]): void {
    this.#retenues += 1;
    for (const e of enregistrements) this.#enregistrements.push(e);
  }

  /** Rejette une ligne. */
  rejeter(rejet: Omit<Rejet, "fichier">): void {
    this.#rejetees += 1;
    this.#rejets.push({ fichier: this.fichier, ...rejet });
  }

  /** Compte une ligne vide ou sans donnée. */
  ignorer(): void {
    this.#ignorees += 1;
  }

  /** Nombre de lignes comptées jusqu'ici. */
  get lignesLues(): number {
    return this.#retenues + this.#rejetees + this.#ignorees;
  }

  /** Résultat final. */
  resultat(): ResultatImport<T> {
    return {
      enregistrements: this.#enregistrements,
      rejets: this.#rejets,
      statistiques: {
        lignesLues: this.lignesLues,
        lignesRetenues: this.#retenues,
        lignesRejetees: this.#rejetees,
        lignesIgnorees: this.#ignorees,
        enregistrements: this.#enregistrements.length,
      },
    };
  }
}
