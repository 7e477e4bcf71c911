import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { genererEffectifs, indicateursALaDate, preparerEffectifs } from "@communs-opco/indicateurs";
import { describe, expect, it } from "vitest";
import { fichierDonneesTest } from "@communs-opco/test-support";
import { contexteCliCapture } from "../contexteCliCapture";
import { executerCli } from "../executerCli";

function contexte(repertoire: string, entree = "") {
  return contexteCliCapture({ repertoire, entree });
}

const DONNEES_RNCP = fichierDonneesTest("opco-rncp");
const S = { debut: "2024-09-01", fin: "2025-08-31" };

function dossier(lignes: string[]): string {
  const d = mkdtempSync(join(tmpdir(), "opco-indicateurs-"));
  writeFileSync(join(d, "effectifs.jsonl"), `${lignes.join("\n")}\n`);
  return d;
}

describe("opco indicateurs", () => {
  it("effectifs générés : mêmes comptes que la bibliothèque, par département et niveau", async () => {
    const effectifs = genererEffectifs({ nombre: 500, graine: 3, organismes: 20, formations: 10 });
    const d = dossier(effectifs.map((e) => JSON.stringify(e)));
    const c = contexte(d);
    expect(await executerCli(["indicateurs", "effectifs.jsonl", "--date", "2025-03-06", "--par", "departement,niveau", "--json"], c)).toBe(0);
    const r = JSON.parse(c.sortie.join(""));
    const attendu = indicateursALaDate(preparerEffectifs(effectifs), { date: "2025-03-06", par: ["departement", "niveau"] });
    expect(r.groupes).toEqual(attendu.groupes);
    expect(r.bilan).toEqual(attendu.bilan);
    expect(r.lignes).toMatchObject({ lues: 500, effectifs: 500, illisibles: [] });
  });

  it("lignes illisibles comptées avec numéro et motif (code 1), lignes vides comptées", async () => {
    const ok = JSON.stringify({ formation: S, contrats: [{ debut: "2024-10-01" }], organisme: { departement: "75" } });
    const d = dossier([ok, "{ cassé", "", "[1,2]", JSON.stringify({ contrats: [] }), JSON.stringify({ formation: { ...S, fin: "31/08/2025" } }), ok]);
    const c = contexte(d);
    expect(await executerCli(["indicateurs", "effectifs.jsonl", "--date", "2025-03-06", "--json"], c)).toBe(1);
    const r = JSON.parse(c.sortie.join(""));
    expect(r.lignes.lues).toBe(7);
    expect(r.lignes.vides).toBe(1);
    expect(r.lignes.illisibles.map((l: { ligne: number }) => l.ligne)).toEqual([2, 4, 5, 6]);
    expect(r.lignes.illisibles[3].motif).toContain("formation.fin : date invalide");
    expect(r.total.apprentis).toBe(2);
    expect(r.bilan.illisibles).toBe(1);
    const texte = contexte(d);
    expect(await executerCli(["indicateurs", "effectifs.jsonl", "--date", "2025-03-06"], texte)).toBe(1);
    expect(texte.sortie.join("")).toContain("ligne 2 : JSON invalide");
  });

  it("par OPCO avec les listes RNCP réelles, et par IDCC", async () => {
    const e = (rncp: string, idcc?: string) => JSON.stringify({ formation: { ...S, rncp }, contrats: [{ debut: "2024-10-01", ...(idcc ? { idcc } : {}) }], organisme: { departement: "69" } });
    const d = dossier([e("RNCP36112", "1486"), e("RNCP36112"), e("RNCP99999")]);
    const c = contexte(d);
    expect(await executerCli(["indicateurs", "effectifs.jsonl", "--date", "2025-03-06", "--par", "opco", "--listes-rncp", DONNEES_RNCP, "--json"], c)).toBe(0);
    const r = JSON.parse(c.sortie.join(""));
    expect(r.liaisonOpco).toBe("rncp");
    expect(r.groupes.find((g: { dimensions: { opco: string } }) => g.dimensions.opco === "opco2i").apprentis).toBe(2);
    expect(r.groupes.find((g: { dimensions: { opco: string | null } }) => g.dimensions.opco === null).apprentis).toBe(1);
    const i = contexte(d);
    expect(await executerCli(["indicateurs", "effectifs.jsonl", "--date", "2025-03-06", "--par", "opco", "--json"], i)).toBe(0);
    const ri = JSON.parse(i.sortie.join(""));
    expect(ri.liaisonOpco).toBe("idcc");
    expect(ri.groupes.map((g: { dimensions: { opco: string | null }; apprentis: number }) => [g.dimensions.opco, g.apprentis])).toEqual([["atlas", 1], [null, 2]]);
  });

  it("sortie lisible et dédoublonnage", async () => {
    const e = JSON.stringify({ source: "ERP", apprenant: { nom: "Dupont", prenom: "Léa", dateNaissance: "2006-05-14" }, formation: { ...S, rncp: "RNCP1234" }, contrats: [], organisme: { departement: "75" } });
    const d = dossier([e, e.replace("Dupont", "DUPONT")]);
    const c = contexte(d);
    expect(await executerCli(["indicateurs", "effectifs.jsonl", "--date", "2024-10-01", "--par", "departement", "--dedoublonner"], c)).toBe(0);
    const texte = c.sortie.join("");
    expect(texte).toContain("Dédoublonnage : 1 fusion(s) de 2 effectifs");
    expect(texte).toMatch(/75\s+1\s+0\s+1\s+0\s+0\s+0/);
    expect(texte).toContain("Bilan : 1 effectifs = 1 comptés");
  });

  it("accepte aussi le format standard de @communs-opco/schemas", async () => {
    const standard = {
      anneeScolaire: "2024-2025",
      idErpApprenant: "erp-1",
      apprenant: { nom: "Dupont", prenom: "Léa", dateNaissance: "2006-05-14" },
      formation: { rncp: "RNCP37714", dateEntree: "2024-09-01", dateFin: "2025-08-31" },
      organismeFormateur: { uai: "0751234A", siret: "12345678900011" },
      contrats: [{ dateDebut: "2024-10-01", dateRupture: "2024-12-01" }],
      organisme: { departement: "13" },
    };
    const d = dossier([JSON.stringify(standard), JSON.stringify({ ...standard, formation: { dateEntree: "01/09/2024" } })]);
    const c = contexte(d);
    expect(await executerCli(["indicateurs", "effectifs.jsonl", "--date", "2025-03-06", "--par", "region", "--json"], c)).toBe(1);
    const r = JSON.parse(c.sortie.join(""));
    expect(r.groupes).toEqual([{ dimensions: { region: "93" }, apprenants: 1, apprentis: 0, inscrits: 0, rupturants: 1, abandons: 0, finDeFormation: 0 }]);
    expect(r.lignes.illisibles.map((l: { ligne: number }) => l.ligne)).toEqual([2]);
  });

  it("erreurs d'utilisation : code 2", async () => {
    const d = dossier([]);
    for (const [args, attendu] of [
      [["indicateurs", "effectifs.jsonl"], "--date AAAA-MM-JJ est obligatoire"],
      [["indicateurs", "effectifs.jsonl", "--date", "2025-13-01"], "attend une date"],
      [["indicateurs", "effectifs.jsonl", "--date", "2025-03-06", "--par", "ville"], "dimension inconnue"],
      [["indicateurs", "effectifs.jsonl", "--date", "2025-03-06", "--par", "opco", "--liaison", "rncp"], "--listes-rncp"],
      [["indicateurs", "absent.jsonl", "--date", "2025-03-06"], "fichier introuvable"],
    ] as const) {
      const c = contexte(d);
      expect(await executerCli([...args], c)).toBe(2);
      expect(c.erreurs.join("")).toContain(attendu);
    }
  });
});

