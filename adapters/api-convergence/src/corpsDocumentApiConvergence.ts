import type { DocumentApiConvergence } from "./DocumentApiConvergence.js";

/**
 * Écrit le corps de `POST /v1/documents` (`opco-echanges.md` §1.3 [S]) : `typeFichier`,
 * `objets [{typeObjet, idObjet}]` et le fichier `{nom, typeMime, contenu}` encodé en
 * base64. Le nom du bloc de fichier n'est pas publié [I].
 *
 * @example
 * ```ts
 * corpsDocumentApiConvergence({ typeFichier: "convention", objets: [{ typeObjet: "dossier", idObjet: "A-1" }], nomFichier: "c.pdf", octets });
 * // { typeFichier: "convention", objets: [...], fichier: { nom: "c.pdf", typeMime: "application/pdf", contenu: "JVBERi0…" } }
 * ```
 */
export function corpsDocumentApiConvergence(document: DocumentApiConvergence): Record<string, unknown> {
  return {
    typeFichier: document.typeFichier,
    objets: document.objets.map((o) => ({ typeObjet: o.typeObjet, idObjet: o.idObjet })),
    fichier: { nom: document.nomFichier, typeMime: "application/pdf", contenu: Buffer.from(document.octets).toString("base64") },
  };
}
