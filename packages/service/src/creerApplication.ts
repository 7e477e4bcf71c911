import { ControleAvantPaiement, dateDuJour, resoudreReferentielControle, ErreurUsage } from "@communs-opco/cli";
import { OpenAPIHono } from "@hono/zod-openapi";
import { chargerInstantaneEmbarque, ReferentielHorsLigne } from "@communs-opco/referentiels";
import { cors } from "hono/cors";
import type { Context } from "hono";
import { routePath } from "hono/route";
import { getQueryParam } from "hono/utils/url";
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import pino from "pino";
import type { ConfigurationService } from "./ConfigurationService";
import type { ContexteService } from "./ContexteService";
import { empreinteCle, type CleApi } from "./CleApi";
import type { EnvService } from "./EnvService";
import { EcheancierDelais } from "./EcheancierDelais";
import { entrante, lireEntete } from "./lireEntete";
import { ligneJournalRequete } from "./ligneJournalRequete";
import { ErreurProbleme } from "./ErreurProbleme";
import { LimiteurDebit } from "./LimiteurDebit";
import { MetriquesService } from "./MetriquesService";
import type { ModuleRoutes } from "./ModuleRoutes";
import { modulesStandard } from "./modulesStandard";
import { configurationOffresLbaDepuis } from "./ConfigurationOffresLba";
import { servirRessources } from "./routes/servirRessources";
import { SourceOffresLba } from "./SourceOffresLba";
import { problemeHttp, reponseProbleme } from "./reponseProbleme";
import { erreurCorpsTropGrand, longueurRefusee, typeDeContenu } from "./lireCorps";
import { IdentifiantsRequete } from "./IdentifiantsRequete";
import type { ReponseService, RequeteService } from "./RequeteService";
import { UsageCles } from "./UsageCles";

/**
 * Application du service : l'application Hono (à passer à un serveur, ou à appeler par
 * `app.request()` dans les tests), son contexte, la promesse du chargement des référentiels, et
 * l'arrêt gracieux (les nouvelles requêtes reçoivent 503, celles en cours se terminent).
 *
 * @example
 * ```ts
 * const service = creerApplication({ referentiels: ["embarque"] });
 * await service.pret;
 * const reponse = await service.app.request("/v1/formats");
 * ```
 */
export interface ApplicationService {
  readonly app: OpenAPIHono<EnvService>;
  readonly contexte: ContexteService;
  /** Résolue quand les référentiels sont chargés ; rejetée (en français) si l'un est illisible. */
  readonly pret: Promise<void>;
  /** Passe en arrêt : `/pret` répond 503 et toute nouvelle requête reçoit un problème 503. */
  commencerArret(): void;
  /** Nombre de requêtes en cours (réponses en flux comprises). */
  enCours(): number;
  /**
   * Écoute du serveur Node (`node:http`) : les routes directes (`contexte.routeDirecte`, dont
   * `POST /v1/contrats/controle` en JSON) y sont traitées sans la pile Hono, avec les mêmes
   * préoccupations du service ; toute autre requête va à `suivant` (l'écoute de l'application Hono).
   */
  ecouteurNode(suivant: RequestListener): RequestListener;
}

const ID_REQUETE = /^[\w.-]{1,64}$/;

/** Taille en octets par défaut : 10 Mio pour un corps, 100 Mio pour un lot NDJSON. */
const MIO = 1024 * 1024;

/**
 * Crée l'application HTTP du service Communs OPCO : OpenAPI 3.1 généré des schémas zod
 * (`/openapi.json`), problèmes RFC 9457 en français, clés d'API facultatives (empreintes),
 * limite de débit par clé (`RateLimit-*`, 429 + `Retry-After`), délai de traitement, journal
 * JSON sans donnée personnelle, métriques Prometheus, usage par clé, CORS désactivé par défaut.
 * Les modules de routes (`modulesStandard` par défaut) se montent par `options.modules`.
 *
 * @example
 * ```ts
 * const { app, pret } = creerApplication({ referentiels: ["embarque", "aucun"] }, { modules: [...modulesStandard, routesSignature] });
 * ```
 */
