import type { EnvironnementReferentiels } from "@communs-opco/referentiels";
import type { Logger } from "pino";
import type { ServiceSignature } from "@communs-opco/signature";
import type { CleApi } from "./CleApi";
import type { ConfigurationOffresLba, EnvironnementOffresLba } from "./ConfigurationOffresLba";

/**
 * Configuration du service HTTP. Seul `referentiels` est à choisir en pratique : tout le reste a
 * une valeur par défaut de production (voir docs/service.md).
 *
 * @example
 * ```ts
 * const configuration: ConfigurationService = { referentiels: ["embarque"], limiteCorpsOctets: 10 * 1024 * 1024 };
 * ```
 */
export interface ConfigurationService {
  /**
   * Sources des vérifications avant paiement chargées au démarrage, la première étant celle par
   * défaut : `embarque`, `en-ligne`, `mixte`, `aucun` ou le dossier d'un instantané local.
   * Chaque requête peut choisir parmi elles (`?referentiel=`) ; `aucun` est toujours permis.
   */
  readonly referentiels?: readonly string[];
  /** Répertoire de résolution des dossiers d'instantanés (par défaut, le répertoire courant). */
  readonly repertoire?: string;
  /** Taille maximale d'un corps JSON ou d'un fichier à convertir (par défaut 10 Mio). */
  readonly limiteCorpsOctets?: number;
  /** Taille maximale d'un lot NDJSON (par défaut 100 Mio). */
  readonly limiteNdjsonOctets?: number;
  /** Clés d'API acceptées (empreintes) ; absentes : service ouvert, sans authentification. */
  readonly clesApi?: ReadonlyMap<string, CleApi>;
  /** Limite de débit par clé (ou par adresse sans clés) : requêtes par fenêtre (par défaut 600 par minute). */
  readonly debit?: { readonly limite: number; readonly fenetreMs: number };
  /** Délai maximal de traitement d'une requête avant un problème 503 (par défaut 30 s). */
  readonly delaiRequeteMs?: number;
  /** Origines autorisées en CORS (aucune par défaut : CORS désactivé). `*` autorise toutes les origines. */
  readonly cors?: readonly string[];
  /** Journal pino (par défaut : JSON sur la sortie standard, niveau `info`). */
  readonly journal?: Logger;
  /** Horloge (millisecondes) : injectée par les tests. */
  readonly maintenant?: () => number;
  /**
   * Variables des référentiels en ligne (clés API Apprentissage, SIRO…) et de La bonne alternance
   * (`COMMUNS_OPCO_LBA_JETON`, `COMMUNS_OPCO_LBA_URL`) : par défaut `process.env`.
   */
  readonly environnement?: EnvironnementReferentiels & EnvironnementOffresLba;
  /** La bonne alternance pour `GET /v1/offres` ; absente : lue de `environnement` (sans jeton, la route répond 503). */
  readonly lba?: ConfigurationOffresLba;
  /**
   * Dossier des fichiers du formulaire web (composants `@communs-opco/formulaire-web` construits)
   * servis à `/formulaire/` ; absent : rien n'est servi à `/formulaire/`.
   */
  readonly dossierFormulaire?: string;
  /** Service de signature (certificat chargé au démarrage) : absent, `POST /v1/signature/signer` répond 503. */
  readonly signature?: ServiceSignature;
  /**
   * Permet aux requêtes de demander leurs données personnelles en clair (`?enClair=true`) ; faux par
   * défaut : toute réponse est masquée et `?enClair=true` répond 403. `opco serveur` l'active avec
   * `--en-clair-autorise` ou la variable `OPCO_EN_CLAIR_AUTORISE=1`.
   */
  readonly enClairAutorise?: boolean;
  /** Collecte des métriques du processus (mémoire, boucle d'événements) : vrai par défaut. */
  readonly metriquesProcessus?: boolean;
}
