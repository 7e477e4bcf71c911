import { ErreurDelai, ErreurHttp, ErreurReseau, ErreurSchema, LimiteurDebit, masquerSecrets } from "@communs-opco/referentiels";
import ky, { HTTPError, TimeoutError, type KyInstance } from "ky";
import { contratAgecap } from "../src/contratAgecap.js";
import type { ClientAgecap } from "./ClientAgecap.js";
import type { ConfigurationClientAgecap } from "./ConfigurationClientAgecap.js";
import { creerFetchCertificatClient } from "./creerFetchCertificatClient.js";

const API = "AGECAP";
const estObjet = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Crée le client de transport AGECAP (`opco-echanges.md` §4.3) : TLS mutuel avec le
 * certificat client P12 ({@link creerFetchCertificatClient}), jeton par `POST authenticate`
 * (HTTP Basic ; réponse `token` ou `access_token`), WS01 `POST contrats` (corps
 * `contratAgecap(dossier)`, 201 attendu), WS02 `POST contrats/{id}/pj/{documentId}` (multipart
 * `type` + `fichier`). Même plomberie que les autres clients : ky avec nouvelles tentatives sur
 * 429 (en respectant `Retry-After`) et 5xx — un dépôt n'est rejoué que sur 429 et 503, où le
 * serveur ne l'a pas traité —, limite de débit (`LimiteurDebit`), délai par requête, erreurs
 * typées de `@communs-opco/referentiels` (`ErreurHttp`, `ErreurReseau`, `ErreurDelai`,
 * `ErreurSchema`) sans mot de passe ni jeton.
 *
 * @example
 * ```ts
 * const client = creerClientAgecap({
 *   urlBase: process.env.URL_AGECAP ?? "", identifiant: "celia", motDePasse: process.env.MDP_AGECAP ?? "",
 *   certificat: { p12: await readFile("cfa.p12"), motDePasse: process.env.MDP_P12 ?? "" },
 * });
 * const { id } = await client.transmettreContrat(dossier);
 * ```
 */