describe("opco indicateurs : progression", () => {
  it("progression des lignes lues sur la sortie d'erreur d'un terminal seulement, jamais avec --silencieux", async () => {
    const effectifs = genererEffectifs({ nombre: 50, graine: 5, organismes: 5, formations: 5 });
    const d = dossier(effectifs.map((e) => JSON.stringify(e)));
    const args = ["indicateurs", "effectifs.jsonl", "--date", "2025-03-06", "--json"];
    const terminal = { ...contexte(d), sortieErreurInteractive: true, colonnesErreur: 200 };
    expect(await executerCli(args, terminal)).toBe(0);
    const affiche = terminal.erreurs.join("");
    expect(affiche).toContain("\r\u001b[2KIndicateurs : 1 enregistrement(s) lu(s)");
    expect(affiche.endsWith("\r\u001b[2K")).toBe(true);
    // La sortie standard (JSON) n'est jamais touchée par la progression.
    expect(JSON.parse(terminal.sortie.join(""))).toMatchObject({ lignes: { lues: 50 } });
    const silencieux = { ...contexte(d), sortieErreurInteractive: true };
    await executerCli([...args, "--silencieux"], silencieux);
    expect(silencieux.erreurs.join("")).toBe("");
    const redirige = contexte(d);
    await executerCli(args, redirige);
    expect(redirige.erreurs.join("")).toBe("");
  });
});
