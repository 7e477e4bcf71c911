import { randomUUID } from "node:crypto";
import { demarrerServeurEmulateur, type ReponseEmulateur, type RequeteEmulateur, type RouteEmulateur } from "../ServeurEmulateur";
import type { EmulateurApiConvergence } from "./EmulateurApiConvergence";
import type { OptionsEmulateurApiConvergence } from "./OptionsEmulateurApiConvergence";
import { verifierPreuveDpop } from "./verifierPreuveDpop";

const estObjet = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function entete(requete: RequeteEmulateur, nom: string): string | undefined {
  const valeur = requete.entetes[nom.toLowerCase()];
  return Array.isArray(valeur) ? valeur[0] : valeur;
}

/**
 * Démarre un émulateur local (node:http, 127.0.0.1, port libre) de l'API Convergence
 * (`opco-echanges.md` §1) avec le comportement d'un OPCO :
 * - point de jeton OAuth2 `client_credentials` (scope exigé, interdit ou indifférent ;
 *   preuve DPoP vérifiée avec la clé publique), jetons expirant selon l'horloge ;
 * - contrôle de `X-API-KEY` (401), des en-têtes `EDITEUR` / `LOGICIEL` / `VERSION` (400)
 *   et du jeton Bearer (401) ;
 * - `GET /v1/status`, `GET /v1/dossiers/etats`, `GET /v2/dossiers/etats` et
 *   `GET /v2/factures/etats` (paginés par `numeroPage`, enveloppes `EtatDossierResult`
 *   et `factures`), `GET /v2/dossiers?numeroInterne=`, `GET /v1/dossiers/liste?numerosInternes=` ;
 * - `POST /v1/dossiers` (bloc `employeur` exigé), `POST /v2/dossiers` (`employeurV2`),
 *   `POST /v1/conventions`, `POST /v1/factures`, `POST /v2/certificats` ;
 * - particularités : objet au lieu d'une liste (AFDAS), statut « introuvable » (OPCO EP :
 *   400), routes absentes, et pannes de la base commune (429 + `Retry-After`, 500, JSON malformé).
 *
 * @example
 * ```ts
 * const emulateur = await demarrerEmulateurApiConvergence({
 *   authentification: { type: "oauth2", clientId: "cfa", clientSecret: "secret", scope: "api.read api.write" },
 *   taillePage: 2,
 * });
 * // client : baseUrl = emulateur.url, urlJeton = emulateur.urlJeton
 * await emulateur.arreter();
 * ```
 */
