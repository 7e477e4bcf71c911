import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createServerTls } from "node:https";
import type { AddressInfo } from "node:net";

/**
 * Méthode HTTP acceptée par une route d'émulateur.
 *
 * @example
 * ```ts
 * const methode: MethodeEmulateur = "POST";
 * ```
 */
export type MethodeEmulateur = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * Requête reçue par un émulateur, telle que la voit un gestionnaire de route.
 *
 * @example
 * ```ts
 * const gerer = (requete: RequeteEmulateur) => ({ statut: 200, corps: { siret: requete.parametresChemin["siret"] } });
 * ```
 */
export interface RequeteEmulateur {
  readonly methode: string;
  /** Chemin sans la chaîne de requête, ex. `/api/organisme/v1/organismes`. */
  readonly chemin: string;
  /** Paramètres nommés du motif de route (`:siret` → `parametresChemin.siret`). */
  readonly parametresChemin: Readonly<Record<string, string>>;
  /** Paramètres de la chaîne de requête. */
  readonly parametres: URLSearchParams;
  readonly entetes: IncomingHttpHeaders;
  /** Corps brut reçu (chaîne vide sans corps). */
  readonly corpsTexte: string;
  /** Octets bruts du corps (formulaires multipart, fichiers binaires). */
  readonly corpsOctets?: Uint8Array;
  /** Corps JSON décodé, `undefined` si absent ou non JSON. */
  readonly corps: unknown;
}

/**
 * Réponse produite par un gestionnaire de route ou par une panne.
 *
 * @example
 * ```ts
 * const reponse: ReponseEmulateur = { statut: 404, corps: { message: "introuvable" } };
 * ```
 */
export interface ReponseEmulateur {
  readonly statut: number;
  /**
   * Corps sérialisé en JSON ; une chaîne est envoyée telle quelle, des octets (`Uint8Array`, un PDF
   * par exemple) aussi, avec le `content-type` donné dans `entetes`.
   */
  readonly corps?: unknown;
  readonly entetes?: Readonly<Record<string, string>>;
}

/**
 * Route d'un émulateur : méthode, motif (segments `:nom` capturés) et gestionnaire.
 *
 * @example
 * ```ts
 * const route: RouteEmulateur = {
 *   methode: "GET",
 *   motif: "/v1/organismes/:siret",
 *   gerer: (requete) => ({ statut: 200, corps: { siret: requete.parametresChemin["siret"] } }),
 * };
 * ```
 */
export interface RouteEmulateur {
  readonly methode: MethodeEmulateur;
  readonly motif: string;
  readonly gerer: (requete: RequeteEmulateur) => ReponseEmulateur | Promise<ReponseEmulateur>;
}

/**
 * Panne injectée à la demande. Les pannes sont consommées dans l'ordre, chacune
 * `fois` fois (1 par défaut), sur les requêtes dont le chemin commence par `route` (toutes sinon).
 *
 * - `trop_de_requetes` : 429 avec `Retry-After` (secondes ou date HTTP) ;
 * - `erreur_serveur` : 500 (ou le statut donné) ;
 * - `json_malforme` : 200 avec un corps JSON tronqué ;
 * - `blocage` : en-têtes 200 puis un début de corps, et plus rien (la connexion reste ouverte) ;
 * - `latence` : délai supplémentaire avant la réponse normale ;
 * - `reponse` : réponse imposée (ex. un corps au schéma modifié) ;
 * - `coupure` : connexion détruite sans réponse (erreur réseau côté client).
 *
 * @example
 * ```ts
 * const pannes: PanneEmulateur[] = [{ type: "trop_de_requetes", retryAfter: 1 }, { type: "erreur_serveur", fois: 2 }];
 * ```
 */
export type PanneEmulateur = { readonly fois?: number; readonly route?: string } & (
  | { readonly type: "trop_de_requetes"; readonly retryAfter?: number | string }
  | { readonly type: "erreur_serveur"; readonly statut?: number }
  | { readonly type: "json_malforme" }
  | { readonly type: "blocage" }
  | { readonly type: "latence"; readonly ms: number }
  | { readonly type: "reponse"; readonly reponse: ReponseEmulateur }
  | { readonly type: "coupure" }
);

/**
 * Options communes à tous les émulateurs.
 *
 * @example
 * ```ts
 * const options: OptionsEmulateur = { latenceMs: 5, limiteParSeconde: 50, pannes: [{ type: "erreur_serveur" }] };
 * ```
 */
