import type { Parametre } from "@communs-opco/parametres";
import { joursDepuisEpoque } from "./joursDepuisEpoque";

/** Dates d'effet d'un paramètre en numéros de jour (croissantes) et valeurs correspondantes. */
interface ParametreEnJours {
  readonly jours: readonly number[];
  readonly valeurs: readonly unknown[];
}

/**
 * Valeurs des paramètres légaux lues par les gardes compilées, résolues **sur numéros de jour**
 * pour toute une exécution du moteur compilé (`creerMoteurControle`) : les dates d'effet de chaque
 * paramètre sont converties une fois en numéros de jour, puis chaque lecture est une recherche de
 * la dernière date d'effet au plus tard ce jour-là, sans texte, sans allocation ni objet
 * `ParametreConsulte`. Même valeur que `valeurParametre(parametre, date).valeur`.
 *
 * @example
 * ```ts
 * const parametres = new ParametresExecution();
 * parametres.valeur(dureeMinimaleContrat, "2025-09-01"); // 6
 * parametres.auJour(dureeMinimaleContrat, joursDepuisEpoque("2025-09-01")); // 6
 * ```
 */
export class ParametresExecution {
  private readonly enJours = new Map<Parametre<unknown>, ParametreEnJours>();

  /** Valeur du paramètre à la date ; `undefined` si la date est absente, invalide ou antérieure au paramètre. */
  valeur<T>(parametre: Parametre<T>, date: string | undefined): T | undefined {
    return date === undefined ? undefined : this.auJour(parametre, joursDepuisEpoque(date));
  }

  /** Valeur du paramètre au jour (numéro de jour) ; `undefined` si le jour est `NaN` ou antérieur au paramètre. */
  auJour<T>(parametre: Parametre<T>, jour: number): T | undefined {
    if (Number.isNaN(jour)) return undefined;
    let p = this.enJours.get(parametre as Parametre<unknown>);
    if (p === undefined) {
      p = { jours: parametre.valeurs.map((v) => joursDepuisEpoque(v.dateEffet)), valeurs: parametre.valeurs.map((v) => v.valeur) };
      this.enJours.set(parametre as Parametre<unknown>, p);
    }
    const jours = p.jours;
    for (let i = jours.length - 1; i >= 0; i--) if ((jours[i] as number) <= jour) return p.valeurs[i] as T;
    return undefined;
  }
}
