import { describe, expect, it } from "vitest";
import { lireOctets } from "../src/lireCorps";

/*
 * Issue 13, défaut 13 : la limite de corps est testée à la limite et un octet au-delà, annoncée
 * (Content-Length) ou découverte en cours de lecture (corps en flux, sans longueur).
 */

const LIMITE = 64;

/** Requête dont le corps arrive en deux morceaux, sans Content-Length. */
function enFlux(taille: number): Request {
  const octets = new Uint8Array(taille).fill(0x61);
  const corps = new ReadableStream<Uint8Array>({
    start(c) {
      c.enqueue(octets.subarray(0, Math.floor(taille / 2)));
      c.enqueue(octets.subarray(Math.floor(taille / 2)));
      c.close();
    },
  });
  return new Request("http://127.0.0.1/v1/identifiants", { method: "POST", body: corps, duplex: "half" } as RequestInit);
}

function annonce(taille: number, longueurAnnoncee: number): Request {
  return new Request("http://127.0.0.1/v1/identifiants", { method: "POST", body: "a".repeat(taille), headers: { "content-length": String(longueurAnnoncee) } });
}

describe("lireOctets : limite de corps, à la limite et un octet au-delà", () => {
  it("corps en flux de exactement la limite : lu en entier ; un octet de plus : 413", async () => {
    expect((await lireOctets(enFlux(LIMITE), LIMITE)).byteLength).toBe(LIMITE);
    await expect(lireOctets(enFlux(LIMITE + 1), LIMITE)).rejects.toMatchObject({ statut: 413, extensions: { limiteOctets: LIMITE } });
  });

  it("Content-Length égal à la limite : lu ; limite + 1 annoncé : 413 avant toute lecture", async () => {
    expect((await lireOctets(annonce(LIMITE, LIMITE), LIMITE)).byteLength).toBe(LIMITE);
    await expect(lireOctets(annonce(LIMITE, LIMITE + 1), LIMITE)).rejects.toMatchObject({ statut: 413 });
  });
});
