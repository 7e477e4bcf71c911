import { createHash, createPublicKey, verify, type KeyObject } from "node:crypto";

/**
 * Vérifie une preuve DPoP (RFC 9449) reçue par l'émulateur : trois segments base64url,
 * en-tête `typ: dpop+jwt` et `alg: RS256`, signature RS256 valide pour la clé publique
 * attendue, `htm` et `htu` égaux à la requête, `iat` à moins de 300 s de l'horloge,
 * `jti` jamais vu, et `ath` conforme pour un jeton lié. Renvoie `undefined` si la preuve est valide, la raison sinon.
 *
 * @example
 * ```ts
 * const raison = verifierPreuveDpop(preuve, { clePublique, methode: "POST", url, instantMs: Date.now(), jtiVus: new Set() });
 * ```
 */
export function verifierPreuveDpop(
  preuve: string | undefined,
  attendu: {
    readonly clePublique: KeyObject | string;
    readonly methode: string;
    readonly url: string;
    readonly instantMs: number;
    readonly jtiVus: Set<string>;
    /** Jeton lié : la revendication `ath` doit valoir le SHA-256 base64url de ce jeton. */
    readonly jetonAcces?: string;
  },
): string | undefined {
  if (preuve === undefined || preuve === "") return "en-tête DPoP absent";
  const segments = preuve.split(".");
  if (segments.length !== 3) return "preuve DPoP mal formée";
  const [entete64, charge64, signature64] = segments as [string, string, string];
  let entete: Record<string, unknown>;
  let charge: Record<string, unknown>;
  try {
    entete = JSON.parse(Buffer.from(entete64, "base64url").toString("utf8")) as Record<string, unknown>;
    charge = JSON.parse(Buffer.from(charge64, "base64url").toString("utf8")) as Record<string, unknown>;
  } catch {
    return "preuve DPoP illisible";
  }
  if (entete["typ"] !== "dpop+jwt" || entete["alg"] !== "RS256") return "en-tête DPoP invalide (typ dpop+jwt et alg RS256 attendus)";
  const cle = typeof attendu.clePublique === "string" ? createPublicKey(attendu.clePublique) : attendu.clePublique;
  const valide = verify("sha256", Buffer.from(`${entete64}.${charge64}`), cle, Buffer.from(signature64, "base64url"));
  if (!valide) return "signature DPoP invalide";
  if (charge["htm"] !== attendu.methode) return "htm DPoP incorrect";
  if (charge["htu"] !== attendu.url) return "htu DPoP incorrect";
  const iat = charge["iat"];
  if (typeof iat !== "number" || Math.abs(iat * 1000 - attendu.instantMs) > 300_000) return "iat DPoP hors délai";
  const jti = charge["jti"];
  if (typeof jti !== "string" || jti === "") return "jti DPoP absent";
  if (attendu.jtiVus.has(jti)) return "jti DPoP rejoué";
  if (attendu.jetonAcces !== undefined && charge["ath"] !== createHash("sha256").update(attendu.jetonAcces).digest("base64url")) return "ath DPoP incorrect";
  attendu.jtiVus.add(jti);
  return undefined;
}
