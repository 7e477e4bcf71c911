/**
 * Ligne d'un fichier CSV découpée en cellules, avec le numéro de la ligne physique où
 * l'enregistrement commence (1 = première ligne du fichier), ou l'erreur qui empêche de
 * la découper (guillemet non fermé en fin de fichier).
 *
 * @example
 * ```ts
 * const l: LigneCsv = { ligne: 2, cellules: ["DUPUIS", "Gaston"] };
 * ```
 */
export type LigneCsv =
  | { readonly ligne: number; readonly cellules: readonly string[] }
  | { readonly ligne: number; readonly erreur: string };

/**
 * Découpe un texte CSV (RFC 4180 : champs entre guillemets, guillemets doublés, sauts de
 * ligne dans un champ cité ; fins de ligne LF ou CRLF ; BOM retiré). Le séparateur est
 * `;`, `,` ou tabulation, deviné sur la première ligne s'il n'est pas donné. Les lignes
 * entièrement vides sont sautées. Ne lève jamais d'exception.
 *
 * @example
 * ```ts
 * analyserCsv('nom;prenom\n"DUPUIS";"Gas""ton"\n');
 * // [{ ligne: 1, cellules: ["nom", "prenom"] }, { ligne: 2, cellules: ["DUPUIS", 'Gas"ton'] }]
 * ```
 */
export function analyserCsv(texte: string, separateur?: string): LigneCsv[] {
  const source = texte.startsWith("\uFEFF") ? texte.slice(1) : texte;
  const premiereLigne = source.slice(0, source.search(/\r?\n|$/u));
  const sep =
    separateur ??
    [";", ",", "\t"].reduce((meilleur, candidat) => (premiereLigne.split(candidat).length > premiereLigne.split(meilleur).length ? candidat : meilleur), ";");
  const lignes: LigneCsv[] = [];
  let cellules: string[] = [];
  let cellule = "";
  let citee = false;
  let debutCitation = 0;
  let numero = 1;
  let debutEnregistrement = 1;
  const finEnregistrement = () => {
    cellules.push(cellule);
    if (!(cellules.length === 1 && cellules[0] === "")) lignes.push({ ligne: debutEnregistrement, cellules });
    cellules = [];
    cellule = "";
  };
  for (let i = 0; i < source.length; i += 1) {
    const car = source[i] as string;
    if (citee) {
      if (car === '"') {
        if (source[i + 1] === '"') {
          cellule += '"';
          i += 1;
        } else citee = false;
      } else {
        if (car === "\n") numero += 1;
        cellule += car;
      }
      continue;
    }
    if (car === '"' && cellule === "") {
      citee = true;
      debutCitation = numero;
    } else if (car === sep) {
      cellules.push(cellule);
      cellule = "";
    } else if (car === "\n" || car === "\r") {
      if (car === "\r" && source[i + 1] === "\n") i += 1;
      finEnregistrement();
      numero += 1;
      debutEnregistrement = numero;
    } else cellule += car;
  }
  if (citee) {
    lignes.push({ ligne: debutEnregistrement, erreur: `Guillemet ouvert ligne ${debutCitation} et jamais fermé : la fin du fichier est tronquée.` });
    return lignes;
  }
  if (cellule !== "" || cellules.length > 0) finEnregistrement();
  return lignes;
}
