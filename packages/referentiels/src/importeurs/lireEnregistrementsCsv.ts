import { lireCsvEnFlux } from "@communs-opco/adaptateur";

/**
 * Enregistrement CSV lu : numéro de la ligne physique où il commence et ses champs. Un
 * enregistrement illisible (champ ou enregistrement trop long, guillemet jamais fermé) a des champs
 * vides et `erreur` donne la raison.
 *
 * @example
 * ```ts
 * const e: EnregistrementCsv = { ligne: 2, champs: ["RNCP1234", "Titre"] };
 * ```
 */
export interface EnregistrementCsv {
  ligne: number;
  champs: string[];
  /** Raison qui rend l'enregistrement illisible (ses champs sont alors vides). */
  erreur?: string;
}

/**
 * Options de lecture CSV des importeurs.
 *
 * @example
 * ```ts
 * const o: OptionsCsv = { separateur: ";", guillemets: false };
 * ```
 */
export interface OptionsCsv {
  /** Séparateur de champs (`;` par défaut). */
  separateur?: string;
  /**
   * Guillemets RFC 4180 (champ entre `"`, `""` pour un guillemet, sauts de ligne permis).
   * Mettre `false` pour les exports BCN, dont les champs contiennent des `"` isolés.
   */
  guillemets?: boolean;
  /** Longueur maximale d'un champ, en caractères (défaut de `@communs-opco/adaptateur` : 1 Mi). */
  tailleMaxChamp?: number;
  /** Longueur maximale d'un enregistrement, en caractères (défaut : 8 Mi). */
  tailleMaxEnregistrement?: number;
}

/**
 * Lit en flux les enregistrements CSV d'une suite de morceaux de texte avec l'analyseur CSV unique
 * de `@communs-opco/adaptateur` (`lireCsvEnFlux`) : BOM retiré, fins de ligne LF, CRLF ou CR,
 * guillemets RFC 4180 au choix, mémoire bornée par les limites de champ et d'enregistrement. Les
 * lignes vides sont rendues avec `champs: []`.
 *
 * @example
 * ```ts
 * for await (const { ligne, champs } of lireEnregistrementsCsv(["a;b\n1;2\n"])) console.log(ligne, champs);
 * ```
 */
export async function* lireEnregistrementsCsv(morceaux: AsyncIterable<string> | Iterable<string>, options: OptionsCsv = {}): AsyncGenerator<EnregistrementCsv> {
  for await (const e of lireCsvEnFlux(morceaux, { ...options, lignesVides: true })) {
    yield "erreur" in e ? { ligne: e.ligne, champs: [], erreur: e.erreur } : { ligne: e.ligne, champs: e.champs };
  }
}
