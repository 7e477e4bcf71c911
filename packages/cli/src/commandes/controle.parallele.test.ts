import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { contratExemple } from "@communs-opco/schemas";
import { describe, expect, it } from "vitest";
import { contexteCliCapture } from "../contexteCliCapture";
import { genererContratsDemo } from "../demo/genererContratsDemo";
import { executerCli } from "../executerCli";

const dossier = mkdtempSync(join(tmpdir(), "opco-controle-parallele-"));
const DATE = "2025-11-03";

/** Copie du contrat d'exemple modifiée. */
function contrat(modifier: (c: any) => void): object {
  const c: any = structuredClone(contratExemple);
  modifier(c);
  return c;
}

/**
 * Lot de plusieurs centaines de Kio : jeu de démonstration (conformes, défauts, illisibles), un
 * maître aux trois apprentis simultanés et un contrat successif dont le précédent est loin dans le
 * fichier (règles sur plusieurs contrats, au-delà d'un morceau), lignes vides et fins CR LF.
 */
function lot(): string {
  const demo = [...genererContratsDemo({ nombre: 120, graine: 7 })].map((l) => l.texte);
  const apprentis = ["2024-09-02", "2024-09-09", "2024-09-16"].map((debut, i) =>
    JSON.stringify(
      contrat((c) => {
        c.apprenti.prenom = ["Léa", "Hugo", "Inès"][i];
        c.contrat.noContrat = `06920240900011${String(i)}`;
        c.contrat.dateDebutContrat = debut;
      }),
    ),
  );
  const successif = JSON.stringify(
    contrat((c) => {
      c.apprenti.dateNaissance = "1993-01-10";
      delete c.apprenti.nir;
      c.contrat.typeContratApp = "22";
      c.contrat.numeroContratPrecedent = "069202209000111";
    }),
  );
  const precedent = JSON.stringify(
    contrat((c) => {
      c.apprenti.dateNaissance = "1993-01-10";
      delete c.apprenti.nir;
      c.contrat.noContrat = "069202209000111";
      c.contrat.dateSignature = "2022-08-20";
      c.contrat.dateDebutContrat = "2022-09-01";
      c.contrat.dateFinContrat = "2023-08-26";
    }),
  );
  const lignes = [apprentis[0] as string, successif, ...demo.slice(0, 60), "", apprentis[1] as string, ...demo.slice(60), "  ", apprentis[2] as string, precedent];
  return `${lignes.map((l, i) => (i % 7 === 3 ? `${l}\r` : l)).join("\n")}\n`;
}

async function controler(...args: string[]): Promise<{ code: number; sortie: string; erreurs: string }> {
  const contexte = contexteCliCapture({ repertoire: dossier });
  const code = await executerCli(["controle", "--date", DATE, ...args], contexte);
  return { code, sortie: contexte.sortie.join(""), erreurs: contexte.erreurs.join("") };
}

