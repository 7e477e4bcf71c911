import type { ResultatLecteur } from "@communs-opco/adaptateur";
import type { Dossier, Facture } from "@communs-opco/schemas";
import ky, { HTTPError, type KyInstance } from "ky";
import type { NomCapaciteApi } from "./CapaciteApiOpco.js";
import { capaciteDisponible } from "./capaciteDisponible.js";
import { certificatApiConvergence, type OptionsCertificat } from "./certificatApiConvergence.js";
import type { ClientApiConvergence } from "./ClientApiConvergence.js";
import { conventionApiConvergence } from "./conventionApiConvergence.js";
import { creerFournisseurJeton } from "./creerFournisseurJeton.js";
import { creerPreuveDpop } from "./creerPreuveDpop.js";
import type { DepotApiConvergence } from "./DepotApiConvergence.js";
import { corpsDocumentApiConvergence } from "./corpsDocumentApiConvergence.js";
import { estPdf } from "./estPdf.js";
import { FORMES_DATE_DOCUMENTEES } from "./FormesDateOpco.js";
import { lireInfoCleApiConvergence } from "./lireInfoCleApiConvergence.js";
import { normaliserPageApiConvergence } from "./normaliserPageApiConvergence.js";
import { ruptureEmployeurApiConvergence } from "./ruptureEmployeurApiConvergence.js";
import { TOLERANCES_API_CONVERGENCE, type ToleranceApiConvergence } from "./ToleranceApiConvergence.js";
import { verifierDepotApiConvergence } from "./verifierDepotApiConvergence.js";
import { dossierApiConvergence } from "./dossierApiConvergence.js";
import { ErreurApiConvergence } from "./ErreurApiConvergence.js";
import { factureApiConvergence } from "./factureApiConvergence.js";
import { elementsReponseApiConvergence } from "./lireApiConvergence.js";
import { lireEnregistrementApiConvergence } from "./lireEnregistrementApiConvergence.js";
import type { OperationApiConvergence } from "./OperationApiConvergence.js";
import type { OptionsClientApiConvergence } from "./OptionsClientApiConvergence.js";
import { pointeurJson } from "@communs-opco/adaptateur";
import type { VersionProtocole } from "./VersionProtocole.js";

const PAGES_MAX = 100_000;

interface Appel {
  readonly operation: OperationApiConvergence;
  readonly methode: "get" | "post";
  readonly chemin: string;
  readonly parametres?: Readonly<Record<string, string>>;
  readonly corps?: unknown;
  readonly capacite?: NomCapaciteApi;
}

/**
 * Crée un client ky de l'API Convergence : en-têtes `X-API-KEY`, `EDITEUR`, `LOGICIEL`,
 * `VERSION` sur chaque requête ; jeton OAuth2 `client_credentials` en cache (horloge
 * injectée), renouvelé une fois après un 401 ; nouvelles tentatives des GET sur 429 (en
 * respectant `Retry-After`) et 5xx ; pagination `numeroPage` ; points d'extension par OPCO
 * (`comportement` : normalisation des réponses, statuts « introuvable », matrice de
 * capacités, tolérances de lecture : page enveloppée dans une liste, liste vide en fin de
 * pages, objet au lieu d'une liste…) ; formes de dates à l'écriture propres à l'OPCO ;
 * champs obligatoires des dépôts vérifiés avant l'envoi. Les erreurs
 * (`ErreurApiConvergence`) ne contiennent aucun secret.
 *
 * @example
 * ```ts
 * const client = creerClientApiConvergence({
 *   baseUrl: "https://apiopco.opcoserveur.fr/ApiEchangeCFA",
 *   cleApi, editeur: "MonEditeur", logiciel: "MonERP", version: "3.2.0",
 *   authentification: { type: "oauth2", urlJeton, clientId, clientSecret, scope: "api.read api.write" },
 * });
 * const r = await client.dossier("D-2025-0001");
 * if (r?.ok) console.log(r.valeur.etat);
 * ```
 */
