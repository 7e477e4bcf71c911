/**
 * Document PDF à déposer par `POST /v1/documents` : type de fichier (`convention`,
 * `certificat`, `cerfa`, `facture`, `autre`…), objets auxquels il se rattache (un dossier
 * par son numéro interne, une facture…), nom du fichier et octets. Les octets viennent par
 * exemple de `remplirCerfaPdf` (`@communs-opco/adaptateur-cerfa-pdf`) ou d'une convention
 * signée.
 *
 * @example
 * ```ts
 * const d: DocumentApiConvergence = {
 *   typeFichier: "convention", objets: [{ typeObjet: "dossier", idObjet: "AKT-2025-000123" }],
 *   nomFichier: "convention-signee.pdf", octets: await readFile("convention-signee.pdf"),
 * };
 * ```
 */
export interface DocumentApiConvergence {
  readonly typeFichier: string;
  readonly objets: readonly { readonly typeObjet: string; readonly idObjet: string }[];
  readonly nomFichier: string;
  readonly octets: Uint8Array;
}
