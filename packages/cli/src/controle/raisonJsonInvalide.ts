/**
 * Traduit en français l'erreur de `JSON.parse` sur le texte d'un enregistrement : « tronqué »
 * quand le texte s'arrête avant la fin de la valeur (l'erreur porte sur la fin du texte), sinon
 * « JSON invalide », avec la position du caractère fautif quand elle est connue. Le texte lui-même
 * n'est jamais recopié (il peut contenir des données personnelles).
 *
 * @example
 * ```ts
 * raisonJsonInvalide('{"a":', new SyntaxError("Unexpected end of JSON input")); // "enregistrement tronqué : le JSON s'arrête avant sa fin"
 * ```
 */
export function raisonJsonInvalide(texte: string, erreur: unknown): string {
  const message = erreur instanceof Error ? erreur.message : String(erreur);
  const position = /position (\d+)/.exec(message)?.[1];
  const fin = texte.trimEnd().length;
  if (/end of (JSON )?input|Unterminated string/i.test(message) || (position !== undefined && Number(position) >= fin)) {
    return "enregistrement tronqué : le JSON s'arrête avant sa fin";
  }
  return position === undefined ? "JSON invalide" : `JSON invalide (caractère ${Number(position) + 1} de l'enregistrement)`;
}