describe("opco controle --fils N (fils de calcul)", { timeout: 300_000 }, () => {
  writeFileSync(join(dossier, "lot.jsonl"), lot());
  // Une seule exécution à deux fils (chacun charge l'instantané) : --json, --sortie et --rapport ensemble.
  let executions: Promise<{ un: Awaited<ReturnType<typeof controler>>; deux: Awaited<ReturnType<typeof controler>> }> | undefined;
  const executer = () =>
    (executions ??= (async () => ({
      un: await controler("lot.jsonl", "--json", "--fils", "1", "--sortie", "un.jsonl", "--rapport", "un.html"),
      // Morceaux de 16 Kio : une vingtaine de morceaux, répartis sur les deux fils.
      deux: await controler("lot.jsonl", "--json", "--fils", "2", "--morceau-octets", "16384", "--sortie", "deux.jsonl", "--rapport", "deux.html"),
    }))());

  it("même sortie --json, même --sortie et même rapport HTML avec 1 et 2 fils, sur un fichier découpé en plusieurs morceaux", async () => {
    const { un, deux } = await executer();
    expect(deux.erreurs.replaceAll("deux.", "un.")).toBe(un.erreurs);
    expect(deux.code).toBe(un.code);
    expect(deux.sortie).toBe(un.sortie);
    expect(readFileSync(join(dossier, "deux.jsonl"), "utf8")).toBe(readFileSync(join(dossier, "un.jsonl"), "utf8"));
    expect(readFileSync(join(dossier, "deux.html"), "utf8").replaceAll("deux.", "un.")).toBe(readFileSync(join(dossier, "un.html"), "utf8"));
    const json = JSON.parse(un.sortie) as { resultats: { index: number; constats: { regle: string; statut: string }[] }[]; resume: { total: number; illisibles: number } };
    expect(json.resume.total).toBe(125);
    expect(json.resume.illisibles).toBeGreaterThan(0);
    expect(json.resultats.map((r) => r.index)).toEqual(Array.from({ length: 125 }, (_, i) => i + 1));
    // Règles sur plusieurs contrats, contrats aux deux bouts du fichier : le troisième apprenti et le contrat successif.
    const regles = (i: number) => (json.resultats[i]?.constats ?? []).map((c) => `${c.regle}:${c.statut}`);
    expect(regles(123)).toContain("maitre.nombreApprentis.maximum:non_conforme");
    expect(regles(1).filter((r) => r.startsWith("contrat.successif.ecartUnAn"))).toEqual([]);
    // Vérifications avant paiement faites dans les fils de calcul.
    expect(json.resultats.some((r) => r.constats.some((c) => c.regle.startsWith("prepaiement.")))).toBe(true);
  });

  it("sortie texte (--detail, --en-clair), --export-indus et --opco : mêmes lignes avec 1 et 3 fils (classées, protégées et sérialisées par les fils)", async () => {
    const un = await controler("lot.jsonl", "--fils", "1", "--detail", "--en-clair", "--opco", "akto", "--export-indus", "indus-un.jsonl", "--sortie", "texte-un.jsonl");
    // Trois fils : le fil principal et deux fils de calcul se partagent les morceaux.
    const deux = await controler("lot.jsonl", "--fils", "3", "--morceau-octets", "16384", "--detail", "--en-clair", "--opco", "akto", "--export-indus", "indus-deux.jsonl", "--sortie", "texte-deux.jsonl");
    expect(deux.code).toBe(un.code);
    expect(deux.erreurs).toBe(un.erreurs);
    expect(deux.sortie.replaceAll("-deux.", "-un.")).toBe(un.sortie);
    expect(un.sortie).toContain("Enregistrements à examiner (");
    expect(un.sortie).toContain("EN CLAIR");
    expect(readFileSync(join(dossier, "texte-deux.jsonl"), "utf8")).toBe(readFileSync(join(dossier, "texte-un.jsonl"), "utf8"));
    expect(readFileSync(join(dossier, "indus-deux.jsonl"), "utf8")).toBe(readFileSync(join(dossier, "indus-un.jsonl"), "utf8"));
  });

  it("--sortie : une ligne par enregistrement puis le résumé, lus par DuckDB avec les mêmes décomptes que --json", async () => {
    const { deux } = await executer();
    const resume = (JSON.parse(deux.sortie) as { resume: Record<string, number> }).resume;
    const instance = await DuckDBInstance.create(":memory:");
    const connexion = await instance.connect();
    try {
      const fichier = join(dossier, "deux.jsonl").replaceAll("'", "''");
      const lire = `read_json('${fichier}', format = 'newline_delimited', union_by_name = true, maximum_object_size = 16777216)`;
      const statuts = await connexion.runAndReadAll(`SELECT statut, count(*)::INTEGER AS n FROM ${lire} WHERE resume IS NULL GROUP BY statut ORDER BY statut`);
      const parStatut = Object.fromEntries(statuts.getRowObjects().map((r) => [String(r["statut"]), Number(r["n"])]));
      expect(parStatut).toEqual(
        Object.fromEntries(
          Object.entries({ conforme: resume["conformes"], conforme_verifications_executees: resume["conformesVerificationsExecutees"], illisible: resume["illisibles"], indetermine: resume["indetermines"], non_conforme: resume["nonConformes"] }).filter(([, n]) => (n ?? 0) > 0),
        ),
      );
      const fin = await connexion.runAndReadAll(`SELECT resume.total::INTEGER AS total, donneesPersonnelles FROM ${lire} WHERE resume IS NOT NULL`);
      expect(fin.getRowObjects()).toEqual([{ total: resume["total"], donneesPersonnelles: "masquees" }]);
    } finally {
      connexion.closeSync();
      instance.closeSync();
    }
    expect(readdirSync(dossier).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("--sortie qui désigne un fichier lu, ou vide : code 2, rien n'est écrit", async () => {
    const meme = await controler("lot.jsonl", "--sortie", "lot.jsonl");
    expect(meme.code).toBe(2);
    expect(meme.erreurs).toContain("--sortie");
    expect((await controler("lot.jsonl", "--sortie", " ")).code).toBe(2);
    expect((await controler("lot.jsonl", "--fils", "0")).erreurs).toContain("--fils");
    expect(existsSync(join(dossier, " "))).toBe(false);
  });

  it("progression sur la sortie d'erreur d'un terminal seulement, jamais avec --silencieux", async () => {
    const terminal = { ...contexteCliCapture({ repertoire: dossier }), sortieErreurInteractive: true, colonnesErreur: 200 };
    await executerCli(["controle", "lot.jsonl", "--date", DATE, "--referentiel", "aucun"], terminal);
    const affiche = terminal.erreurs.join("");
    expect(affiche).toContain("Index du lot : 1 enregistrement(s) lu(s)");
    expect(affiche).toContain("Contrôle : 1 / 125 enregistrement(s) lu(s)");
    expect(terminal.sortie.join("")).not.toContain("\u001b[2K");
    const silencieux = { ...contexteCliCapture({ repertoire: dossier }), sortieErreurInteractive: true };
    await executerCli(["controle", "lot.jsonl", "--date", DATE, "--referentiel", "aucun", "--silencieux"], silencieux);
    expect(silencieux.erreurs.join("")).toBe("");
    const redirige = contexteCliCapture({ repertoire: dossier });
    await executerCli(["controle", "lot.jsonl", "--date", DATE, "--referentiel", "aucun"], redirige);
    expect(redirige.erreurs.join("")).toBe("");
  });
});
