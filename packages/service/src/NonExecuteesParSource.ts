import { VerificationsNonExecutees, type ControleAvantPaiement } from "@communs-opco/cli";
import type { Opco } from "@communs-opco/nomenclatures";
import type { VerificationNonExecutee } from "@communs-opco/referentiels";

/** Liste des vérifications non exécutables d'une source et d'un OPCO, et son classement partagé. */
interface Classement {
  readonly liste: readonly VerificationNonExecutee[] | undefined;
  readonly partage: VerificationsNonExecutees;
}

/**
 * Vérifications non exécutées du service, comme `opco controle` les classe
 * (`VerificationsNonExecutees` de `@communs-opco/cli`) : la liste de ce que la source choisie ne
 * peut pas exécuter est connue avant tout contrat (`controle.nonExecutables(opco)`), elle est donc
 * établie **une fois** par (source des vérifications avant paiement, OPCO payeur) pour le processus,
 * et non à chaque requête. Au plus une entrée par source permise au démarrage et par OPCO connu.
 *
 * - `partage` : pour le contrat unique. Le classement d'un résultat (constats retirés, statut,
 *   `nonExecutees`) ne dépend que de la liste et du résultat, jamais des décomptes que l'objet tient
 *   (il est synchrone) : un seul objet sert toutes les requêtes, ses décomptes ne sont pas lus.
 * - `nouveau` : pour un lot NDJSON, dont le résumé compte ses propres contrats (`resume.nonExecutees`).
 *
 * @example
 * ```ts
 * const parSource = new NonExecuteesParSource();
 * const resultatClasse = parSource.partage(controle, opco).classer(resultat);
 * const duLot = parSource.nouveau(controle, opco); // …classer(…) pour chaque ligne, puis duLot.resume()
 * ```
 */
export class NonExecuteesParSource {
  readonly #parControle = new WeakMap<ControleAvantPaiement, Map<string, Classement>>();
  /** `referentiel=aucun` : les vérifications avant paiement ne sont pas demandées. */
  readonly #aucun: Classement = { liste: undefined, partage: new VerificationsNonExecutees(undefined) };

  #classement(controle: ControleAvantPaiement | undefined, opco: Opco | undefined): Classement {
    if (controle === undefined) return this.#aucun;
    let parOpco = this.#parControle.get(controle);
    if (parOpco === undefined) {
      parOpco = new Map();
      this.#parControle.set(controle, parOpco);
    }
    const cle = opco?.slug ?? "";
    let classement = parOpco.get(cle);
    if (classement === undefined) {
      const liste = controle.nonExecutables(opco);
      classement = { liste, partage: new VerificationsNonExecutees(liste) };
      parOpco.set(cle, classement);
    }
    return classement;
  }

  /** Classement partagé par toutes les requêtes de cette source et de cet OPCO (décomptes non lus). */
  partage(controle: ControleAvantPaiement | undefined, opco: Opco | undefined): VerificationsNonExecutees {
    return this.#classement(controle, opco).partage;
  }

  /** Classement neuf (décomptes à zéro) sur la même liste : celui d'un lot et de son résumé. */
  nouveau(controle: ControleAvantPaiement | undefined, opco: Opco | undefined): VerificationsNonExecutees {
    return new VerificationsNonExecutees(this.#classement(controle, opco).liste);
  }
}
