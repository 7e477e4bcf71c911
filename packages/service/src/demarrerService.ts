import type { AddressInfo } from "node:net";
import { createServer, type Server } from "node:http";
import { readFileSync } from "node:fs";
import { getRequestListener } from "@hono/node-server";
import { chargerServiceSignature, type ServiceSignature } from "@communs-opco/signature";
import type { ConfigurationService } from "./ConfigurationService";
import { creerApplication, type ApplicationService } from "./creerApplication";
import type { ModuleRoutes } from "./ModuleRoutes";

/**
 * Options de démarrage : configuration de l'application, adresse d'écoute et délais du serveur.
 *
 * @example
 * ```ts
 * const o: OptionsDemarrage = { port: 8080, hote: "127.0.0.1", referentiels: ["embarque"] };
 * ```
 */
export interface OptionsDemarrage extends ConfigurationService {
  /** Port TCP (par défaut 8080 ; 0 : un port libre). */
  readonly port?: number;
  /** Adresse d'écoute (par défaut 127.0.0.1). */
  readonly hote?: string;
  /** Délai de réception des en-têtes d'une requête (par défaut 20 s) : contre les clients lents (slow-loris). */
  readonly delaiEnTetesMs?: number;
  /** Délai de réception d'une requête entière, corps compris (par défaut 300 s). */
  readonly delaiReceptionMs?: number;
  /** Période de vérification de ces délais (par défaut 1 s). */
  readonly intervalleVerificationMs?: number;
  /** Délai laissé aux requêtes en cours à l'arrêt avant de couper les connexions (par défaut 25 s). */
  readonly delaiArretMs?: number;
  /** À l'arrêt, durée sans aucune requête en cours avant de fermer l'écoute (par défaut 250 ms). */
  readonly reposArretMs?: number;
  /** Arrêt gracieux sur SIGTERM et SIGINT (vrai par défaut). */
  readonly signaux?: boolean;
  /** Modules de routes (par défaut `modulesStandard`). */
  readonly modules?: readonly ModuleRoutes[];
}

/**
 * Service démarré : son adresse, l'application et l'arrêt gracieux.
 *
 * @example
 * ```ts
 * const service = await demarrerService({ port: 0 });
 * console.log(service.url);
 * await service.arreter();
 * ```
 */
export interface ServiceDemarre {
  readonly url: string;
  readonly port: number;
  readonly hote: string;
  readonly application: ApplicationService;
  readonly serveur: Server;
  /** Arrêt gracieux : les nouvelles requêtes reçoivent 503, celles en cours se terminent, puis le serveur se ferme. */
  arreter(): Promise<void>;
}

/**
 * Charge les référentiels puis démarre le service HTTP (Node) ; résolue quand il écoute. Avec
 * `signaux`, SIGTERM et SIGINT déclenchent l'arrêt gracieux puis la fin du processus.
 *
 * @example
 * ```ts
 * const service = await demarrerService({ port: 8080, hote: "0.0.0.0", referentiels: ["embarque"] });
 * process.stdout.write(`Service Communs OPCO à l'écoute sur ${service.url}\n`);
 * ```
 */
export async function demarrerService(options: OptionsDemarrage = {}): Promise<ServiceDemarre> {
  const signature = options.signature ?? signatureDeLEnvironnement(process.env);
  const application = creerApplication(signature === undefined ? options : { ...options, signature }, options.modules === undefined ? {} : { modules: options.modules });
  await application.pret;
  const hote = options.hote ?? "127.0.0.1";
  // Écoute de l'application Hono (comme `serve` de @hono/node-server), précédée des routes directes
  // (contrôle d'un contrat JSON) traitées sans la pile Hono.
  const ecoute = application.ecouteurNode(getRequestListener(application.app.fetch, { hostname: hote }));
  const serveur = createServer(
    {
      headersTimeout: options.delaiEnTetesMs ?? 20_000,
      requestTimeout: options.delaiReceptionMs ?? 300_000,
      connectionsCheckingInterval: options.intervalleVerificationMs ?? 1_000,
    },
    ecoute,
  );
  await new Promise<void>((resoudre, rejeter) => {
    serveur.once("error", rejeter);
    serveur.listen(options.port ?? 8080, hote, () => {
      serveur.off("error", rejeter);
      resoudre();
    });
  });
  const port = (serveur.address() as AddressInfo).port;
  let arret: Promise<void> | undefined;
  const arreter = (): Promise<void> => {
    arret ??= new Promise<void>((resoudre) => {
      application.commencerArret();
      const forcer = setTimeout(() => serveur.closeAllConnections(), options.delaiArretMs ?? 25_000);
      forcer.unref();
      // Le serveur écoute encore tant que des requêtes arrivent (elles reçoivent 503 et
      // « Connection: close ») : une connexion acceptée mais pas encore lue n'est jamais coupée.
      // Il ferme après `reposArretMs` sans aucune requête en cours.
      const repos = options.reposArretMs ?? 250;
      let calme = 0;
      const surveiller = setInterval(() => {
        calme = application.enCours() === 0 ? calme + 50 : 0;
        if (calme < repos) return;
        clearInterval(surveiller);
        serveur.close(() => {
          clearTimeout(forcer);
          resoudre();
        });
        serveur.closeIdleConnections();
      }, 50);
    });
    return arret;
  };
  if (options.signaux !== false) {
    const surSignal = (signal: NodeJS.Signals) => {
      application.contexte.journal.info({ signal }, "arrêt demandé : fin des requêtes en cours");
      void arreter().then(() => {
        application.contexte.journal.info({}, "service arrêté");
        // Le journal est écrit en asynchrone : il est vidé avant la fin du processus.
        application.contexte.journal.flush(() => process.exit(0));
      });
    };
    process.once("SIGTERM", surSignal);
    process.once("SIGINT", surSignal);
  }
  const hoteUrl = hote.includes(":") ? `[${hote}]` : hote;
  return { url: `http://${hoteUrl}:${port}`, port, hote, application, serveur, arreter };
}

/**
 * Service de signature configuré par l'environnement : `OPCO_SIGNATURE_CERTIFICAT` (chemin d'un
 * fichier PKCS#12) et `OPCO_CERTIFICAT_MOT_DE_PASSE`. Sans la première variable : `undefined`.
 * Un fichier illisible ou un mauvais mot de passe empêche le démarrage (message sans le secret).
 */
function signatureDeLEnvironnement(env: NodeJS.ProcessEnv): ServiceSignature | undefined {
  const chemin = env["OPCO_SIGNATURE_CERTIFICAT"];
  if (chemin === undefined || chemin === "") return undefined;
  let p12: Uint8Array;
  try {
    p12 = readFileSync(chemin);
  } catch (erreur) {
    throw new Error(`OPCO_SIGNATURE_CERTIFICAT : fichier du certificat illisible (${(erreur as { code?: string }).code ?? "erreur de lecture"})`);
  }
  const r = chargerServiceSignature(p12, env["OPCO_CERTIFICAT_MOT_DE_PASSE"] ?? "");
  if (!r.ok) throw new Error(`OPCO_SIGNATURE_CERTIFICAT : ${r.erreur.message}`);
  return r.service;
}
