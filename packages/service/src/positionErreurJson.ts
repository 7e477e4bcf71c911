const NOMBRE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITTERAL = /true|false|null/y;

/** Fin d'une chaîne JSON commençant à `debut` (guillemet ouvrant) : position après le guillemet fermant, ou l'erreur. */
function finChaine(texte: string, debut: number): { fin: number } | { erreur: number } {
  for (let i = debut + 1; i < texte.length; i++) {
    const c = texte.charCodeAt(i);
    if (c === 0x22) return { fin: i + 1 };
    if (c < 0x20) return { erreur: i };
    if (c === 0x5c) {
      const suivant = texte[i + 1];
      if (suivant === "u") {
        if (!/^[0-9a-fA-F]{4}$/.test(texte.slice(i + 2, i + 6))) return { erreur: i };
        i += 5;
      } else if (suivant !== undefined && '"\\/bfnrt'.includes(suivant)) i++;
      else return { erreur: i };
    }
  }
  return { erreur: texte.length };
}

/**
 * Position (indice) du premier caractère fautif d'un texte JSON invalide, trouvée par un
 * analyseur syntaxique itératif (profondeur bornée par la seule mémoire, sans récursion) : la
 * fin du texte pour un JSON tronqué ; `undefined` si le texte est un JSON valide.
 */
function indiceErreur(texte: string): number | undefined {
  const pile: ("objet" | "tableau")[] = [];
  let attente: "valeur" | "valeurOuFin" | "cleOuFin" | "cle" | "deuxPoints" | "virguleOuFin" | "fin" = "valeur";
  let i = 0;
  const apresValeur = () => (pile.length === 0 ? "fin" : "virguleOuFin");
  for (;;) {
    while (i < texte.length && (texte[i] === " " || texte[i] === "\n" || texte[i] === "\r" || texte[i] === "\t")) i++;
    if (i >= texte.length) return attente === "fin" ? undefined : texte.length;
    const c = texte[i]!;
    switch (attente) {
      case "valeurOuFin":
      case "valeur": {
        if (attente === "valeurOuFin" && c === "]") {
          pile.pop();
          i++;
          attente = apresValeur();
        } else if (c === "{") {
          pile.push("objet");
          i++;
          attente = "cleOuFin";
        } else if (c === "[") {
          pile.push("tableau");
          i++;
          attente = "valeurOuFin";
        } else if (c === '"') {
          const r = finChaine(texte, i);
          if ("erreur" in r) return r.erreur;
          i = r.fin;
          attente = apresValeur();
        } else {
          NOMBRE.lastIndex = i;
          LITTERAL.lastIndex = i;
          const m = NOMBRE.exec(texte) ?? LITTERAL.exec(texte);
          if (m === null) return i;
          i += m[0].length;
          attente = apresValeur();
        }
        break;
      }
      case "cleOuFin":
      case "cle": {
        if (attente === "cleOuFin" && c === "}") {
          pile.pop();
          i++;
          attente = apresValeur();
        } else if (c === '"') {
          const r = finChaine(texte, i);
          if ("erreur" in r) return r.erreur;
          i = r.fin;
          attente = "deuxPoints";
        } else return i;
        break;
      }
      case "deuxPoints":
        if (c !== ":") return i;
        i++;
        attente = "valeur";
        break;
      case "virguleOuFin": {
        const haut = pile[pile.length - 1];
        if (c === ",") {
          i++;
          attente = haut === "objet" ? "cle" : "valeur";
        } else if ((haut === "objet" && c === "}") || (haut === "tableau" && c === "]")) {
          pile.pop();
          i++;
          attente = apresValeur();
        } else return i;
        break;
      }
      case "fin":
        return i;
    }
  }
}

/**
 * Ligne et colonne (à partir de 1) du premier caractère fautif d'un texte JSON invalide, pour le
 * problème 400 rendu au client ; la fin du texte pour un JSON tronqué. Le texte n'est jamais
 * recopié dans le message (il peut contenir des données personnelles).
 *
 * @example
 * ```ts
 * positionErreurJson('{\n  "a": }'); // { ligne: 2, colonne: 8 }
 * ```
 */
export function positionErreurJson(texte: string): { ligne: number; colonne: number } {
  const position = indiceErreur(texte) ?? texte.length;
  let ligne = 1;
  let debutLigne = 0;
  for (let i = 0; i < position; i++) {
    if (texte.charCodeAt(i) === 0x0a) {
      ligne++;
      debutLigne = i + 1;
    }
  }
  return { ligne, colonne: position - debutLigne + 1 };
}