export function creerClientApiConvergence(options: OptionsClientApiConvergence): ClientApiConvergence {
  const horloge = options.horloge ?? Date.now;
  const comportement = options.comportement ?? {};
  const introuvable = comportement.statutsIntrouvable ?? [404];
  const tolerances: readonly ToleranceApiConvergence[] = comportement.tolerances ?? TOLERANCES_API_CONVERGENCE;
  const formes = {
    dossier: options.formesDate?.dossier ?? options.formeDate ?? FORMES_DATE_DOCUMENTEES.dossier,
    convention: options.formesDate?.convention ?? FORMES_DATE_DOCUMENTEES.convention,
    certificat: options.formesDate?.certificat ?? FORMES_DATE_DOCUMENTEES.certificat,
    rupture: options.formesDate?.rupture ?? FORMES_DATE_DOCUMENTEES.rupture,
  };
  const fournisseur = creerFournisseurJeton(options.authentification, {
    horloge,
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    ...(options.tentatives === undefined ? {} : { tentatives: options.tentatives }),
    ...(options.attenteMaxMs === undefined ? {} : { attenteMaxMs: options.attenteMaxMs }),
    ...(options.delaiMs === undefined ? {} : { delaiMs: options.delaiMs }),
    ...(options.pauseTentativeMs === undefined ? {} : { pauseTentativeMs: options.pauseTentativeMs }),
  });
  const http: KyInstance = ky.create({
    prefixUrl: options.baseUrl,
    headers: { "X-API-KEY": options.cleApi, EDITEUR: options.editeur, LOGICIEL: options.logiciel, VERSION: options.version, accept: "application/json" },
    retry: {
      limit: options.tentatives ?? 2,
      statusCodes: [429, 500, 502, 503, 504],
      afterStatusCodes: [429, 503],
      ...(options.attenteMaxMs === undefined ? {} : { maxRetryAfter: options.attenteMaxMs }),
      ...(options.pauseTentativeMs === undefined ? {} : { delay: () => options.pauseTentativeMs ?? 0 }),
    },
    timeout: options.delaiMs ?? 30_000,
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    hooks: {
      beforeRequest: [
        async (requete) => {
          const jeton = await fournisseur.jeton();
          if (jeton === undefined) return;
          const auth = options.authentification;
          if (jeton.type === "DPoP" && auth.type === "dpop") {
            requete.headers.set("Authorization", `DPoP ${jeton.valeur}`);
            requete.headers.set("DPoP", creerPreuveDpop({ clePrivee: auth.clePrivee, methode: requete.method, url: requete.url, instantMs: horloge(), jetonAcces: jeton.valeur }));
          } else {
            requete.headers.set("Authorization", `Bearer ${jeton.valeur}`);
          }
        },
      ],
    },
  });

  const verifierCapacite = (appel: Appel): void => {
    if (appel.capacite === undefined || comportement.capacites === undefined) return;
    if (capaciteDisponible(comportement.capacites, appel.capacite, comportement.dateCapacites) === false) {
      throw new ErreurApiConvergence(
        "non_pris_en_charge",
        appel.operation,
        `Capacité « ${appel.capacite} » non disponible chez ${options.opco ?? "cet OPCO"} : ${appel.methode.toUpperCase()} /${appel.chemin} n'est pas appelé.`,
      );
    }
  };

  /** Exécute un appel ; `undefined` = statut « introuvable » de l'OPCO. */
  const appeler = async (appel: Appel): Promise<unknown> => {
    verifierCapacite(appel);
    const libelle = `${appel.methode.toUpperCase()} /${appel.chemin}`;
    const executer = () =>
      http(appel.chemin, {
        method: appel.methode,
        ...(appel.parametres === undefined ? {} : { searchParams: appel.parametres }),
        ...(appel.corps === undefined ? {} : { json: appel.corps }),
      }).text();
    let texte: string;
    try {
      try {
        texte = await executer();
      } catch (e) {
        if (!(e instanceof HTTPError) || e.response.status !== 401 || options.authentification.type === "cle_api") throw e;
        fournisseur.invalider();
        texte = await executer();
      }
    } catch (e) {
      if (e instanceof ErreurApiConvergence) throw e;
      if (e instanceof HTTPError) {
        const statut = e.response.status;
        if (introuvable.includes(statut) && appel.methode === "get") return undefined;
        const code = statut === 401 || statut === 403 ? "authentification" : "http";
        throw new ErreurApiConvergence(code, appel.operation, `${libelle} : HTTP ${statut}${code === "authentification" ? " (authentification refusée)" : ""}.`, statut);
      }
      throw new ErreurApiConvergence("reseau", appel.operation, `${libelle} : serveur injoignable, connexion coupée ou délai dépassé.`);
    }
    if (texte.trim() === "") return null;
    let corps: unknown;
    try {
      corps = JSON.parse(texte) as unknown;
    } catch {
      throw new ErreurApiConvergence("reponse_illisible", appel.operation, `${libelle} : réponse JSON illisible ou tronquée.`);
    }
    return comportement.normaliserReponse === undefined ? corps : comportement.normaliserReponse(corps, appel.operation);
  };

  const lireElements = (
    corps: unknown,
    fichier: string,
    lecture: { readonly versionAttendue?: VersionProtocole; readonly appliquees?: readonly ToleranceApiConvergence[]; readonly listeAttendue?: boolean } = {},
  ): ResultatLecteur<Dossier>[] => {
    const page = normaliserPageApiConvergence(corps, tolerances, { listeAttendue: lecture.listeAttendue ?? false });
    const appliquees = [...(lecture.appliquees ?? []), ...page.appliquees];
    return elementsReponseApiConvergence(page.corps).map(({ valeur, segments }) =>
      lireEnregistrementApiConvergence(valeur, {
        fichier,
        pointeur: pointeurJson(segments),
        ...(options.opco === undefined ? {} : { opco: options.opco }),
        tolerances,
        ...(lecture.versionAttendue === undefined ? {} : { versionAttendue: lecture.versionAttendue }),
        tolerancesAppliquees: appliquees,
      }),
    );
  };

  const deposer = async (depot: DepotApiConvergence, operation: OperationApiConvergence, chemin: string, corps: Record<string, unknown>, capacite?: NomCapaciteApi): Promise<unknown> => {
    const constats = verifierDepotApiConvergence(depot, corps);
    if (constats.length > 0) {
      throw new ErreurApiConvergence(
        "champs_obligatoires",
        operation,
        `POST /${chemin} non envoyé : ${constats.length} champ(s) obligatoire(s) absent(s) (${constats.map((c) => c.chemins[0]).join(", ")}).`,
        undefined,
        constats,
      );
    }
    return appeler({ operation, methode: "post", chemin, corps, ...(capacite === undefined ? {} : { capacite }) });
  };

  async function* pages(operation: OperationApiConvergence, chemin: string, cle: string, capacite: NomCapaciteApi, versionAttendue?: VersionProtocole): AsyncGenerator<ResultatLecteur<Dossier>> {
    let recus = 0;
    for (let page = 1; page <= PAGES_MAX; page += 1) {
      const recu = await appeler({ operation, methode: "get", chemin, parametres: { numeroPage: String(page) }, capacite });
      const fichier = `GET /${chemin}?numeroPage=${page}`;
      if (recu === undefined || recu === null) return;
      const { corps, appliquees, fin } = normaliserPageApiConvergence(recu, tolerances);
      if (fin) return;
      const enveloppe = typeof corps === "object" && corps !== null && !Array.isArray(corps) ? (corps as Record<string, unknown>) : undefined;
      const liste = enveloppe?.[cle];
      const lecture = { appliquees, ...(versionAttendue === undefined ? {} : { versionAttendue }) };
      if (enveloppe === undefined || !Array.isArray(liste)) {
        yield* lireElements(corps, fichier, lecture);
        return;
      }
      if (liste.length === 0) return;
      yield* lireElements(corps, fichier, lecture);
      recus += liste.length;
      const total = Number(enveloppe["total"]);
      if (Number.isFinite(total) && recus >= total) return;
    }
  }

  const capaciteContrats = (version: VersionProtocole): NomCapaciteApi => (version === "v1" ? "contrats_v1" : "contrats_v2");

  return {
    async statut() {
      return appeler({ operation: "statut", methode: "get", chemin: "v1/status" });
    },
    async dossier(numeroInterne) {
      const corps = await appeler({ operation: "dossier", methode: "get", chemin: "v2/dossiers", parametres: { numeroInterne }, capacite: "contrats_v2" });
      if (corps === undefined || corps === null) return null;
      const resultats = lireElements(corps, `GET /v2/dossiers?numeroInterne=${numeroInterne}`, { versionAttendue: "v2", listeAttendue: true });
      return resultats[0] ?? null;
    },
    async dossiers(numerosInternes) {
      const corps = await appeler({
        operation: "liste_dossiers",
        methode: "get",
        chemin: "v1/dossiers/liste",
        parametres: { numerosInternes: numerosInternes.join(",") },
        capacite: "contrats_v1",
      });
      if (corps === undefined || corps === null) return [];
      return lireElements(corps, "GET /v1/dossiers/liste", { versionAttendue: "v1", listeAttendue: true });
    },
    etatsDossiers(parametres = {}) {
      const version = parametres.version ?? "v2";
      if (version === "v2") return pages("etats_dossiers", "v2/dossiers/etats", "EtatDossierResult", "contrats_v2", "v2");
      return (async function* () {
        const corps = await appeler({ operation: "etats_dossiers", methode: "get", chemin: "v1/dossiers/etats", capacite: "contrats_v1" });
        if (corps !== undefined && corps !== null) yield* lireElements(corps, "GET /v1/dossiers/etats", { versionAttendue: "v1", listeAttendue: true });
      })();
    },
    etatsFactures() {
      return pages("etats_factures", "v2/factures/etats", "factures", "etats_factures");
    },
    async deposerDossier(dossier, parametres = {}) {
      const version = parametres.version ?? "v2";
      return appeler({
        operation: "deposer_dossier",
        methode: "post",
        chemin: `${version}/dossiers`,
        corps: dossierApiConvergence(dossier, { version, formeDate: formes.dossier }),
        capacite: capaciteContrats(version),
      });
    },
    async deposerConvention(dossier) {
      verifierCapacite({ operation: "deposer_convention", methode: "post", chemin: "v1/conventions", capacite: "conventions" });
      return deposer("convention", "deposer_convention", "v1/conventions", conventionApiConvergence(dossier, formes.convention), "conventions");
    },
    async deposerFacture(facture: Facture) {
      return appeler({ operation: "deposer_facture", methode: "post", chemin: "v1/factures", corps: factureApiConvergence(facture), capacite: "factures" });
    },
    async deposerCertificat(dossier: Dossier, parametres: OptionsCertificat) {
      verifierCapacite({ operation: "deposer_certificat", methode: "post", chemin: "v2/certificats", capacite: "certificats" });
      return deposer("certificat", "deposer_certificat", "v2/certificats", certificatApiConvergence(dossier, { formeDate: formes.certificat, ...parametres }), "certificats");
    },
    async deposerDocument(document) {
      const corps = corpsDocumentApiConvergence(document);
      if (document.octets.length > 0 && !estPdf(document.octets)) {
        throw new ErreurApiConvergence("champs_obligatoires", "deposer_document", `POST /v1/documents non envoyé : « ${document.nomFichier} » n'est pas un PDF (en-tête %PDF- absent).`);
      }
      if (document.octets.length === 0) (corps["fichier"] as Record<string, unknown>)["contenu"] = "";
      return deposer("document", "deposer_document", "v1/documents", corps);
    },
    async declarerRuptureEmployeur(dossier) {
      return deposer("rupture_employeur", "declarer_rupture_employeur", "v2/dossiers/rupture/employeur", ruptureEmployeurApiConvergence(dossier, formes.rupture));
    },
    async infoCle(siren, dateControle) {
      const corps = await appeler({ operation: "info_cle", methode: "get", chemin: "v2/cfakeyinfo", parametres: { siren, XAPIKEY: options.cleApi } });
      return lireInfoCleApiConvergence(corps, dateControle);
    },
  };
}
