import { Agent, request } from "node:https";
import { createSecureContext } from "node:tls";

/**
 * Certificat client d'un TLS mutuel : fichier P12 (PKCS#12, octets) et son mot de passe,
 * et, facultativement, l'autorité (PEM) qui signe le certificat du serveur quand elle n'est
 * pas dans le magasin du système.
 *
 * @example
 * ```ts
 * const c: CertificatClient = { p12: await readFile("cfa.p12"), motDePasse: process.env.MDP_P12 ?? "" };
 * ```
 */
export interface CertificatClient {
  readonly p12: Uint8Array;
  readonly motDePasse: string;
  readonly autoriteServeur?: string;
}

/**
 * Crée une fonction `fetch` qui présente un certificat client (P12) sur chaque connexion
 * HTTPS (`node:https`, agent dédié), pour les API qui exigent un TLS mutuel comme AGECAP.
 * Respecte l'annulation (`signal`), renvoie une `Response` standard ; une URL non HTTPS est
 * refusée. Un P12 illisible ou un mauvais mot de passe lève une `TypeError` en français (sans
 * citer le mot de passe) à la création.
 *
 * @example
 * ```ts
 * const f = creerFetchCertificatClient({ p12, motDePasse });
 * const reponse = await f("https://agecap.example/authenticate", { method: "POST" });
 * ```
 */
export function creerFetchCertificatClient(certificat: CertificatClient): typeof fetch {
  let agent: Agent;
  try {
    createSecureContext({ pfx: Buffer.from(certificat.p12), passphrase: certificat.motDePasse });
    agent = new Agent({
      pfx: Buffer.from(certificat.p12),
      passphrase: certificat.motDePasse,
      ...(certificat.autoriteServeur === undefined ? {} : { ca: certificat.autoriteServeur }),
    });
  } catch {
    throw new TypeError("Certificat client illisible : fichier P12 invalide ou mot de passe incorrect.");
  }
  return async (entree, init) => {
    const requete = new Request(entree, init);
    const url = new URL(requete.url);
    if (url.protocol !== "https:") throw new TypeError("Le certificat client exige une URL HTTPS.");
    const corps = requete.body === null ? undefined : Buffer.from(await requete.arrayBuffer());
    const entetes: Record<string, string> = {};
    requete.headers.forEach((valeur, nom) => {
      entetes[nom] = valeur;
    });
    if (corps !== undefined) entetes["content-length"] = String(corps.length);
    return new Promise<Response>((resolve, reject) => {
      const signal = requete.signal;
      const envoi = request(url, { method: requete.method, headers: entetes, agent }, (reponse) => {
        const morceaux: Buffer[] = [];
        reponse.on("data", (m: Buffer) => morceaux.push(m));
        reponse.on("error", () => reject(new TypeError("Réponse interrompue.")));
        reponse.on("end", () => {
          const statut = reponse.statusCode ?? 500;
          const enTetes = new Headers();
          for (const [nom, valeur] of Object.entries(reponse.headers)) {
            if (valeur === undefined) continue;
            for (const v of Array.isArray(valeur) ? valeur : [valeur]) enTetes.append(nom, v);
          }
          const sansCorps = statut === 204 || statut === 205 || statut === 304;
          resolve(new Response(sansCorps ? null : Buffer.concat(morceaux), { status: statut, headers: enTetes }));
        });
      });
      const abandon = (): void => {
        envoi.destroy();
        reject(signal.reason ?? new DOMException("Requête annulée.", "AbortError"));
      };
      if (signal.aborted) {
        abandon();
        return;
      }
      signal.addEventListener("abort", abandon, { once: true });
      envoi.on("error", () => reject(new TypeError("Connexion TLS impossible : serveur injoignable, certificat refusé ou coupure.")));
      envoi.on("close", () => signal.removeEventListener("abort", abandon));
      if (corps !== undefined) envoi.write(corps);
      envoi.end();
    });
  };
}
