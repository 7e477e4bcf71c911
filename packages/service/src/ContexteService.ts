import type { ControleAvantPaiement } from "@communs-opco/cli";
import type { ReferentielHorsLigne } from "@communs-opco/referentiels";
import type { ServiceSignature } from "@communs-opco/signature";
import type { Logger } from "pino";
import type { MetriquesService } from "./MetriquesService";
import type { ReponseService, RequeteService } from "./RequeteService";
import type { SourceOffresLba } from "./SourceOffresLba";
import type { UsageCles } from "./UsageCles";

/**
 * Ressources partagées que l'application donne à chaque module de routes : limites, référentiels
 * chargés au démarrage (sans état entre deux requêtes), métriques, usage et journal.
 *
 * @example
 * ```ts
 * const controle = contexte.controle("embarque"); // ControleAvantPaiement | undefined
 * ```
 */
export interface ContexteService {
  readonly limiteCorpsOctets: number;
  readonly limiteNdjsonOctets: number;
  /** Source des vérifications par défaut (la première donnée au démarrage). */
  readonly referentielParDefaut: string;
  /** Sources permises pour `?referentiel=` (celles du démarrage, plus `aucun`). */
  readonly referentielsPermis: readonly string[];
  /** Vérifications avant paiement d'une source permise (`undefined` pour `aucun`) ; lève 422 sinon. */
  controle(referentiel: string | undefined): ControleAvantPaiement | undefined;
  /** Référentiel hors ligne (instantané par défaut) pour le NPEC, le financement, la complétion. */
  referentielHorsLigne(): ReferentielHorsLigne;
  /** Date du jour à Paris, lue à la frontière du service quand la requête n'en donne pas. */
  dateDuJour(): string;
  /** Vrai quand les référentiels sont chargés et que le service n'est pas en arrêt. */
  pret(): boolean;
  /** Vrai quand des clés d'API sont configurées (authentification obligatoire). */
  readonly clesActivees: boolean;
  /** Service de signature configuré au démarrage (`undefined` : signature non configurée). */
  readonly signature: ServiceSignature | undefined;
  /** Offres de La bonne alternance (`undefined` : aucun jeton configuré, `GET /v1/offres` répond 503). */
  readonly offres: SourceOffresLba | undefined;
  /** Vrai quand `?enClair=true` est permis (option du démarrage) ; sinon toute réponse est masquée. */
  readonly enClairAutorise: boolean;
  /**
   * Déclare le traitement direct d'une route `POST` à corps `application/json` déjà montée dans
   * l'application Hono : sous le serveur Node (`ecouteurNode`), ces requêtes-là sont traitées sans la
   * pile Hono, avec le même traitement et les mêmes préoccupations du service (identifiant, arrêt, clés,
   * débit, délai, journal, métriques, usage, problèmes). CORS configuré : tout passe par Hono.
   * Sur ce chemin, le corps est reçu (dans la limite `limiteCorpsOctets`) avant l'appel du traitement,
   * qui le lit sans attendre par `requete.octetsRecus()` ; un traitement qui répond sans promesse
   * (sans vérification asynchrone) est écrit dans le même tour de la boucle d'événements.
   */
  routeDirecte(chemin: string, traitement: (requete: RequeteService) => ReponseService | Promise<ReponseService>): void;
  readonly metriques: MetriquesService;
  readonly usage: UsageCles;
  readonly journal: Logger;
}
