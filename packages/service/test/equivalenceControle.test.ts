import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { executerCli, genererContratsDemo, type ContexteCli } from "@communs-opco/cli";
import { contratExemple } from "@communs-opco/schemas";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { creerApplication, type ApplicationService } from "../src/index";
import { DocumentOpenApi } from "./documentOpenApi";

// POST /v1/contrats/controle rend le résultat de `opco controle --json` (issue 14, point 2) : mêmes
// statuts, mêmes constats, mêmes vérifications non exécutées (`nonExecutees`, statut
// `conforme_verifications_executees`), même résumé de lot. Le même fichier est donné à la CLI (dans ce
// processus, `executerCli`) et au service (lot NDJSON, puis chaque contrat seul), et les JSON comparés.

const DATE = "2025-11-03";
const CONTRATS = 30;

interface LigneResultat {
  index: number;
  source: { fichier: string; ligne: number };
  statut: string;
  constats: unknown[];
  avantPaiement?: unknown;
  nonExecutees?: string[];
  raison?: string;
}
interface SortieCli {
  dateEvaluation: string;
  resultats: LigneResultat[];
  resume: Record<string, unknown> & { nonExecutees: unknown[] };
}

let service: ApplicationService;
let doc: DocumentOpenApi;
let dossier: string;
const lignesDemo = [...genererContratsDemo({ nombre: CONTRATS, graine: 2025 })].map((l) => l.texte);
const lot = `${lignesDemo.join("\n")}\n`;

beforeAll(async () => {
  service = creerApplication({ referentiels: ["embarque"], journal: pino({ level: "silent" }), metriquesProcessus: false, enClairAutorise: true, maintenant: () => Date.parse(`${DATE}T10:00:00Z`) });
  await service.pret;
  doc = await DocumentOpenApi.depuis(service.app);
  dossier = mkdtempSync(join(tmpdir(), "equivalence-controle-"));
  writeFileSync(join(dossier, "lot.jsonl"), lot);
  writeFileSync(join(dossier, "exemple.json"), JSON.stringify(contratExemple));
});

afterAll(() => rmSync(dossier, { recursive: true, force: true }));

/** `opco controle FICHIER --json --date DATE …` : sa sortie standard lue en JSON. */
async function cli(fichier: string, args: readonly string[]): Promise<SortieCli> {
  const sortie: string[] = [];
  const contexte: ContexteCli = { ecrire: (t) => sortie.push(t), ecrireErreur: () => undefined, repertoire: dossier, lireEntreeStandard: async () => "", entreeStandardInteractive: true };
  await executerCli(["controle", fichier, "--json", "--date", DATE, ...args], contexte);
  return JSON.parse(sortie.join("")) as SortieCli;
}

/** Appelle la route (réponse vérifiée contre le document OpenAPI, chaque ligne d'un lot) et rend son texte. */
async function controle(requete: string, corps: string, type: "application/json" | "application/x-ndjson"): Promise<string> {
  const reponse = await service.app.request(`/v1/contrats/controle?date=${DATE}${requete}`, { method: "POST", body: corps, headers: { "content-type": type } });
  expect(reponse.status).toBe(200);
  const typeReponse = reponse.headers.get("content-type") ?? "";
  const texte = await reponse.text();
  for (const ligne of type === "application/json" ? [texte] : texte.trim().split("\n")) doc.verifier("POST", "/v1/contrats/controle", 200, typeReponse, JSON.parse(ligne));
  return texte;
}

/** Corps attendu du contrat seul : les champs de la ligne de la CLI, dans l'ordre de la réponse. */
function corpsAttendu(ligne: LigneResultat): string {
  return JSON.stringify({
    dateEvaluation: DATE,
    statut: ligne.statut,
    constats: ligne.constats,
    ...(ligne.avantPaiement === undefined ? {} : { avantPaiement: ligne.avantPaiement }),
    ...(ligne.nonExecutees === undefined ? {} : { nonExecutees: ligne.nonExecutees }),
  });
}

/** Combinaisons comparées : source des vérifications, OPCO payeur, données en clair. */
const combinaisons = [
  { referentiel: "embarque", opco: undefined, enClair: false },
  { referentiel: "embarque", opco: undefined, enClair: true },
  { referentiel: "embarque", opco: "akto", enClair: false },
  { referentiel: "embarque", opco: "akto", enClair: true },
  { referentiel: "aucun", opco: undefined, enClair: false },
  { referentiel: "aucun", opco: undefined, enClair: true },
] as const;

describe("POST /v1/contrats/controle ≡ opco controle --json", () => {
  for (const { referentiel, opco, enClair } of combinaisons) {
    const nom = `referentiel=${referentiel}${opco === undefined ? "" : `, opco=${opco}`}, ${enClair ? "en clair" : "masqué"}`;
    const argsCli = ["--referentiel", referentiel, ...(opco === undefined ? [] : ["--opco", opco]), ...(enClair ? ["--en-clair"] : [])];
    const requete = `&referentiel=${referentiel}${opco === undefined ? "" : `&opco=${opco}`}${enClair ? "&enClair=true" : ""}`;

    it(`${CONTRATS} contrats de démonstration, ${nom} : lot NDJSON (lignes et résumé) et chaque contrat seul`, async () => {
      const attendu = await cli("lot.jsonl", argsCli);
      expect(attendu.resultats).toHaveLength(CONTRATS);
      const lignes = (await controle(requete, lot, "application/x-ndjson"))
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as LigneResultat & { dateEvaluation?: string; resume?: unknown });
      const resume = lignes.pop();
      // Lignes de résultat : celles de la CLI, au nom du fichier près (« requête » pour le service).
      expect(lignes.map((l) => ({ ...l, source: { ...l.source, fichier: "lot.jsonl" } }))).toEqual(attendu.resultats);
      // Résumé : celui de la CLI, sans l'index des règles sur plusieurs contrats (`lot`, propre au fichier de la CLI).
      const { lot: _indexLot, ...resumeCli } = attendu.resume;
      expect(resume).toEqual({ dateEvaluation: DATE, resume: resumeCli });
      // Chaque contrat lisible seul (application/json) : statut, constats, avantPaiement et nonExecutees de sa ligne, octet pour octet.
      let lisibles = 0;
      for (const ligne of attendu.resultats) {
        if (ligne.statut === "illisible") continue;
        lisibles++;
        expect(await controle(requete, lignesDemo[ligne.source.ligne - 1] ?? "", "application/json")).toBe(corpsAttendu(ligne));
      }
      expect(lisibles).toBeGreaterThan(CONTRATS / 2);
      // La combinaison exerce bien le classement : des contrats conformes aux vérifications exécutées, la liste du résumé.
      expect(attendu.resume.nonExecutees.length).toBeGreaterThan(0);
      expect(attendu.resultats.some((l) => l.statut === "conforme_verifications_executees")).toBe(true);
    });
  }

  it("le contrat d'exemple seul, embarqué et aucun : la ligne de la CLI, octet pour octet", async () => {
    for (const referentiel of ["embarque", "aucun"]) {
      const attendu = await cli("exemple.json", ["--referentiel", referentiel]);
      expect(attendu.resultats).toHaveLength(1);
      const ligne = attendu.resultats[0] as LigneResultat;
      expect(ligne.nonExecutees?.length).toBeGreaterThan(0);
      expect(await controle(`&referentiel=${referentiel}`, JSON.stringify(contratExemple), "application/json")).toBe(corpsAttendu(ligne));
    }
  });
});
