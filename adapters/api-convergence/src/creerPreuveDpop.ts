import { createHash, createPrivateKey, createPublicKey, randomUUID, sign, type KeyObject } from "node:crypto";

/**
 * Paramètres d'une preuve DPoP (RFC 9449) : clé privée RSA, méthode et URL visées,
 * instant (ms depuis l'époque, horloge injectée) et identifiant unique facultatif.
 *
 * @example
 * ```ts
 * const p: ParametresPreuveDpop = { clePrivee: pem, methode: "POST", url: "https://auth.example/token", instantMs: 1_760_000_000_000 };
 * ```
 */
export interface ParametresPreuveDpop {
  readonly clePrivee: KeyObject | string;
  readonly methode: string;
  readonly url: string;
  readonly instantMs: number;
  readonly jti?: string;
  /** Jeton d'accès lié (requêtes d'API) : ajoute la revendication `ath` (SHA-256 du jeton, base64url). */
  readonly jetonAcces?: string;
}

const base64url = (octets: Buffer | string): string => Buffer.from(octets).toString("base64url");

/**
 * Construit une preuve DPoP : JWT signé RS256 (`node:crypto`), en-tête
 * `{typ: "dpop+jwt", alg: "RS256", jwk}` (clé publique), charge `{jti, htm, htu, iat}`.
 * AFDAS l'exige dans l'en-tête `DPoP` de la demande de jeton (`opco-echanges.md` §1.4) ;
 * pour un jeton lié (`token_type: DPoP`), chaque requête d'API porte aussi une preuve avec `ath`.
 *
 * @example
 * ```ts
 * const preuve = creerPreuveDpop({ clePrivee: pem, methode: "POST", url: urlJeton, instantMs: Date.now() });
 * // en-tête « DPoP: <preuve> »
 * ```
 */
export function creerPreuveDpop(parametres: ParametresPreuveDpop): string {
  const clePrivee = typeof parametres.clePrivee === "string" ? createPrivateKey(parametres.clePrivee) : parametres.clePrivee;
  const jwk = createPublicKey(clePrivee).export({ format: "jwk" });
  const entete = { typ: "dpop+jwt", alg: "RS256", jwk: { kty: jwk.kty, n: jwk.n, e: jwk.e } };
  const charge = {
    jti: parametres.jti ?? randomUUID(),
    htm: parametres.methode.toUpperCase(),
    htu: parametres.url.split(/[?#]/u)[0],
    iat: Math.floor(parametres.instantMs / 1000),
    ...(parametres.jetonAcces === undefined ? {} : { ath: createHash("sha256").update(parametres.jetonAcces).digest("base64url") }),
  };
  const aSigner = `${base64url(JSON.stringify(entete))}.${base64url(JSON.stringify(charge))}`;
  const signature = sign("sha256", Buffer.from(aSigner), clePrivee);
  return `${aSigner}.${base64url(signature)}`;
}
