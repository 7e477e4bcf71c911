import type { ResultatLecteur } from "@communs-opco/adaptateur";
import type { Dossier, Facture } from "@communs-opco/schemas";
import type { OptionsCertificat } from "./certificatApiConvergence.js";
import type { DocumentApiConvergence } from "./DocumentApiConvergence.js";
import type { InfoCleApiConvergence } from "./InfoCleApiConvergence.js";
import type { VersionProtocole } from "./VersionProtocole.js";

/**
 * Client de l'API Convergence d'un OPCO. Les lectures renvoient des résultats de
 * lecteur (dossier standard ou erreur localisée, rien n'est perdu) ; `null` signifie
 * « introuvable ». Les écritures renvoient le corps JSON de la réponse. Une capacité
 * absente chez l'OPCO lève `ErreurApiConvergence` de code `non_pris_en_charge` sans appel
 * réseau ; un dépôt incomplet (convention, certificat, rupture, document) lève le code
 * `champs_obligatoires` avec ses constats, sans appel réseau.
 *
 * @example
 * ```ts
 * for await (const r of client.etatsDossiers({ version: "v2" })) if (r.ok) console.log(r.valeur.numeroInterne, r.valeur.etat);
 * ```
 */
export interface ClientApiConvergence {
  /** `GET /v1/status`. */
  statut(): Promise<unknown>;
  /** `GET /v2/dossiers?numeroInterne=` : détail d'un dossier, `null` s'il est introuvable. */
  dossier(numeroInterne: string): Promise<ResultatLecteur<Dossier> | null>;
  /** `GET /v1/dossiers/liste?numerosInternes=` : détails de plusieurs dossiers. */
  dossiers(numerosInternes: readonly string[]): Promise<ResultatLecteur<Dossier>[]>;
  /** `GET /v1|v2/dossiers/etats` : états des dossiers, toutes pages (`numeroPage`) parcourues en v2. */
  etatsDossiers(options?: { readonly version?: VersionProtocole }): AsyncGenerator<ResultatLecteur<Dossier>>;
  /** `GET /v2/factures/etats` : états des factures (dossiers portant `factures[0]`), toutes pages parcourues. */
  etatsFactures(): AsyncGenerator<ResultatLecteur<Dossier>>;
  /** `POST /v1/dossiers` ou `POST /v2/dossiers`. */
  deposerDossier(dossier: Dossier, options?: { readonly version?: VersionProtocole }): Promise<unknown>;
  /** `POST /v1/conventions` (champs obligatoires vérifiés avant l'envoi). */
  deposerConvention(dossier: Dossier): Promise<unknown>;
  /** `POST /v1/factures`. */
  deposerFacture(facture: Facture): Promise<unknown>;
  /** `POST /v2/certificats` (champs obligatoires vérifiés avant l'envoi). */
  deposerCertificat(dossier: Dossier, options: OptionsCertificat): Promise<unknown>;
  /** `POST /v1/documents` : un PDF (convention signée, certificat, CERFA…) rattaché à des objets. */
  deposerDocument(document: DocumentApiConvergence): Promise<unknown>;
  /** `POST /v2/dossiers/rupture/employeur` : rupture déclarée par l'employeur (dossier, date d'effet, motif). */
  declarerRuptureEmployeur(dossier: Dossier): Promise<unknown>;
  /** `GET /v2/cfakeyinfo?siren=&XAPIKEY=` : validité de la clé d'API du CFA à une date de contrôle `AAAA-MM-JJ`. */
  infoCle(siren: string, dateControle: string): Promise<InfoCleApiConvergence>;
}