export interface OptionsEmulateur {
  /** Latence ajoutée à chaque réponse, en ms. @default 0 */
  readonly latenceMs?: number;
  /**
   * Débit autorisé (seau à jetons de capacité `limiteParSeconde`, rechargé à `limiteParSeconde` jetons/s).
   * Au-delà : 429 avec `Retry-After: 1`. @default illimité
   */
  readonly limiteParSeconde?: number;
  /** Pannes initiales (d'autres s'ajoutent par `ajouterPanne`). @default [] */
  readonly pannes?: readonly PanneEmulateur[];
}

/**
 * Ligne du journal des requêtes reçues.
 *
 * @example
 * ```ts
 * const ligne: LigneJournalEmulateur = { methode: "GET", url: "/v1/x?a=1", statut: 200, recueA: 12.5 };
 * ```
 */
export interface LigneJournalEmulateur {
  readonly methode: string;
  /** Chemin et chaîne de requête. */
  readonly url: string;
  /** Statut renvoyé (0 pour une coupure). */
  statut: number;
  /** Instant de réception en ms depuis le démarrage de l'émulateur. */
  readonly recueA: number;
}

/**
 * Statistiques observables d'un émulateur (mises à jour en direct).
 *
 * @example
 * ```ts
 * expect(emulateur.statistiques.requetes).toBe(3);
 * ```
 */
export interface StatistiquesEmulateur {
  /** Requêtes reçues (toutes issues confondues). */
  requetes: number;
  /** Réponses 429 envoyées (limite de débit ou panne). */
  reponses429: number;
  /** Réponses 5xx envoyées. */
  reponses5xx: number;
  /** Requêtes refusées pour authentification absente ou invalide (401/403). */
  refusAuthentification: number;
  /** Nombre maximal de requêtes traitées simultanément. */
  concurrenceMax: number;
  readonly journal: LigneJournalEmulateur[];
}

/**
 * Émulateur démarré : URL de base (`http://127.0.0.1:<port>`), statistiques, pannes, arrêt.
 *
 * @example
 * ```ts
 * const emulateur = await demarrerServeurEmulateur({ routes: [] });
 * try { await fetch(emulateur.url); } finally { await emulateur.arreter(); }
 * ```
 */
export interface EmulateurHttp {
  readonly url: string;
  readonly statistiques: StatistiquesEmulateur;
  /** Ajoute une panne en fin de file. */
  ajouterPanne(panne: PanneEmulateur): void;
  /** Remet les statistiques à zéro et vide la file de pannes. */
  reinitialiser(): void;
  /** Ferme le serveur et toutes les connexions ouvertes (y compris bloquées). */
  arreter(): Promise<void>;
}

/**
 * Définition d'un serveur d'émulation : routes, contrôle d'authentification et options.
 *
 * @example
 * ```ts
 * const definition: DefinitionServeurEmulateur = { routes: [], latenceMs: 2 };
 * ```
 */
export interface DefinitionServeurEmulateur extends OptionsEmulateur {
  readonly routes: readonly RouteEmulateur[];
  /**
   * Sert en HTTPS (URL `https://127.0.0.1:<port>`) avec cette clé et ce certificat ; `ca` et
   * `exigerCertificatClient` imposent un certificat client signé par cette autorité (TLS mutuel).
   */
  readonly tls?: {
    readonly cle: string;
    readonly certificat: string;
    readonly ca?: string;
    readonly exigerCertificatClient?: boolean;
  };
  /**
   * Contrôle d'authentification appliqué avant la route : renvoie une réponse (401/403) pour refuser,
   * `undefined` pour accepter.
   */
  readonly authentifier?: (requete: RequeteEmulateur) => ReponseEmulateur | undefined;
}

interface RouteCompilee {
  readonly route: RouteEmulateur;
  readonly segments: readonly string[];
}

interface PanneEnCours {
  readonly panne: PanneEmulateur;
  restantes: number;
}

function decouper(chemin: string): string[] {
  return chemin.split("/").filter((segment) => segment.length > 0);
}

function correspondre(compilee: RouteCompilee, segments: readonly string[]): Record<string, string> | undefined {
  if (compilee.segments.length !== segments.length) return undefined;
  const parametres: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const attendu = compilee.segments[i] ?? "";
    const recu = segments[i] ?? "";
    if (attendu.startsWith(":")) {
      parametres[attendu.slice(1)] = decodeURIComponent(recu);
    } else if (attendu !== recu) {
      return undefined;
    }
  }
  return parametres;
}

function lireCorps(requete: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const morceaux: Buffer[] = [];
    requete.on("data", (morceau: Buffer) => morceaux.push(morceau));
    requete.on("end", () => resolve(Buffer.concat(morceaux)));
    requete.on("error", reject);
  });
}