export function creerClientAgecap(configuration: ConfigurationClientAgecap): ClientAgecap {
  const fetchTls = creerFetchCertificatClient(configuration.certificat);
  const limiteur = new LimiteurDebit({ ...(configuration.requetesParSeconde === undefined ? {} : { requetesParSeconde: configuration.requetesParSeconde }), concurrence: 4 });
  const basique = Buffer.from(`${configuration.identifiant}:${configuration.motDePasse}`, "utf8").toString("base64");
  const secrets = [configuration.motDePasse, basique, configuration.certificat.motDePasse];
  let jeton: string | undefined;
  const delaiMs = configuration.delaiMs ?? 60_000;

  const http: KyInstance = ky.create({
    prefixUrl: configuration.urlBase,
    fetch: fetchTls,
    timeout: delaiMs,
    headers: { accept: "application/json" },
    retry: {
      limit: configuration.tentatives ?? 2,
      methods: ["post"],
      statusCodes: [429, 500, 502, 503, 504],
      afterStatusCodes: [429, 503],
      ...(configuration.attenteMaxMs === undefined ? {} : { maxRetryAfter: configuration.attenteMaxMs }),
      ...(configuration.pauseTentativeMs === undefined ? {} : { delay: () => configuration.pauseTentativeMs ?? 0 }),
      retryOnTimeout: false,
    },
    hooks: {
      beforeRequest: [
        async () => {
          await limiteur.prendreJeton();
        },
      ],
      beforeRetry: [
        ({ request, error }) => {
          const depot = !new URL(request.url).pathname.endsWith("/authenticate");
          // Un dépôt n'est rejoué que si le serveur ne l'a pas traité (429, 503) : l'erreur est rendue telle quelle.
          if (depot && error instanceof HTTPError && error.response.status !== 429 && error.response.status !== 503) throw error;
        },
      ],
    },
  });

  const traduire = async (erreur: unknown, methode: string, chemin: string): Promise<Error> => {
    const url = `${configuration.urlBase.replace(/\/$/u, "")}/${chemin}`;
    if (erreur instanceof HTTPError) {
      let donnees: unknown = null;
      try {
        const texte = masquerSecrets(await erreur.response.text(), secrets);
        try {
          donnees = JSON.parse(texte) as unknown;
        } catch {
          donnees = texte.slice(0, 500);
        }
      } catch {
        donnees = null;
      }
      return new ErreurHttp({ api: API, methode, url, statut: erreur.response.status, texteStatut: erreur.response.statusText, donnees, retryAfter: erreur.response.headers.get("retry-after") });
    }
    if (erreur instanceof TimeoutError) return new ErreurDelai({ api: API, methode, url, delaiMs });
    return new ErreurReseau({ api: API, methode, url, raison: "connexion TLS impossible, certificat refusé, serveur injoignable ou coupure" });
  };

  const lireJson = (texte: string, chemin: string): unknown => {
    if (texte.trim() === "") return null;
    try {
      return JSON.parse(texte) as unknown;
    } catch {
      throw new ErreurSchema({ api: API, methode: "POST", url: `${configuration.urlBase.replace(/\/$/u, "")}/${chemin}`, problemes: [{ chemin: "", message: "corps JSON illisible" }] });
    }
  };

  const authentifier = async (): Promise<void> => {
    let texte: string;
    try {
      texte = await limiteur.executer(() => http.post("authenticate", { headers: { Authorization: `Basic ${basique}` } }).text());
    } catch (erreur) {
      throw await traduire(erreur, "POST", "authenticate");
    }
    const corps = lireJson(texte, "authenticate");
    const valeur = estObjet(corps) ? (corps["token"] ?? corps["access_token"]) : typeof corps === "string" ? corps : undefined;
    if (typeof valeur !== "string" || valeur === "") {
      throw new ErreurSchema({ api: API, methode: "POST", url: `${configuration.urlBase.replace(/\/$/u, "")}/authenticate`, problemes: [{ chemin: "token", message: "jeton absent de la réponse" }] });
    }
    jeton = valeur;
    secrets.push(valeur);
  };

  /** Appel authentifié ; un 401 fait redemander le jeton une fois. */
  const appeler = async (chemin: string, options: { json?: unknown; body?: FormData }): Promise<{ statut: number; corps: unknown }> => {
    if (jeton === undefined) await authentifier();
    const executer = async () => {
      const reponse = await limiteur.executer(() => http.post(chemin, { ...options, headers: { Authorization: `Bearer ${jeton ?? ""}` } }));
      return { statut: reponse.status, texte: await reponse.text() };
    };
    let resultat: { statut: number; texte: string };
    try {
      try {
        resultat = await executer();
      } catch (e) {
        if (!(e instanceof HTTPError) || e.response.status !== 401) throw e;
        await authentifier();
        resultat = await executer();
      }
    } catch (erreur) {
      if (erreur instanceof ErreurHttp || erreur instanceof ErreurSchema) throw erreur;
      throw await traduire(erreur, "POST", chemin);
    }
    return { statut: resultat.statut, corps: lireJson(resultat.texte, chemin) };
  };

  return {
    authentifier,
    async transmettreContrat(dossier) {
      const { corps } = await appeler("contrats", { json: contratAgecap(dossier) });
      const id = estObjet(corps) ? (corps["id"] ?? corps["numTeletransmission"]) : undefined;
      if (typeof id !== "string" && typeof id !== "number") {
        throw new ErreurSchema({ api: API, methode: "POST", url: `${configuration.urlBase.replace(/\/$/u, "")}/contrats`, problemes: [{ chemin: "id", message: "identifiant de télétransmission absent de la réponse" }] });
      }
      return { id: String(id), reponse: corps };
    },
    async joindrePiece(idContrat, idDocument, piece) {
      const formulaire = new FormData();
      formulaire.set("type", piece.type);
      formulaire.set("fichier", new Blob([Buffer.from(piece.octets)], { type: "application/pdf" }), piece.nomFichier);
      const { corps } = await appeler(`contrats/${encodeURIComponent(idContrat)}/pj/${encodeURIComponent(idDocument)}`, { body: formulaire });
      return corps;
    },
  };
}
