const CODES: Readonly<Record<string, string>> = {
  ENOENT: "fichier ou dossier introuvable",
  EACCES: "permission refusée",
  EPERM: "opération non permise",
  EISDIR: "c'est un dossier, pas un fichier",
  ENOTDIR: "un élément du chemin n'est pas un dossier",
  ENOSPC: "disque plein",
  EDQUOT: "quota disque dépassé",
  EROFS: "système de fichiers en lecture seule",
  EEXIST: "le fichier existe déjà",
  EMFILE: "trop de fichiers ouverts",
  ENAMETOOLONG: "nom de fichier trop long",
  EBUSY: "fichier occupé",
  EIO: "erreur d'entrée-sortie du disque",
  EXDEV: "déplacement impossible entre deux systèmes de fichiers",
  ENOTFOUND: "serveur introuvable (nom de domaine inconnu)",
  EAI_AGAIN: "résolution du nom de domaine impossible pour le moment",
  ECONNREFUSED: "connexion refusée par le serveur",
  ECONNRESET: "connexion interrompue par le serveur",
  ETIMEDOUT: "délai de connexion dépassé",
  EPIPE: "sortie fermée avant la fin de l'écriture",
  FILE_ENDED: "fin de fichier inattendue (fichier tronqué)",
  ERR_STRING_TOO_LONG: "texte trop long pour être lu en mémoire",
  ERR_FS_FILE_TOO_LARGE: "fichier trop volumineux pour être lu en mémoire",
};

/** Messages anglais connus des bibliothèques de lecture (zip, xlsx, pdf), traduits. */
const MESSAGES: readonly (readonly [RegExp, string])[] = [
  [/invalid (zip|signature)|central directory|end of central|unexpected end of (zip|archive)|invalid (block|distance|length)|compressed data/i, "archive ZIP ou classeur XLSX invalide ou tronqué"],
  [/invalid pdf|pdf header|xref/i, "document PDF invalide ou tronqué"],
  [/FILE_ENDED|unexpected end of file|premature end/i, "fin de fichier inattendue (fichier tronqué)"],
];

/**
 * Explication en français d'une erreur système ou de bibliothèque, sans texte brut anglais ni
 * trace de pile : les codes connus (`ENOENT`, `EACCES`, `ENOSPC`, `FILE_ENDED`, `ENOTFOUND`…,
 * y compris ceux d'une cause `cause`) sont traduits ; une erreur d'analyse JSON devient « JSON
 * invalide » ; sinon « erreur inattendue » suivie du code s'il existe (jamais le
 * message brut, qui peut contenir une URL avec identifiants).
 *
 * @example
 * ```ts
 * expliquerErreurSysteme(Object.assign(new Error("ENOSPC: no space left"), { code: "ENOSPC" })); // "disque plein"
 * ```
 */
export function expliquerErreurSysteme(erreur: unknown): string {
  for (let e: unknown = erreur, profondeur = 0; e !== null && typeof e === "object" && profondeur < 5; e = (e as { cause?: unknown }).cause, profondeur++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && CODES[code] !== undefined) return CODES[code];
  }
  if (erreur instanceof SyntaxError && /JSON/i.test(erreur.message)) return "JSON invalide";
  const texte = erreur instanceof Error ? erreur.message : typeof erreur === "string" ? erreur : "";
  for (const [motif, explication] of MESSAGES) if (motif.test(texte)) return explication;
  if (erreur instanceof RangeError && /call stack/i.test(erreur.message)) return "structure trop profonde (imbrication excessive)";
  const code = erreur !== null && typeof erreur === "object" ? (erreur as { code?: unknown }).code : undefined;
  return `erreur inattendue${typeof code === "string" && /^[A-Z0-9_]{2,40}$/.test(code) ? ` (${code})` : ""}`;
}
