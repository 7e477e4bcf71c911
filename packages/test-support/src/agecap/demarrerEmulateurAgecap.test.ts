import { request } from "node:https";
import { beforeAll, describe, expect, it } from "vitest";
import type { CertificatsTest } from "./CertificatsTest";
import { demarrerEmulateurAgecap } from "./demarrerEmulateurAgecap";
import { genererCertificatsTest } from "./genererCertificatsTest";

let certificats: CertificatsTest;
beforeAll(() => {
  certificats = genererCertificatsTest();
}, 60_000);

/** POST HTTPS brut avec ou sans certificat client : statut, ou « refus » si la poignée de main échoue. */
function poster(url: string, chemin: string, options: { pfx?: Uint8Array; entetes?: Record<string, string>; corps?: string }): Promise<number | "refus"> {
  return new Promise((resolve) => {
    const requete = request(
      `${url}${chemin}`,
      { method: "POST", ca: certificats.ca, headers: options.entetes ?? {}, ...(options.pfx === undefined ? {} : { pfx: Buffer.from(options.pfx), passphrase: certificats.client.motDePasse }) },
      (reponse) => {
        reponse.resume();
        reponse.on("end", () => resolve(reponse.statusCode ?? 0));
      },
    );
    requete.on("error", () => resolve("refus"));
    requete.end(options.corps);
  });
}

describe("émulateur AGECAP (HTTPS, TLS mutuel)", () => {
  it("refuse une connexion sans certificat client ou avec un certificat d'une autre autorité, accepte le bon", async () => {
    const e = await demarrerEmulateurAgecap({ certificats, identifiant: "celia", motDePasse: "s" });
    try {
      expect(e.url.startsWith("https://127.0.0.1:")).toBe(true);
      const basic = { authorization: `Basic ${Buffer.from("celia:s").toString("base64")}` };
      expect(await poster(e.url, "/authenticate", { entetes: basic })).toBe("refus");
      expect(await poster(e.url, "/authenticate", { pfx: certificats.clientInconnu.p12, entetes: basic })).toBe("refus");
      expect(await poster(e.url, "/authenticate", { pfx: certificats.client.p12, entetes: basic })).toBe(200);
      expect(await poster(e.url, "/authenticate", { pfx: certificats.client.p12, entetes: { authorization: "Basic eA==" } })).toBe(401);
      expect(await poster(e.url, "/contrats", { pfx: certificats.client.p12, entetes: { authorization: "Bearer inconnu" } })).toBe(401);
      expect(e.jetonsEmis).toBe(1);
    } finally {
      await e.arreter();
    }
  });
});