export async function demarrerEmulateurApiConvergence(options: OptionsEmulateurApiConvergence = {}): Promise<EmulateurApiConvergence> {
  const cleApi = options.cleApi ?? "cle-api-emulateur";
  const authentification = options.authentification ?? { type: "cle_api" };
  const cheminJeton = authentification.type === "oauth2" ? (authentification.cheminJeton ?? "/oauth2/token") : "/oauth2/token";
  const horloge = options.horloge ?? Date.now;
  const taillePage = options.taillePage ?? 50;
  const introuvable = options.statutIntrouvable ?? 404;
  const prefixe = options.prefixeNumero ?? "EMU";
  const absentes = options.routesAbsentes ?? [];
  const jetons = new Map<string, number>();
  const jtiVus = new Set<string>();
  const depots: { chemin: string; corps: unknown }[] = [];
  const dossiers = new Map<string, Record<string, unknown>>();
  const factures = (options.factures ?? []).map((f) => structuredClone(f));
  let jetonsEmis = 0;
  let compteur = 0;

  for (const dossier of options.dossiers ?? []) {
    const copie = structuredClone(dossier);
    const cerfa = estObjet(copie["cerfa"]) ? copie["cerfa"] : {};
    const numero = typeof cerfa["numeroInterne"] === "string" ? cerfa["numeroInterne"] : `${prefixe}-${String((compteur += 1)).padStart(6, "0")}`;
    cerfa["numeroInterne"] = numero;
    copie["cerfa"] = cerfa;
    dossiers.set(numero, copie);
  }

  const refus = (statut: number, message: string): ReponseEmulateur => ({ statut, corps: { message } });
  const uneOuListe = (liste: unknown[]): unknown => (options.reponseObjet === true && liste.length === 1 ? liste[0] : liste);

  const etatDe = (dossier: Record<string, unknown>): Record<string, unknown> => {
    const cerfa = estObjet(dossier["cerfa"]) ? dossier["cerfa"] : {};
    const etat: Record<string, unknown> = {};
    for (const cle of ["numeroInterne", "numeroExterne", "numeroDeca", "etat", "commentaireEtat"]) if (cerfa[cle] !== undefined) etat[cle] = cerfa[cle];
    if (dossier["dateEtat"] !== undefined) etat["dateEtat"] = dossier["dateEtat"];
    return etat;
  };
  const sansMeta = (dossier: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(Object.entries(dossier).filter(([cle]) => cle !== "dateEtat"));

  const paginer = (requete: RequeteEmulateur, elements: unknown[], cle: string): ReponseEmulateur => {
    const page = Number(requete.parametres.get("numeroPage") ?? "1");
    if (!Number.isInteger(page) || page < 1) return refus(400, "numeroPage doit être un entier ≥ 1");
    const tranche = elements.slice((page - 1) * taillePage, page * taillePage);
    return { statut: 200, corps: { total: elements.length, count: tranche.length, page, [cle]: tranche } };
  };

  const deposer = (chemin: string, verifier: (corps: Record<string, unknown>) => string | undefined, repondre: (corps: Record<string, unknown>) => Record<string, unknown>): RouteEmulateur => ({
    methode: "POST",
    motif: chemin,
    gerer: (requete) => {
      if (!estObjet(requete.corps)) return refus(400, "Corps JSON objet attendu");
      const erreur = verifier(requete.corps);
      if (erreur !== undefined) return refus(400, erreur);
      depots.push({ chemin, corps: requete.corps });
      return { statut: 201, corps: repondre(requete.corps) };
    },
  });

  const deposerDossier = (version: "v1" | "v2"): RouteEmulateur =>
    deposer(
      `/${version}/dossiers`,
      (corps) => {
        const cerfa = corps["cerfa"];
        if (!estObjet(cerfa)) return "Bloc « cerfa » obligatoire";
        const attendu = version === "v1" ? "employeur" : "employeurV2";
        const interdit = version === "v1" ? "employeurV2" : "employeur";
        if (!estObjet(cerfa[attendu]) || interdit in cerfa) return `Protocole ${version} : bloc « ${attendu} » attendu`;
        return undefined;
      },
      (corps) => {
        const copie = structuredClone(corps);
        const cerfa = copie["cerfa"] as Record<string, unknown>;
        const numero = `${prefixe}-${String((compteur += 1)).padStart(6, "0")}`;
        cerfa["numeroInterne"] = numero;
        cerfa["etat"] = "TRANSMIS";
        copie["dateEtat"] = `${new Date(horloge()).toISOString().slice(0, 10)}T00:00:00+0000`;
        dossiers.set(numero, copie);
        return { numeroInterne: numero, etat: "TRANSMIS" };
      },
    );
  const dossierConnu = (corps: Record<string, unknown>): string | undefined =>
    typeof corps["numeroInterneDossier"] === "string" && dossiers.has(corps["numeroInterneDossier"]) ? undefined : "Dossier inconnu (numeroInterneDossier)";

  const routes: RouteEmulateur[] = [
    {
      methode: "POST",
      motif: cheminJeton,
      gerer: (requete) => {
        if (authentification.type !== "oauth2") return refus(404, "Route inconnue");
        const formulaire = new URLSearchParams(requete.corpsTexte);
        if (formulaire.get("grant_type") !== "client_credentials") return { statut: 400, corps: { error: "unsupported_grant_type" } };
        if (formulaire.get("client_id") !== authentification.clientId) return { statut: 401, corps: { error: "invalid_client" } };
        if (authentification.clientSecret !== undefined && formulaire.get("client_secret") !== authentification.clientSecret) {
          return { statut: 401, corps: { error: "invalid_client" } };
        }
        const scope = formulaire.get("scope");
        if (authentification.scope === null && scope !== null) return { statut: 400, corps: { error: "invalid_scope", error_description: "scope non admis" } };
        if (typeof authentification.scope === "string" && scope !== authentification.scope) return { statut: 400, corps: { error: "invalid_scope" } };
        if (authentification.dpop !== undefined) {
          const raison = verifierPreuveDpop(entete(requete, "dpop"), {
            clePublique: authentification.dpop.clePublique,
            methode: "POST",
            url: `http://${entete(requete, "host") ?? ""}${cheminJeton}`,
            instantMs: horloge(),
            jtiVus,
          });
          if (raison !== undefined) return { statut: 400, corps: { error: "invalid_dpop_proof", error_description: raison } };
        }
        const duree = authentification.dureeJetonSecondes ?? 3600;
        const jeton = randomUUID();
        jetons.set(jeton, horloge() + duree * 1000);
        jetonsEmis += 1;
        return { statut: 200, corps: { access_token: jeton, token_type: authentification.dpop?.jetonLie === true ? "DPoP" : "Bearer", expires_in: duree } };
      },
    },
    { methode: "GET", motif: "/v1/status", gerer: () => ({ statut: 200, corps: { status: "OK" } }) },
    { methode: "GET", motif: "/v1/dossiers/etats", gerer: () => ({ statut: 200, corps: [...dossiers.values()].map(etatDe) }) },
    { methode: "GET", motif: "/v2/dossiers/etats", gerer: (requete) => paginer(requete, [...dossiers.values()].map(etatDe), "EtatDossierResult") },
    { methode: "GET", motif: "/v2/factures/etats", gerer: (requete) => paginer(requete, factures, "factures") },
    {
      methode: "GET",
      motif: "/v2/dossiers",
      gerer: (requete) => {
        const numero = requete.parametres.get("numeroInterne");
        const dossier = numero === null ? undefined : dossiers.get(numero);
        if (dossier === undefined) return refus(introuvable, "Dossier introuvable");
        return { statut: 200, corps: uneOuListe([sansMeta(dossier)]) };
      },
    },
    {
      methode: "GET",
      motif: "/v1/dossiers/liste",
      gerer: (requete) => {
        const numeros = (requete.parametres.get("numerosInternes") ?? "").split(",").filter((n) => n !== "");
        const trouves = numeros.flatMap((n) => {
          const d = dossiers.get(n);
          return d === undefined ? [] : [sansMeta(d)];
        });
        if (trouves.length === 0) return refus(introuvable, "Aucun dossier trouvé");
        return { statut: 200, corps: uneOuListe(trouves) };
      },
    },
    deposerDossier("v1"),
    deposerDossier("v2"),
    deposer("/v1/conventions", dossierConnu, (corps) => ({ numeroInterneDossier: corps["numeroInterneDossier"], statut: "RECUE" })),
    deposer(
      "/v1/factures",
      (corps) => (Array.isArray(corps["dossiers"]) && corps["dossiers"].length > 0 ? undefined : "Liste « dossiers » obligatoire"),
      () => ({ numeroInterneFacture: `F-${String((compteur += 1)).padStart(6, "0")}` }),
    ),
    deposer(
      "/v2/certificats",
      (corps) => dossierConnu(corps) ?? (corps["typeCertificat"] === "Intermediaire" || corps["typeCertificat"] === "Final" ? undefined : "typeCertificat invalide"),
      (corps) => ({ numeroInterneDossier: corps["numeroInterneDossier"], statut: "RECU" }),
    ),
  ];

  const emulateur = await demarrerServeurEmulateur({
    ...options,
    routes: routes.map((route) =>
      route.motif === cheminJeton || !absentes.some((a) => route.motif.startsWith(a))
        ? route
        : { ...route, gerer: () => refus(404, "Service non disponible chez cet OPCO") },
    ),
    authentifier: (requete) => {
      if (requete.chemin === cheminJeton) return undefined;
      if (entete(requete, "x-api-key") !== cleApi) return refus(401, "Clé d'API absente ou invalide");
      if (entete(requete, "editeur") === undefined || entete(requete, "logiciel") === undefined || entete(requete, "version") === undefined) {
        return refus(400, "En-têtes EDITEUR, LOGICIEL et VERSION obligatoires");
      }
      if (authentification.type === "oauth2") {
        const autorisation = entete(requete, "authorization") ?? "";
        const lie = authentification.dpop?.jetonLie === true;
        const schema = lie ? "DPoP " : "Bearer ";
        const jeton = autorisation.startsWith(schema) ? autorisation.slice(schema.length) : "";
        const expireA = jetons.get(jeton);
        if (expireA === undefined || horloge() >= expireA) return refus(401, "Jeton absent, invalide ou expiré");
        if (lie && authentification.dpop !== undefined) {
          const raison = verifierPreuveDpop(entete(requete, "dpop"), {
            clePublique: authentification.dpop.clePublique,
            methode: requete.methode,
            url: `http://${entete(requete, "host") ?? ""}${requete.chemin}`,
            instantMs: horloge(),
            jtiVus,
            jetonAcces: jeton,
          });
          if (raison !== undefined) return refus(401, `Preuve DPoP refusée : ${raison}`);
        }
      }
      return undefined;
    },
  });

  return {
    ...emulateur,
    url: emulateur.url,
    statistiques: emulateur.statistiques,
    urlJeton: `${emulateur.url}${cheminJeton}`,
    get jetonsEmis() {
      return jetonsEmis;
    },
    depots,
    dossiers,
    changerEtat(numeroInterne, etat, date, commentaire) {
      const dossier = dossiers.get(numeroInterne);
      if (dossier === undefined || !estObjet(dossier["cerfa"])) throw new RangeError(`Dossier émulé inconnu : ${numeroInterne}`);
      dossier["cerfa"]["etat"] = etat;
      if (commentaire !== undefined) dossier["cerfa"]["commentaireEtat"] = commentaire;
      dossier["dateEtat"] = `${date}T00:00:00Z`;
    },
  };
}
