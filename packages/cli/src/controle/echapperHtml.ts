const ENTITES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Échappe un texte pour l'insérer dans du HTML (contenu ou valeur d'attribut entre guillemets).
 *
 * @example
 * ```ts
 * echapperHtml('<script>"x"</script>'); // "&lt;script&gt;&quot;x&quot;&lt;/script&gt;"
 * ```
 */
export function echapperHtml(texte: string): string {
  return texte.replace(/[&<>"']/g, (c) => ENTITES[c] ?? c);
}
