import { z } from "zod";

/**
 * Consignes de normalisation attachées à un schéma strict, lues par la couche
 * d'entrée tolérante ({@link normaliserSelonSchema}).
 *
 * @example
 * ```ts
 * const meta: ConsigneNormalisation = { majuscules: true, sansEspaces: true };
 * ```
 */
export interface ConsigneNormalisation {
  /** Met le texte en majuscules (codes, identifiants). */
  readonly majuscules?: boolean;
  /** Retire tous les espaces, points et tirets internes (identifiants SIRET, NIR…). */
  readonly sansEspaces?: boolean;
  /** Complète à gauche par des zéros jusqu'à cette longueur quand la valeur est numérique. */
  readonly completerZeros?: number;
  /** Valeurs d'entrée qui signifient « absent » (ex. dérogation AGECAP « 99 »). */
  readonly absents?: readonly string[];
  /** Correspondances d'entrée → valeur canonique (ex. sexe AGECAP « 1 » → « M »). */
  readonly correspondances?: Readonly<Record<string, string>>;
  /** Fonction de normalisation propre au champ, appliquée en dernier (ex. alias d'OPCO → slug). */
  readonly normaliser?: (texte: string) => string | undefined;
  /** Pour un objet : autres noms de clés acceptés en entrée → nom canonique (ex. `dateConclusion` → `dateSignature`). */
  readonly alias?: Readonly<Record<string, string>>;
}

/**
 * Registre zod des consignes de normalisation de chaque champ strict.
 * Il ne modifie pas l'export JSON Schema (les métadonnées de ce registre n'y figurent pas).
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * const siret = z.string();
 * registreNormalisation.add(siret, { sansEspaces: true });
 * registreNormalisation.get(siret); // { sansEspaces: true }
 * ```
 */
export const registreNormalisation = z.registry<ConsigneNormalisation>();
