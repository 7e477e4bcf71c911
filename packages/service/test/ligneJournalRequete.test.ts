import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, it, vi } from "vitest";
import { ligneJournalRequete } from "../src/index";

describe("ligneJournalRequete", () => {
  it("écrit exactement la ligne que pino écrirait avec la configuration par défaut du service", () => {
    vi.useFakeTimers({ now: Date.parse("2026-12-06T22:59:52.123Z") });
    try {
      const lignes: string[] = [];
      const sortie = new Writable({
        write(morceau, _encodage, suite) {
          lignes.push(String(morceau));
          suite();
        },
      });
      const journal = pino({ base: { service: "communs-opco" }, timestamp: pino.stdTimeFunctions.isoTime, redact: ["req.headers.authorization", "cle"] }, sortie);
      for (const champs of [
        { requete: "0b8f3c52-1c55-4a39-a0f7-0f3a4f3b9d11", methode: "POST", route: "/v1/contrats/controle", statut: 200, dureeMs: 3, titulaire: "anonyme", contrats: 1 },
        { requete: "suivi-42", methode: "GET", route: "/v1/identifiants/:type/:valeur", statut: 404, dureeMs: 0, titulaire: 'opco "guillemets" \\ é\u0001', contrats: 0 },
      ]) {
        journal.info(champs, "requête traitée");
        expect(ligneJournalRequete(champs, Date.now())).toBe(lignes.at(-1));
      }
    } finally {
      vi.useRealTimers();
    }
  });
});
