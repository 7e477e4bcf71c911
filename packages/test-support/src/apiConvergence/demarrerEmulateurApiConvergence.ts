import { randomUUID } from "node:crypto";
import { demarrerServeurEmulateur, type ReponseEmulateur, type RequeteEmulateur, type RouteEmulateur } from "../ServeurEmulateur";
import type { EmulateurApiConvergence } from "./EmulateurApiConvergence";
import type { OptionsEmulateurApiConvergence } from "./OptionsEmulateurApiConvergence";
import { verifierPreuveDpop } from "./verifierPreuveDpop";

const estObjet = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const FORMES_DATE: Readonly<Record<"Z" | "+0000" | "date", RegExp>> = {
  Z: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/u,
  "+0000": /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0000$/u,
  date: /^\d{4}-\d{2}-\d{2}$/u,
};

/** Premier champ `date…` (chemin pointé) dont la valeur n'a pas la forme exigée. */
function dateMalFormee(valeur: unknown, forme: RegExp, chemin = ""): string | undefined {
  if (Array.isArray(valeur)) {
    for (const [i, v] of valeur.entries()) {
      const trouve = dateMalFormee(v, forme, `${chemin}/${i}`);
      if (trouve !== undefined) return trouve;
    }
    return undefined;
  }
  if (!estObjet(valeur)) return undefined;
  for (const [cle, v] of Object.entries(valeur)) {
    if (/^date/u.test(cle) && typeof v === "string" && !forme.test(v)) return `${chemin}/${cle}`;
    const trouve = dateMalFormee(v, forme, `${chemin}/${cle}`);
    if (trouve !== undefined) return trouve;
  }
  return undefined;
}

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
 * - `POST /v1/documents` (PDF en base64 rattaché à un dossier connu),
 *   `POST /v2/dossiers/rupture/employeur` (le dossier passe à `RUPTU`), `GET /v2/cfakeyinfo`
 *   (`siren`, `XAPIKEY` → `{status, dateFinValidite, comment}`) ;
 * - particularités : objet au lieu d'une liste (AFDAS), statut « introuvable » (OPCO EP :
 *   400), routes absentes, variantes de forme des réponses (`variantes` : page enveloppée
 *   dans une liste, liste vide en fin de pages, bloc employeur, orthographes, `comment`),
 *   forme des dates exigée par dépôt (`formesDateExigees`), et pannes de la base commune
 *   (429 + `Retry-After`, 500, JSON malformé).
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
  const documents: { typeFichier: string; objets: { typeObjet: string; idObjet: string }[]; octets: Uint8Array }[] = [];
  const variantes = options.variantes ?? {};
  const formesExigees = options.formesDateExigees ?? {};
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
  /** Applique les variantes de forme de l'OPCO émulé à un dossier ou un état renvoyé. */
  const varier = (enregistrement: Record<string, unknown>): Record<string, unknown> => {
    const copie = structuredClone(enregistrement);
    const porteur = estObjet(copie["cerfa"]) ? copie["cerfa"] : copie;
    if (variantes.etatEnToutesLettres === true && porteur["etat"] === "RUPTU") porteur["etat"] = "RUPTURE";
    if (variantes.commentaireRacine === true && typeof porteur["commentaireEtat"] === "string") {
      copie["comment"] = porteur["commentaireEtat"];
      delete porteur["commentaireEtat"];
    }
    const cerfa = copie["cerfa"];
    if (variantes.blocEmployeur !== undefined && estObjet(cerfa)) {
      const bloc = cerfa["employeurV2"] ?? cerfa["employeur"];
      delete cerfa["employeur"];
      delete cerfa["employeurV2"];
      if (variantes.blocEmployeur === "les_deux") {
        cerfa["employeur"] = {};
        cerfa["employeurV2"] = bloc;
      } else {
        cerfa[variantes.blocEmployeur] = bloc;
      }
    }
    if (variantes.natureFraisMajuscules === true && Array.isArray(copie["engagementsFraisAnnexe"])) {
      for (const f of copie["engagementsFraisAnnexe"]) {
        if (estObjet(f) && typeof f["natureFrais"] === "string") f["natureFrais"] = f["natureFrais"] === "Premierequipement" ? "PREMIER EQUIPEMENT" : f["natureFrais"].toUpperCase();
      }
    }
    return copie;
  };
  const sansMeta = (dossier: Record<string, unknown>): Record<string, unknown> =>
    varier(Object.fromEntries(Object.entries(dossier).filter(([cle]) => cle !== "dateEtat")));

  const paginer = (requete: RequeteEmulateur, elements: unknown[], cle: string): ReponseEmulateur => {
    const page = Number(requete.parametres.get("numeroPage") ?? "1");
    if (!Number.isInteger(page) || page < 1) return refus(400, "numeroPage doit être un entier ≥ 1");
    const tranche = elements.slice((page - 1) * taillePage, page * taillePage).map((e) => (estObjet(e) ? varier(e) : e));
    if (variantes.listeVideFinDePages === true && tranche.length === 0) return { statut: 200, corps: [] };
    const enveloppe = variantes.listeVideFinDePages === true ? { page, [cle]: tranche } : { total: elements.length, count: tranche.length, page, [cle]: tranche };
    return { statut: 200, corps: variantes.pageEnListe === true ? [enveloppe] : enveloppe };
  };

  const deposer = (
    chemin: string,
    verifier: (corps: Record<string, unknown>) => string | undefined,
    repondre: (corps: Record<string, unknown>) => Record<string, unknown>,
    depot?: "dossier" | "convention" | "certificat" | "rupture",
  ): RouteEmulateur => ({
    methode: "POST",
    motif: chemin,
    gerer: (requete) => {
      if (!estObjet(requete.corps)) return refus(400, "Corps JSON objet attendu");
      const forme = depot === undefined ? undefined : formesExigees[depot];
      const malFormee = forme === undefined ? undefined : dateMalFormee(requete.corps, FORMES_DATE[forme]);
      if (malFormee !== undefined) return refus(400, `Date au mauvais format (${malFormee}) : forme attendue ${forme === "date" ? "AAAA-MM-JJ" : `…T00:00:00${forme}`}`);
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
      "dossier",
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
    { methode: "GET", motif: "/v1/dossiers/etats", gerer: () => ({ statut: 200, corps: [...dossiers.values()].map((d) => varier(etatDe(d))) }) },
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
    deposer("/v1/conventions", dossierConnu, (corps) => ({ numeroInterneDossier: corps["numeroInterneDossier"], statut: "RECUE" }), "convention"),
    deposer(
      "/v1/factures",
      (corps) => (Array.isArray(corps["dossiers"]) && corps["dossiers"].length > 0 ? undefined : "Liste « dossiers » obligatoire"),
      () => ({ numeroInterneFacture: `F-${String((compteur += 1)).padStart(6, "0")}` }),
    ),
    deposer(
      "/v2/certificats",
      (corps) => dossierConnu(corps) ?? (corps["typeCertificat"] === "Intermediaire" || corps["typeCertificat"] === "Final" ? undefined : "typeCertificat invalide"),
      (corps) => ({ numeroInterneDossier: corps["numeroInterneDossier"], statut: "RECU" }),
      "certificat",
    ),
    deposer(
      "/v2/dossiers/rupture/employeur",
      (corps) => dossierConnu(corps) ?? (typeof corps["dateRupture"] === "string" ? undefined : "dateRupture obligatoire"),
      (corps) => {
        const dossier = dossiers.get(corps["numeroInterneDossier"] as string) as Record<string, unknown>;
        const cerfa = dossier["cerfa"] as Record<string, unknown>;
        cerfa["etat"] = "RUPTU";
        const contrat = estObjet(cerfa["contrat"]) ? cerfa["contrat"] : {};
        contrat["dateRupture"] = `${(corps["dateRupture"] as string).slice(0, 10)}T00:00:00Z`;
        cerfa["contrat"] = contrat;
        dossier["dateEtat"] = `${new Date(horloge()).toISOString().slice(0, 10)}T00:00:00Z`;
        return { numeroInterneDossier: corps["numeroInterneDossier"], etat: "RUPTU" };
      },
      "rupture",
    ),
    deposer(
      "/v1/documents",
      (corps) => {
        if (typeof corps["typeFichier"] !== "string" || corps["typeFichier"] === "") return "typeFichier obligatoire";
        const objets = corps["objets"];
        if (!Array.isArray(objets) || objets.length === 0 || !objets.every((o) => estObjet(o) && typeof o["typeObjet"] === "string" && typeof o["idObjet"] === "string")) {
          return "objets : au moins un {typeObjet, idObjet}";
        }
        for (const o of objets as Record<string, unknown>[]) if (o["typeObjet"] === "dossier" && !dossiers.has(o["idObjet"] as string)) return `Dossier inconnu (${String(o["idObjet"])})`;
        const fichier = corps["fichier"];
        const contenu = estObjet(fichier) && typeof fichier["contenu"] === "string" ? fichier["contenu"] : "";
        if (!/^[A-Za-z0-9+/]+={0,2}$/u.test(contenu) || !Buffer.from(contenu, "base64").subarray(0, 5).equals(Buffer.from("%PDF-"))) return "fichier.contenu : PDF encodé en base64 attendu";
        return undefined;
      },
      (corps) => {
        const fichier = corps["fichier"] as Record<string, unknown>;
        const objets = (corps["objets"] as Record<string, unknown>[]).map((o) => ({ typeObjet: o["typeObjet"] as string, idObjet: o["idObjet"] as string }));
        documents.push({ typeFichier: corps["typeFichier"] as string, objets, octets: new Uint8Array(Buffer.from(fichier["contenu"] as string, "base64")) });
        return { idDocument: `DOC-${String(documents.length).padStart(6, "0")}`, statut: "RECU" };
      },
    ),
    {
      methode: "GET",
      motif: "/v2/cfakeyinfo",
      gerer: (requete) => {
        const siren = requete.parametres.get("siren") ?? "";
        const cle = requete.parametres.get("XAPIKEY") ?? "";
        if (!/^\d{9}$/u.test(siren) || cle === "") return refus(400, "siren (9 chiffres) et XAPIKEY obligatoires");
        if (cle !== cleApi) return { statut: 200, corps: { status: "error", dateFinValidite: null, comment: "Clé inconnue pour ce SIREN" } };
        return { statut: 200, corps: { status: "success", dateFinValidite: options.finValiditeCle ?? "2099-12-31", comment: null } };
      },
    },
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
    documents,
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
