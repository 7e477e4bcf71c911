const PARAMETRES_SENSIBLES = /([?&](?:token|access_token|api_key|apikey|api-key|key|cle|secret|password|motdepasse)=)[^&#\s"']*/gi;
const JETON_PORTEUR = /(bearer\s+)[A-Za-z0-9._~+/=-]+/gi;
/** Identifiants écrits dans une URL (`https://utilisateur:motdepasse@hote/…`). */
const IDENTIFIANTS_URL = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@"']+@/gi;

/**
 * Remplace dans un texte (message, URL, corps de réponse) toute occurrence des secrets donnés,
 * tout jeton `Bearer …`, les identifiants écrits dans une URL (`https://utilisateur:mdp@hote`) et
 * la valeur des paramètres d'URL sensibles (`token`, `api_key`, `key`…) par `***`. Les secrets de moins de 4 caractères sont ignorés (trop de faux positifs).
 *
 * @example
 * ```ts
 * masquerSecrets("GET https://api.test/x?token=abc123 (Bearer eyJhbGci)", ["abc123"]);
 * // "GET https://api.test/x?token=*** (Bearer ***)"
 * ```
 */
export function masquerSecrets(texte: string, secrets: readonly string[] = []): string {
  let resultat = texte;
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    resultat = resultat.split(secret).join("***");
    const encode = encodeURIComponent(secret);
    if (encode !== secret) resultat = resultat.split(encode).join("***");
  }
  return resultat.replace(IDENTIFIANTS_URL, "$1***@").replace(PARAMETRES_SENSIBLES, "$1***").replace(JETON_PORTEUR, "$1***");
}
