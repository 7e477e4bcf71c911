import { valeurParametre, type Parametre } from "@communs-opco/parametres";

/**
 * Valeurs des paramètres légaux lues par les gardes compilées, résolues **une fois par
 * (paramètre, date)** pour toute une exécution du moteur compilé (`creerMoteurControle`) : un même
 * paramètre à la même date de conclusion n'est cherché qu'une fois, quel que soit le nombre de
 * contrats.
 *
 * @example
 * ```ts
 * const parametres = new ParametresExecution();
 * parametres.valeur(dureeMinimaleContrat, "2025-09-01"); // 6
 * ```
 */
export class ParametresExecution {
  private readonly parParametre = new Map<Parametre<unknown>, Map<string, unknown>>();

  /** Valeur du paramètre à la date ; `undefined` si la date est absente, invalide ou antérieure au paramètre. */
  valeur<T>(parametre: Parametre<T>, date: string | undefined): T | undefined {
    if (date === undefined) return undefined;
    let parDate = this.parParametre.get(parametre as Parametre<unknown>);
    if (parDate === undefined) {
      parDate = new Map();
      this.parParametre.set(parametre as Parametre<unknown>, parDate);
    }
    if (parDate.has(date)) return parDate.get(date) as T | undefined;
    const valeur = valeurParametre(parametre, date)?.valeur;
    parDate.set(date, valeur);
    return valeur;
  }
}
