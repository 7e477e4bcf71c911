/**
 * Ligne et colonne (à partir de 1) de l'erreur d'analyse d'un texte JSON, pour le problème 400
 * rendu au client. La position vient du message de `JSON.parse` (« at position N ») ; sinon, la
 * fin du texte (JSON tronqué).
 *
 * @example
 * ```ts
 * positionErreurJson('{\n  "a": }', erreur); // { ligne: 2, colonne: 8 }
 * ```
 */
export function positionErreurJson(texte: string, erreur: unknown): { ligne: number; colonne: number } {
  const message = erreur instanceof Error ? erreur.message : "";
  const trouve = /position (\d+)/.exec(message);
  const position = trouve === null ? texte.length : Math.min(Number(trouve[1]), texte.length);
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