function decoderJson(texte: string): unknown {
  if (texte.length === 0) return undefined;
  try {
    return JSON.parse(texte) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Démarre un serveur `node:http` réel sur 127.0.0.1 (port libre choisi par le système) qui sert
 * les routes données, avec latence, limite de débit (429 + `Retry-After`) et pannes à la demande.
 * Base commune de tous les émulateurs d'API de `@communs-opco/test-support`.
 *
 * @example
 * ```ts
 * const emulateur = await demarrerServeurEmulateur({
 *   routes: [{ methode: "GET", motif: "/ping", gerer: () => ({ statut: 200, corps: { ok: true } }) }],
 *   pannes: [{ type: "trop_de_requetes", retryAfter: 1 }],
 * });
 * const reponse = await fetch(`${emulateur.url}/ping`); // 429, puis 200 à la requête suivante
 * await emulateur.arreter();
 * ```
 */
export async function demarrerServeurEmulateur(definition: DefinitionServeurEmulateur): Promise<EmulateurHttp> {
  const routes: RouteCompilee[] = definition.routes.map((route) => ({ route, segments: decouper(route.motif) }));
  const latenceMs = definition.latenceMs ?? 0;
  const limite = definition.limiteParSeconde;
  const debut = performance.now();
  const minuteries = new Set<NodeJS.Timeout>();
  let pannes: PanneEnCours[] = (definition.pannes ?? []).map((panne) => ({ panne, restantes: panne.fois ?? 1 }));
  let jetons = limite ?? 0;
  let dernierRechargement = performance.now();
  let enCours = 0;
  let arrete = false;

  const statistiques: StatistiquesEmulateur = {
    requetes: 0,
    reponses429: 0,
    reponses5xx: 0,
    refusAuthentification: 0,
    concurrenceMax: 0,
    journal: [],
  };

  function attendre(ms: number): Promise<void> {
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const minuterie = setTimeout(() => {
        minuteries.delete(minuterie);
        resolve();
      }, ms);
      minuteries.add(minuterie);
    });
  }

  function prendreJeton(): boolean {
    if (limite === undefined) return true;
    const maintenant = performance.now();
    jetons = Math.min(limite, jetons + ((maintenant - dernierRechargement) / 1000) * limite);
    dernierRechargement = maintenant;
    if (jetons >= 1) {
      jetons -= 1;
      return true;
    }
    return false;
  }

  function prendrePanne(chemin: string): PanneEmulateur | undefined {
    const index = pannes.findIndex((enAttente) => enAttente.panne.route === undefined || chemin.startsWith(enAttente.panne.route));
    if (index < 0) return undefined;
    const enAttente = pannes[index];
    if (enAttente === undefined) return undefined;
    enAttente.restantes -= 1;
    if (enAttente.restantes <= 0) pannes.splice(index, 1);
    return enAttente.panne;
  }

  function envoyer(reponse: ServerResponse, resultat: ReponseEmulateur, ligne: LigneJournalEmulateur): void {
    ligne.statut = resultat.statut;
    if (resultat.statut === 429) statistiques.reponses429 += 1;
    if (resultat.statut >= 500) statistiques.reponses5xx += 1;
    if (resultat.statut === 401 || resultat.statut === 403) statistiques.refusAuthentification += 1;
    if (reponse.destroyed) return;
    const corps =
      resultat.corps === undefined
        ? ""
        : typeof resultat.corps === "string" || resultat.corps instanceof Uint8Array
          ? resultat.corps
          : JSON.stringify(resultat.corps);
    reponse.writeHead(resultat.statut, {
      "content-type": "application/json; charset=utf-8",
      "content-length": (typeof corps === "string" ? Buffer.byteLength(corps) : corps.byteLength).toString(),
      ...resultat.entetes,
    });
    reponse.end(corps);
  }

  async function traiter(requeteHttp: IncomingMessage, reponse: ServerResponse): Promise<void> {
    const adresse = new URL(requeteHttp.url ?? "/", "http://127.0.0.1");
    const ligne: LigneJournalEmulateur = {
      methode: requeteHttp.method ?? "GET",
      url: `${adresse.pathname}${adresse.search}`,
      statut: 0,
      recueA: performance.now() - debut,
    };
    statistiques.requetes += 1;
    statistiques.journal.push(ligne);
    const corpsOctets = await lireCorps(requeteHttp);
    const corpsTexte = corpsOctets.toString("utf8");

    if (!prendreJeton()) {
      envoyer(reponse, { statut: 429, corps: { message: "Trop de requêtes" }, entetes: { "retry-after": "1" } }, ligne);
      return;
    }

    const panne = prendrePanne(adresse.pathname);
    await attendre(latenceMs + (panne?.type === "latence" ? panne.ms : 0));
    if (arrete) return;

    if (panne !== undefined) {
      switch (panne.type) {
        case "trop_de_requetes": {
          const entetes: Record<string, string> =
            panne.retryAfter === undefined ? {} : { "retry-after": String(panne.retryAfter) };
          envoyer(reponse, { statut: 429, corps: { message: "Trop de requêtes" }, entetes }, ligne);
          return;
        }
        case "erreur_serveur":
          envoyer(reponse, { statut: panne.statut ?? 500, corps: { message: "Erreur interne" } }, ligne);
          return;
        case "json_malforme":
          envoyer(reponse, { statut: 200, corps: '{"data": [{"siret": "1234' }, ligne);
          return;
        case "blocage":
          ligne.statut = 200;
          reponse.writeHead(200, { "content-type": "application/json; charset=utf-8" });
          reponse.write('{"data": [');
          return;
        case "reponse":
          envoyer(reponse, panne.reponse, ligne);
          return;
        case "coupure":
          reponse.socket?.destroy();
          return;
        case "latence":
          break;
      }
    }

    const segments = decouper(adresse.pathname);
    let trouvee: { route: RouteEmulateur; parametresChemin: Record<string, string> } | undefined;
    let cheminConnu = false;
    for (const compilee of routes) {
      const parametresChemin = correspondre(compilee, segments);
      if (parametresChemin === undefined) continue;
      cheminConnu = true;
      if (compilee.route.methode === requeteHttp.method) {
        trouvee = { route: compilee.route, parametresChemin };
        break;
      }
    }
    if (trouvee === undefined) {
      envoyer(
        reponse,
        cheminConnu
          ? { statut: 405, corps: { message: "Méthode non autorisée" } }
          : { statut: 404, corps: { message: "Route inconnue" } },
        ligne,
      );
      return;
    }
    const requete: RequeteEmulateur = {
      methode: requeteHttp.method ?? "GET",
      chemin: adresse.pathname,
      parametresChemin: trouvee.parametresChemin,
      parametres: adresse.searchParams,
      entetes: requeteHttp.headers,
      corpsTexte,
      corpsOctets: new Uint8Array(corpsOctets),
      corps: decoderJson(corpsTexte),
    };
    const refus = definition.authentifier?.(requete);
    if (refus !== undefined) {
      envoyer(reponse, refus, ligne);
      return;
    }
    envoyer(reponse, await trouvee.route.gerer(requete), ligne);
  }

  const gerer = (requeteHttp: IncomingMessage, reponse: ServerResponse): void => {
    enCours += 1;
    statistiques.concurrenceMax = Math.max(statistiques.concurrenceMax, enCours);
    reponse.on("close", () => {
      enCours -= 1;
    });
    traiter(requeteHttp, reponse).catch((erreur: unknown) => {
      const message = erreur instanceof Error ? erreur.message : String(erreur);
      if (!reponse.headersSent && !reponse.destroyed) {
        reponse.writeHead(500, { "content-type": "application/json; charset=utf-8" });
        reponse.end(JSON.stringify({ message: `Erreur de l'émulateur : ${message}` }));
      }
    });
  };
  const tls = definition.tls;
  const serveur =
    tls === undefined
      ? createServer(gerer)
      : createServerTls(
          {
            key: tls.cle,
            cert: tls.certificat,
            ...(tls.ca === undefined ? {} : { ca: tls.ca }),
            requestCert: tls.exigerCertificatClient === true,
            rejectUnauthorized: tls.exigerCertificatClient === true,
          },
          gerer,
        );
  serveur.keepAliveTimeout = 1000;

  await new Promise<void>((resolve, reject) => {
    serveur.once("error", reject);
    serveur.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = serveur.address() as AddressInfo;

  return {
    url: `${tls === undefined ? "http" : "https"}://127.0.0.1:${port}`,
    statistiques,
    ajouterPanne(panne) {
      pannes.push({ panne, restantes: panne.fois ?? 1 });
    },
    reinitialiser() {
      pannes = [];
      statistiques.requetes = 0;
      statistiques.reponses429 = 0;
      statistiques.reponses5xx = 0;
      statistiques.refusAuthentification = 0;
      statistiques.concurrenceMax = 0;
      statistiques.journal.length = 0;
      jetons = limite ?? 0;
      dernierRechargement = performance.now();
    },
    arreter() {
      arrete = true;
      for (const minuterie of minuteries) clearTimeout(minuterie);
      minuteries.clear();
      return new Promise<void>((resolve, reject) => {
        serveur.close((erreur) => (erreur ? reject(erreur) : resolve()));
        serveur.closeAllConnections();
      });
    },
  };
}