export function creerApplication(configuration: ConfigurationService = {}, options: { modules?: readonly ModuleRoutes[] } = {}): ApplicationService {
  const maintenant = configuration.maintenant ?? (() => Date.now());
  // Journal écrit sans bloquer le traitement, par paquets : les lignes s'accumulent jusqu'à 4 Kio avant
  // une écriture sur la sortie standard (une écriture système par ligne coûtait autant que le routage),
  // et le tampon est vidé au moins chaque seconde (`periodicFlush`) et à l'arrêt (`demarrerService`) ;
  // tampon borné à 16 Mio : si le collecteur ne lit plus la sortie standard, les lignes en trop sont perdues.
  const journal =
    configuration.journal ??
    pino(
      { base: { service: "communs-opco" }, timestamp: pino.stdTimeFunctions.isoTime, redact: ["req.headers.authorization", "cle"] },
      pino.destination({ dest: 1, sync: false, minLength: 4 * 1024, periodicFlush: 1_000, maxLength: 16 * MIO }),
    );
  // Flux du journal par défaut, pour y écrire directement la ligne de chaque requête (`ligneJournalRequete`).
  const fluxJournal = configuration.journal === undefined ? (journal as unknown as Record<symbol, { write(ligne: string): unknown } | undefined>)[pino.symbols.streamSym] : undefined;
  const metriques = new MetriquesService({ processus: configuration.metriquesProcessus !== false, enCours: () => enCours });
  const usage = new UsageCles(() => new Date(maintenant()));
  const cles = configuration.clesApi;
  const limiteur = new LimiteurDebit(configuration.debit?.limite ?? 600, configuration.debit?.fenetreMs ?? 60_000, maintenant);
  const delai = configuration.delaiRequeteMs ?? 30_000;
  const referentiels = [...new Set(configuration.referentiels ?? ["embarque"])];
  if (referentiels.length === 0) referentiels.push("embarque");
  const referentielsPermis = [...new Set([...referentiels, "aucun"])];
  const controles = new Map<string, ControleAvantPaiement | undefined>();
  let horsLigne: ReferentielHorsLigne | undefined;
  let charge = false;
  let arret = false;
  let enCours = 0;
  /** Traitements directs par chemin (`contexte.routeDirecte`). */
  const directes = new Map<string, (requete: RequeteService) => ReponseService | Promise<ReponseService>>();

  const pret = (async () => {
    for (const nom of referentiels) {
      try {
        const referentiel = await resoudreReferentielControle(nom, configuration.repertoire ?? process.cwd());
        controles.set(nom, await ControleAvantPaiement.creer(referentiel, configuration.environnement ?? process.env, undefined, { reemploiParContrat: true }));
        if (horsLigne === undefined && referentiel.instantane !== undefined) horsLigne = new ReferentielHorsLigne(referentiel.instantane);
      } catch (erreur) {
        if (erreur instanceof ErreurUsage) throw new Error(`référentiel « ${nom} » : ${erreur.message.replace(/l'option --referentiel/g, "le référentiel")}`);
        throw erreur;
      }
    }
    horsLigne ??= new ReferentielHorsLigne(await chargerInstantaneEmbarque());
    charge = true;
  })();
  pret.catch(() => undefined);

  const configurationLba = configuration.lba ?? configurationOffresLbaDepuis(configuration.environnement ?? process.env);
  const offres = configurationLba === undefined ? undefined : new SourceOffresLba(configurationLba, { maintenant, journal });

  const contexte: ContexteService = {
    limiteCorpsOctets: configuration.limiteCorpsOctets ?? 10 * MIO,
    limiteNdjsonOctets: configuration.limiteNdjsonOctets ?? 100 * MIO,
    referentielParDefaut: referentiels[0]!,
    referentielsPermis,
    clesActivees: cles !== undefined,
    controle(nom) {
      const choisi = nom ?? referentiels[0]!;
      if (!referentielsPermis.includes(choisi)) {
        throw new ErreurProbleme(422, "Paramètre invalide", `le paramètre referentiel attend l'une des sources du service : ${referentielsPermis.join(", ")} (reçu : « ${choisi} »)`, { parametre: "referentiel" });
      }
      if (choisi === "aucun") return undefined;
      if (!charge) throw new ErreurProbleme(503, "Service en cours de démarrage", "les référentiels ne sont pas encore chargés : réessayer dans un instant", {}, { "retry-after": "1" });
      return controles.get(choisi);
    },
    referentielHorsLigne() {
      if (horsLigne === undefined) throw new ErreurProbleme(503, "Service en cours de démarrage", "les référentiels ne sont pas encore chargés : réessayer dans un instant", {}, { "retry-after": "1" });
      return horsLigne;
    },
    dateDuJour: () => dateDuJour(new Date(maintenant())),
    pret: () => charge && !arret,
    signature: configuration.signature,
    offres,
    enClairAutorise: configuration.enClairAutorise === true,
    routeDirecte(chemin, traitement) {
      directes.set(chemin, traitement);
    },
    metriques,
    usage,
    journal,
  };

  const app = new OpenAPIHono<EnvService>();
  app.openAPIRegistry.registerComponent("securitySchemes", "cleApi", { type: "http", scheme: "bearer", description: "Clé d'API (si le service en exige) : Authorization: Bearer <clé>" });

  /** Problème d'une erreur levée par une route ou par l'intergiciel : elle-même, ou 500 pour une erreur inattendue. */
  const probleme = (erreur: Error, idRequete: string | undefined): ErreurProbleme => {
    if (erreur instanceof ErreurProbleme) return erreur;
    // Erreur inattendue : ni son message ni sa pile ne partent au client ni au journal (données personnelles possibles).
    journal.error({ requete: idRequete, erreur: erreur.name }, "erreur inattendue");
    return new ErreurProbleme(500, "Erreur interne", "erreur inattendue du service ; l'identifiant de la requête permet de la retrouver dans le journal");
  };
  /** Réponse d'une erreur levée par une route ou par l'intergiciel (aussi `app.onError`). */
  const repondreErreur = (erreur: Error, c: Context<EnvService>): Response => {
    const p = probleme(erreur, c.get("idRequete"));
    return reponseProbleme(p, c.get("idRequete"), p === erreur && c.get("enClair") === true);
  };

  const intergicielCors =
    configuration.cors !== undefined && configuration.cors.length > 0
      ? cors({ origin: configuration.cors.includes("*") ? "*" : [...configuration.cors], exposeHeaders: ["RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "Retry-After", "X-Request-Id", "Donnees-Personnelles"] })
      : undefined;
  // Délai de traitement des routes /v1 : une seule minuterie pour toutes les requêtes en cours.
  const echeancier = new EcheancierDelais(delai);
  const fenetreS = Math.round(limiteur.fenetreMs / 1000);

  /**
   * Clés d'API (empreintes SHA-256) sur les routes /v1 : la clé reconnue (`undefined` sans clés
   * configurées) et le client compté par la limite de débit ; 401 (levé) sinon.
   */
  const identifier = (entete: (nom: string) => string | undefined, adresse: string | undefined): { cle: CleApi | undefined; client: string } => {
    let client: string;
    let connue: CleApi | undefined;
    if (cles !== undefined) {
      const autorisation = entete("authorization") ?? "";
      const cle = /^Bearer\s+(\S+)$/i.exec(autorisation)?.[1] ?? entete("x-cle-api");
      connue = cle === undefined ? undefined : cles.get(empreinteCle(cle));
      if (connue === undefined) {
        throw new ErreurProbleme(401, "Clé d'API requise", cle === undefined ? "ce service exige une clé d'API : en-tête Authorization: Bearer <clé>" : "clé d'API inconnue", {}, { "www-authenticate": 'Bearer realm="communs-opco"' });
      }
      client = `cle:${connue.empreinte}`;
    } else {
      client = `adresse:${adresse ?? "locale"}`;
    }
    return { cle: connue, client };
  };
  /** Limite de débit par client : les en-têtes `RateLimit-*` de sa réponse ; 429 (levé) au-delà. */
  const limiter = (client: string): Record<string, string> => {
    const decision = limiteur.decider(client);
    const entetes = { "ratelimit-limit": String(decision.limite), "ratelimit-remaining": String(decision.restant), "ratelimit-reset": String(decision.reinitialisation), "ratelimit-policy": `${decision.limite};w=${fenetreS}` };
    if (!decision.accepte) throw new ErreurProbleme(429, "Trop de requêtes", `limite de ${decision.limite} requêtes par ${fenetreS} s atteinte : réessayer dans ${decision.attente} s`, {}, { ...entetes, "retry-after": String(decision.attente) });
    return entetes;
  };

  /** Identifiants des requêtes sans `X-Request-Id` sûr : préfixe aléatoire du processus et compteur. */
  const identifiants = new IdentifiantsRequete();
  /** Début d'une requête : son identifiant (`X-Request-Id` reçu s'il est sûr, sinon un nouveau), son instant ; une requête de plus en cours. */
  const debuter = (recu: string | undefined): { idRequete: string; debut: number } => {
    enCours++;
    return { idRequete: recu !== undefined && ID_REQUETE.test(recu) ? recu : identifiants.suivant(), debut: performance.now() };
  };
  /** Fin d'une requête : une de moins en cours, puis métriques, usage (routes /v1) et ligne de journal. */
  const terminerRequete = (idRequete: string, debut: number, route: string, methode: string, statut: number, titulaire: string, contrats: number): void => {
    enCours--;
    const duree = (performance.now() - debut) / 1000;
    metriques.noterRequete(route, methode, statut, titulaire, duree);
    if (route.startsWith("/v1/")) usage.noter(titulaire, `${methode} ${route}`, statut, contrats);
    const champs = { requete: idRequete, methode, route, statut, dureeMs: Math.round(duree * 1000), titulaire, contrats };
    // Journal par défaut : la ligne de forme fixe part directement dans son flux ; journal fourni : par pino.
    if (fluxJournal !== undefined && journal.isLevelEnabled("info")) fluxJournal.write(ligneJournalRequete(champs, Date.now()));
    else journal.info(champs, "requête traitée");
  };
  /** Problème 503 d'une requête reçue pendant l'arrêt gracieux. */
  const erreurArret = () => new ErreurProbleme(503, "Service en arrêt", "le service s'arrête : réessayer sur une autre instance", {}, { "retry-after": "1", connection: "close" });

  /** Traitement de la route, borné par le délai (au-delà, un problème 503 ; un flux commencé n'est pas coupé). */
  const dansLeDelai = <T>(suite: () => Promise<T>): Promise<T> =>
    new Promise((resoudre, rejeter) => {
      const inscription = echeancier.inscrire(() => rejeter(new ErreurProbleme(503, "Délai de traitement dépassé", `la requête n'a pas été traitée en ${Math.round(delai / 1000)} s`, { delaiMs: delai }, { "retry-after": "1" })));
      suite().then(
        (valeur) => {
          echeancier.retirer(inscription);
          resoudre(valeur);
        },
        (erreur: unknown) => {
          echeancier.retirer(inscription);
          rejeter(erreur);
        },
      );
    });

  // Un seul intergiciel par requête : identifiant, arrêt gracieux, CORS (si configuré), clés et limite
  // de débit, délai, puis journal, métriques et usage (jamais l'URL complète, les en-têtes ni le corps).
  // Les erreurs qu'il lève lui-même deviennent des problèmes comme celles des routes.
  app.use("*", async (c, next) => {
    const { idRequete, debut } = debuter(lireEntete(c, "x-request-id"));
    c.set("idRequete", idRequete);
    c.set("titulaire", "anonyme");
    c.set("contrats", 0);
    c.set("cle", undefined);
    let termine = false;
    const terminer = (statut: number) => {
      if (termine) return;
      termine = true;
      terminerRequete(idRequete, debut, routePath(c, -1) || "inconnue", c.req.method, statut, c.get("titulaire"), c.get("contrats"));
    };
    let entetesDebit: Record<string, string> | undefined;
    try {
      const chemin = c.req.path;
      // Arrêt gracieux : plus de nouvelle requête (sauf la vivacité).
      if (arret && chemin !== "/sante") {
        c.header("connection", "close");
        throw erreurArret();
      }
      const v1 = chemin === "/v1" || chemin.startsWith("/v1/");
      const interieur = async (): Promise<void> => {
        if (!v1) {
          await next();
          return;
        }
        const { cle, client } = identifier((nom) => lireEntete(c, nom), entrante(c)?.socket?.remoteAddress);
        if (cle !== undefined) {
          c.set("cle", cle);
          c.set("titulaire", cle.titulaire);
        }
        entetesDebit = limiter(client);
        // Sans CORS, les en-têtes du service sont connus dès maintenant : la route peut écrire sa réponse en une fois.
        if (intergicielCors === undefined) c.set("entetes", { "x-request-id": idRequete, ...entetesDebit });
        await dansLeDelai(next);
      };
      if (intergicielCors === undefined) await interieur();
      else {
        const reponse = await intergicielCors(c, interieur);
        if (reponse instanceof Response && !c.finalized) c.res = reponse;
      }
    } catch (erreur) {
      if (!(erreur instanceof Error)) throw erreur;
      c.error = erreur;
      c.res = repondreErreur(erreur, c);
    }
    if (c.res === c.get("reponseComplete")) {
      terminer(c.res.status);
      return;
    }
    // En-têtes posés sur la réponse elle-même : `c.header()` après coup recréerait la réponse autour
    // de son corps en flux (envoi morceau par morceau) ; seuls des en-têtes figés l'exigent.
    const poser = (nom: string, valeur: string) => {
      try {
        c.res.headers.set(nom, valeur);
      } catch {
        c.header(nom, valeur);
      }
    };
    if (entetesDebit !== undefined) for (const nom in entetesDebit) poser(nom, entetesDebit[nom]!);
    poser("x-request-id", idRequete);
    // En arrêt : le client ne réutilise pas la connexion (il ira vers une autre instance).
    if (arret) poser("connection", "close");
    // Le type est lu avant le corps : lire `body` d'une réponse ordinaire la convertirait en flux web
    // (le serveur Node l'écrirait alors morceau par morceau au lieu d'un seul envoi).
    const corps = c.res.headers.get("content-type")?.startsWith("application/x-ndjson") === true ? c.res.body : null;
    if (corps !== null) {
      // Réponse en flux : la requête se termine quand le flux est entièrement envoyé (ou abandonné).
      const statut = c.res.status;
      const suivi = new TransformStream<Uint8Array, Uint8Array>({ flush: () => terminer(statut) });
      const relais = corps.pipeThrough(suivi);
      const lecteur = relais.getReader();
      const flux = new ReadableStream<Uint8Array>({
        async pull(controleur) {
          const { done, value } = await lecteur.read();
          if (done) controleur.close();
          else controleur.enqueue(value);
        },
        async cancel(raison) {
          await lecteur.cancel(raison);
          terminer(499);
        },
      });
      c.res = new Response(flux, c.res);
    } else terminer(c.res.status);
  });

  for (const module of options.modules ?? modulesStandard) module.monter(app, contexte);
  // Fichiers du formulaire web (composants construits), servis à /formulaire/ quand le dossier est configuré.
  if (configuration.dossierFormulaire !== undefined) servirRessources("/formulaire", configuration.dossierFormulaire, { nom: "formulaire-web" }).monter(app, contexte);

  app.get("/openapi.json", (c) =>
    c.json(
      app.getOpenAPI31Document({
        openapi: "3.1.0",
        info: {
          title: "Service Communs OPCO",
          version: "1.0.0",
          description: "Contrôle des contrats d'apprentissage, conversion de formats, rémunération, NPEC, financement, identifiants et indicateurs : les communs des OPCO en HTTP. Erreurs en application/problem+json (RFC 9457), en français.",
          license: { name: "MIT" },
        },
        servers: [{ url: "/" }],
        security: [{}, { cleApi: [] }],
      }),
    ),
  );

  app.notFound((c) => reponseProbleme(new ErreurProbleme(404, "Ressource introuvable", `aucune route ${c.req.method} ${c.req.path}`), c.get("idRequete"), c.get("enClair") === true));
  app.onError(repondreErreur);

  /**
   * Requête d'une route directe reçue par le serveur Node : les étapes de l'intergiciel (identifiant,
   * arrêt, clés et débit, délai, journal, métriques, usage, problèmes) par les mêmes fonctions, puis
   * une seule écriture de la réponse (en-têtes et corps JSON sérialisé une fois). Sans promesse ni
   * fonction asynchrone sur le chemin ordinaire : le corps est reçu par les événements du message (dans
   * la limite `limiteCorpsOctets` ; au-delà, le 413 est levé par `octetsRecus` après les paramètres,
   * comme sur le chemin Hono), le traitement est appelé dès sa réception et, s'il répond sans promesse,
   * la réponse part dans le même tour. Le délai de traitement court de l'acceptation (après les clés et
   * le débit) à la réponse : une inscription à l'échéancier commun, sans minuterie propre.
   */
  const traiterDirect = (traitement: (requete: RequeteService) => ReponseService | Promise<ReponseService>, route: string, message: IncomingMessage, sortie: ServerResponse): void => {
    const recus = message.headers;
    const entete = (nom: string): string | undefined => {
      const valeur = recus[nom];
      return Array.isArray(valeur) ? valeur.join(", ") : valeur;
    };
    const { idRequete, debut } = debuter(entete("x-request-id"));
    const limite = contexte.limiteCorpsOctets;
    // Corps reçu (ou son problème 413), rendu au traitement par `octetsRecus`.
    let corpsRecu: Uint8Array | undefined;
    let erreurCorps: ErreurProbleme | undefined;
    // Paramètres de la requête lus en une fois, au premier besoin, décodés comme Hono les décode
    // (`getQueryParam` sans nom : la première valeur de chaque paramètre).
    let parametres: Record<string, string | undefined> | undefined;
    const requete: Omit<RequeteService, "titulaire"> & { titulaire: string } = {
      parametre: (nom) => (parametres ??= getQueryParam(`http://service${message.url ?? ""}`) as Record<string, string | undefined>)[nom],
      entete,
      octets: (demandee) => {
        if (erreurCorps !== undefined) return Promise.reject(erreurCorps);
        if (corpsRecu!.byteLength > demandee) return Promise.reject(erreurCorpsTropGrand(demandee));
        return Promise.resolve(corpsRecu!);
      },
      octetsRecus: () => {
        if (erreurCorps !== undefined) throw erreurCorps;
        return corpsRecu;
      },
      titulaire: "anonyme",
      contrats: 0,
      enClair: false,
    };
    let entetesDebit: Record<string, string> | undefined;
    let inscription: ReturnType<EcheancierDelais["inscrire"]> | undefined;
    let fini = false;
    /** Écrit la réponse (une seule fois) après avoir noté la requête (journal, métriques, usage). */
    const ecrire = (statut: number, corps: string | Uint8Array, entetes: (string | number)[]): void => {
      entetes.push("content-length", typeof corps === "string" ? Buffer.byteLength(corps) : corps.byteLength);
      terminerRequete(idRequete, debut, route, "POST", statut, requete.titulaire, requete.contrats);
      sortie.writeHead(statut, entetes);
      sortie.end(corps);
    };
    const echouer = (erreur: unknown): void => {
      if (fini) return;
      fini = true;
      if (inscription !== undefined) echeancier.retirer(inscription);
      const p = probleme(erreur instanceof Error ? erreur : new Error("erreur inattendue"), idRequete);
      const http = problemeHttp(p, idRequete, p !== erreur ? false : requete.enClair);
      const entetes = { ...http.entetes, ...entetesDebit, "x-request-id": idRequete } as Record<string, string>;
      if (arret) entetes["connection"] = "close";
      const liste: (string | number)[] = [];
      for (const nom in entetes) liste.push(nom, entetes[nom]!);
      ecrire(http.statut, http.corps, liste);
    };
    const reussir = (reponse: ReponseService): void => {
      if (fini) return;
      fini = true;
      echeancier.retirer(inscription!);
      const entetes: (string | number)[] = ["content-type", "application/json"];
      // Même résultat que `{ "content-type": …, ...reponse.entetes, "x-request-id": …, ...entetesDebit }`.
      for (const nom in reponse.entetes) {
        if (nom === "content-type") entetes[1] = reponse.entetes[nom]!;
        else if (nom !== "x-request-id" && (entetesDebit === undefined || !(nom in entetesDebit))) entetes.push(nom, reponse.entetes[nom]!);
      }
      entetes.push("x-request-id", idRequete);
      for (const nom in entetesDebit) entetes.push(nom, entetesDebit[nom]!);
      ecrire(200, reponse.texte, entetes);
    };
    /** Corps reçu (ou refusé) : le traitement, puis la réponse, tout de suite ou à la fin de sa promesse. */
    const traiter = (): void => {
      if (fini) return;
      let reponse: ReponseService | Promise<ReponseService>;
      try {
        reponse = traitement(requete);
      } catch (erreur) {
        echouer(erreur);
        return;
      }
      if (reponse instanceof Promise) reponse.then(reussir, echouer);
      else reussir(reponse);
    };
    try {
      if (arret) throw erreurArret();
      const { cle, client } = identifier(entete, message.socket.remoteAddress);
      if (cle !== undefined) requete.titulaire = cle.titulaire;
      entetesDebit = limiter(client);
    } catch (erreur) {
      echouer(erreur);
      return;
    }
    inscription = echeancier.inscrire(() => echouer(new ErreurProbleme(503, "Délai de traitement dépassé", `la requête n'a pas été traitée en ${Math.round(delai / 1000)} s`, { delaiMs: delai }, { "retry-after": "1" })));
    // Taille annoncée au-delà de la limite : 413 sans rien lire (levé par `octetsRecus`, après les paramètres).
    erreurCorps = longueurRefusee(recus["content-length"], limite);
    if (erreurCorps !== undefined) {
      traiter();
      return;
    }
    const morceaux: Buffer[] = [];
    let taille = 0;
    const surDonnees = (morceau: Buffer): void => {
      taille += morceau.byteLength;
      if (taille > limite) {
        message.off("data", surDonnees);
        message.off("end", surFin);
        // Le reste du corps est lu et jeté par le serveur Node quand la réponse se termine.
        message.pause();
        erreurCorps = erreurCorpsTropGrand(limite);
        traiter();
        return;
      }
      morceaux.push(morceau);
    };
    const surFin = (): void => {
      corpsRecu = morceaux.length === 1 ? morceaux[0]! : Buffer.concat(morceaux, taille);
      traiter();
    };
    message.on("data", surDonnees);
    message.once("end", surFin);
    // Erreur du message avant la fin du corps (client parti…) : un problème 500, comme une erreur de lecture.
    message.once("error", (erreur: Error) => {
      if (corpsRecu === undefined && erreurCorps === undefined) echouer(erreur);
    });
  };

  const ecouteurNode = (suivant: RequestListener): RequestListener => (message, sortie) => {
    // CORS configuré : tout passe par Hono (en-têtes et pré-vérifications CORS en un seul endroit).
    if (directes.size === 0 || intergicielCors !== undefined || message.method !== "POST") return suivant(message, sortie);
    const url = message.url ?? "";
    const fin = url.indexOf("?");
    const chemin = fin < 0 ? url : url.slice(0, fin);
    const traitement = directes.get(chemin);
    if (traitement === undefined) return suivant(message, sortie);
    const type = message.headers["content-type"];
    if (type !== "application/json" && typeDeContenu(type) !== "application/json") return suivant(message, sortie);
    traiterDirect(traitement, chemin, message, sortie);
  };

  return {
    app,
    contexte,
    pret,
    commencerArret: () => {
      arret = true;
    },
    enCours: () => enCours,
    ecouteurNode,
  };
}
