/**
 * Un enregistrement CSV : ses champs et le numéro de la ligne physique où il commence
 * (1 = en-tête).
 *
 * @example
 * ```ts
 * const e: EnregistrementCsv = { ligne: 2, champs: ["RNCP1002", "BP"] };
 * ```
 */
export interface EnregistrementCsv {
  ligne: number;
  champs: string[];
}

/**
 * Options d'analyse CSV.
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
}

/**
 * Analyse un flux de texte CSV en enregistrements, sans charger le fichier en mémoire.
 * Retire le BOM UTF-8, accepte LF et CRLF, et suit les numéros de ligne physiques.
 *
 * @example
 * ```ts
 * for await (const { ligne, champs } of lireEnregistrementsCsv(lireMorceauxFichier("f.csv"))) {
 *   console.log(ligne, champs);
 * }
 * ```
 */
export async function* lireEnregistrementsCsv(
  morceaux: AsyncIterable<string> | Iterable<string>,
  options: OptionsCsv = {},
): AsyncGenerator<EnregistrementCsv> {
  const separateur = options.separateur ?? ";";
  const guillemets = options.guillemets ?? true;
  let champs: string[] = [];
  let champ = "";
  let dansGuillemets = false;
  let guillemetPrecedent = false;
  let ligne = 1;
  let debut = 1;
  let premier = true;
  let contenu = false;

  for await (let bloc of morceaux) {
    if (premier) {
      premier = false;
      if (bloc.charCodeAt(0) === 0xfeff) bloc = bloc.slice(1);
    }
    for (let i = 0; i < bloc.length; i++) {
      const c = bloc[i] as string;
      if (guillemets && dansGuillemets) {
        if (c === '"') {
          dansGuillemets = false;
          guillemetPrecedent = true;
        } else {
          if (c === "\n") ligne += 1;
          champ += c;
        }
        continue;
      }
      if (guillemets && c === '"') {
        if (guillemetPrecedent) {
          champ += '"';
          dansGuillemets = true;
        } else if (champ === "") dansGuillemets = true;
        else champ += '"';
        guillemetPrecedent = false;
        contenu = true;
        continue;
      }
      guillemetPrecedent = false;
      if (c === separateur) {
        champs.push(champ);
        champ = "";
        contenu = true;
      } else if (c === "\n") {
        if (champ.endsWith("\r")) champ = champ.slice(0, -1);
        champs.push(champ);
        if (contenu || champ !== "") yield { ligne: debut, champs };
        else yield { ligne: debut, champs: [] };
        champs = [];
        champ = "";
        contenu = false;
        ligne += 1;
        debut = ligne;
      } else {
        champ += c;
        if (c !== "\r") contenu = true;
      }
    }
  }
  if (champ.endsWith("\r")) champ = champ.slice(0, -1);
  if (contenu || champ !== "" || champs.length > 0) {
    champs.push(champ);
    yield { ligne: debut, champs };
  }
}
