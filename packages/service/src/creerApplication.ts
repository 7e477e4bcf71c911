import { randomUUID } from "node:crypto";
import { ControleAvantPaiement, dateDuJour, resoudreReferentielControle, ErreurUsage } from "@communs-opco/cli";
import { OpenAPIHono } from "@hono/zod-openapi";
import { chargerInstantaneEmbarque, ReferentielHorsLigne } from "@communs-opco/referentiels";
import { cors } from "hono/cors";
import type { Context } from "hono";
import { routePath } from "hono/route";
import pino from "pino";
import type { ConfigurationService } from "./ConfigurationService";
import type { ContexteService } from "./ContexteService";
import { empreinteCle } from "./CleApi";
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
import { reponseProbleme } from "./reponseProbleme";
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

  const pret = (async () => {
    for (const nom of referentiels) {
      try {
        const referentiel = await resoudreReferentielControle(nom, configuration.repertoire ?? process.cwd());
        controles.set(nom, await ControleAvantPaiement.creer(referentiel, configuration.environnement ?? process.env));
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
    metriques,
    usage,
    journal,
  };

  const app = new OpenAPIHono<EnvService>();
  app.openAPIRegistry.registerComponent("securitySchemes", "cleApi", { type: "http", scheme: "bearer", description: "Clé d'API (si le service en exige) : Authorization: Bearer <clé>" });

  /** Réponse d'une erreur levée par une route ou par l'intergiciel (aussi `app.onError`). */
  const repondreErreur = (erreur: Error, c: Context<EnvService>): Response => {
    if (erreur instanceof ErreurProbleme) return reponseProbleme(erreur, c.get("idRequete"), c.get("enClair") === true);
    // Erreur inattendue : ni son message ni sa pile ne partent au client ni au journal (données personnelles possibles).
    journal.error({ requete: c.get("idRequete"), erreur: erreur.name }, "erreur inattendue");
    return reponseProbleme(new ErreurProbleme(500, "Erreur interne", "erreur inattendue du service ; l'identifiant de la requête permet de la retrouver dans le journal"), c.get("idRequete"));
  };

  const intergicielCors =
    configuration.cors !== undefined && configuration.cors.length > 0
      ? cors({ origin: configuration.cors.includes("*") ? "*" : [...configuration.cors], exposeHeaders: ["RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "Retry-After", "X-Request-Id", "Donnees-Personnelles"] })
      : undefined;
  // Délai de traitement des routes /v1 : une seule minuterie pour toutes les requêtes en cours.
  const echeancier = new EcheancierDelais(delai);
  const fenetreS = Math.round(limiteur.fenetreMs / 1000);

  /**
   * Clés d'API (empreintes SHA-256) et limite de débit par clé, sur les routes /v1 : le client
   * reconnu et les en-têtes `RateLimit-*` de sa réponse ; 401 ou 429 (levés) sinon.
   */
  const admettre = (c: Context<EnvService>): Record<string, string> => {
    let client: string;
    if (cles !== undefined) {
      const autorisation = c.req.header("authorization") ?? "";
      const cle = /^Bearer\s+(\S+)$/i.exec(autorisation)?.[1] ?? c.req.header("x-cle-api");
      const connue = cle === undefined ? undefined : cles.get(empreinteCle(cle));
      if (connue === undefined) {
        throw new ErreurProbleme(401, "Clé d'API requise", cle === undefined ? "ce service exige une clé d'API : en-tête Authorization: Bearer <clé>" : "clé d'API inconnue", {}, { "www-authenticate": 'Bearer realm="communs-opco"' });
      }
      c.set("cle", connue);
      c.set("titulaire", connue.titulaire);
      client = `cle:${connue.empreinte}`;
    } else {
      client = `adresse:${entrante(c)?.socket?.remoteAddress ?? "locale"}`;
    }
    const decision = limiteur.decider(client);
    const entetes = { "ratelimit-limit": String(decision.limite), "ratelimit-remaining": String(decision.restant), "ratelimit-reset": String(decision.reinitialisation), "ratelimit-policy": `${decision.limite};w=${fenetreS}` };
    if (!decision.accepte) throw new ErreurProbleme(429, "Trop de requêtes", `limite de ${decision.limite} requêtes par ${fenetreS} s atteinte : réessayer dans ${decision.attente} s`, {}, { ...entetes, "retry-after": String(decision.attente) });
    return entetes;
  };

  /** Traitement de la route, borné par le délai (au-delà, un problème 503 ; un flux commencé n'est pas coupé). */
  const dansLeDelai = (suite: () => Promise<unknown>): Promise<unknown> =>
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
    const debut = performance.now();
    const recu = lireEntete(c, "x-request-id");
    const idRequete = recu !== undefined && ID_REQUETE.test(recu) ? recu : randomUUID();
    c.set("idRequete", idRequete);
    c.set("titulaire", "anonyme");
    c.set("contrats", 0);
    c.set("cle", undefined);
    enCours++;
    let termine = false;
    const terminer = (statut: number) => {
      if (termine) return;
      termine = true;
      enCours--;
      const route = routePath(c, -1) || "inconnue";
      const methode = c.req.method;
      const titulaire = c.get("titulaire");
      const duree = (performance.now() - debut) / 1000;
      metriques.noterRequete(route, methode, statut, titulaire, duree);
      if (route.startsWith("/v1/")) usage.noter(titulaire, `${methode} ${route}`, statut, c.get("contrats"));
      const champs = { requete: idRequete, methode, route, statut, dureeMs: Math.round(duree * 1000), titulaire, contrats: c.get("contrats") };
      // Journal par défaut : la ligne de forme fixe part directement dans son flux ; journal fourni : par pino.
      if (fluxJournal !== undefined && journal.isLevelEnabled("info")) fluxJournal.write(ligneJournalRequete(champs, Date.now()));
      else journal.info(champs, "requête traitée");
    };
    let entetesDebit: Record<string, string> | undefined;
    try {
      const chemin = c.req.path;
      // Arrêt gracieux : plus de nouvelle requête (sauf la vivacité).
      if (arret && chemin !== "/sante") {
        c.header("connection", "close");
        throw new ErreurProbleme(503, "Service en arrêt", "le service s'arrête : réessayer sur une autre instance", {}, { "retry-after": "1", connection: "close" });
      }
      const v1 = chemin === "/v1" || chemin.startsWith("/v1/");
      const interieur = async (): Promise<void> => {
        if (!v1) {
          await next();
          return;
        }
        entetesDebit = admettre(c);
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

  return {
    app,
    contexte,
    pret,
    commencerArret: () => {
      arret = true;
    },
    enCours: () => enCours,
  };
}
