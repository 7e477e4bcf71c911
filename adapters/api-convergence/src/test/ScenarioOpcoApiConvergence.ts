import type { AuthentificationEmulee, OptionsEmulateurApiConvergence } from "@communs-opco/test-support";
import type { SlugOpco } from "@communs-opco/nomenclatures";
import type { CapaciteApiOpco, NomCapaciteApi } from "../CapaciteApiOpco.js";
import type { ClientApiConvergence } from "../ClientApiConvergence.js";
import type { ConfigurationClientOpco } from "../ConfigurationClientOpco.js";
import type { OpcoApiConvergence } from "../OpcoApiConvergence.js";

/**
 * Réglages de l'émulateur et du client propres à un OPCO pour le dialogue de test :
 * compléments de l'authentification OAuth2 émulée (le client `cfa` et son secret sont
 * fournis par le scénario), autres options de l'émulateur (routes absentes, réponse objet,
 * statut « introuvable ») et compléments de la configuration du client (scope, clé privée).
 *
 * @example
 * ```ts
 * const d: DialogueEmulateurOpco = {
 *   authentification: { scope: "api://api-convergence/.default", cheminJeton: "/tenant-cfa/oauth2/v2.0/token" },
 *   emulateur: { reponseObjet: true },
 * };
 * ```
 */
export interface DialogueEmulateurOpco {
  readonly authentification?: Omit<Extract<AuthentificationEmulee, { type: "oauth2" }>, "type" | "clientId" | "clientSecret">;
  readonly emulateur?: Omit<OptionsEmulateurApiConvergence, "cleApi" | "authentification">;
  readonly client?: Pick<ConfigurationClientOpco, "scope" | "clePrivee" | "tenant">;
}

/**
 * Attendus d'un paquet d'OPCO vérifiés par `verifierOpcoContreEmulateur` : ses exports,
 * son nom d'affichage, le nombre d'IDCC et de codes RNCP, la matrice datée des capacités,
 * la saveur d'authentification, le nombre de particularités et le dialogue avec l'émulateur.
 *
 * @example
 * ```ts
 * import * as paquet from "./index.js";
 * const s: ScenarioOpcoApiConvergence = {
 *   nom: "ATLAS", slug: "atlas", paquet, creerClient: paquet.creerClientAtlas, nombreIdcc: 20,
 *   listeRncp: { fichier: "atlas.csv", copieLocale: new URL("../data/atlas.csv", import.meta.url), nombreCodes: 1992 },
 *   capacites: { contrats_v1: "production", contrats_v2: "production", factures: "production", etats_factures: "production", conventions: "production", certificats: "absent" },
 *   saveurAuthentification: "scope_api", nombreParticularites: 0,
 * };
 * ```
 */
export interface ScenarioOpcoApiConvergence {
  /** Nom d'affichage de l'OPCO dans les libellés des tests (« AFDAS », « OPCO 2i »…). */
  readonly nom: string;
  readonly slug: SlugOpco;
  /** Exports du paquet de l'OPCO (`import * as paquet from "./index.js"`). */
  readonly paquet: Omit<OpcoApiConvergence, "creerClient">;
  readonly creerClient: (config: ConfigurationClientOpco) => ClientApiConvergence;
  readonly nombreIdcc: number;
  /** Liste RNCP attendue (fichier copié dans `data/` et nombre de codes), ou `null` si l'OPCO n'en a pas transmis. */
  readonly listeRncp: { readonly fichier: string; readonly copieLocale: URL; readonly nombreCodes: number } | null;
  /** Matrice attendue : état de chaque capacité, dans l'ordre où le paquet les expose. */
  readonly capacites: Readonly<Record<NomCapaciteApi, CapaciteApiOpco["etat"]>>;
  readonly saveurAuthentification: string;
  readonly nombreParticularites: number;
  /**
   * Prépare le dialogue (appelée dans le test, par exemple pour générer une paire de clés).
   * Par défaut, et pour chaque réglage qu'il ne donne pas : le scope du profil
   * d'authentification du paquet et, comme routes absentes de l'émulateur, celles des
   * capacités non disponibles de sa matrice.
   */
  readonly dialogue?: () => DialogueEmulateurOpco;
}
