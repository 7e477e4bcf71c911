import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contexteCliCapture } from "../contexteCliCapture";
import { executerCli } from "../executerCli";

function contexte(repertoire: string) {
  return contexteCliCapture({ repertoire });
}

let dossier: string;
beforeAll(async () => {
  dossier = await mkdtemp(join(tmpdir(), "opco-financement-"));
  const lignes = [
    // NPEC cherché dans l'instantané embarqué (RNCP1002 × IDCC 478 au 2024-08-20 : 9 497 €), rupture après 7 mois commencés
    { id: "A", contrat: { contrat: { dateSignature: "2024-08-20", dateDebutContrat: "2024-09-01", dateFinContrat: "2026-08-31", dateRupture: "2025-03-02" }, formation: { rncp: "RNCP1002" }, employeur: { codeIdcc: "478" } }, paiements: [{ date: "2024-09-20", montant: 4748.5 }, { date: "2025-03-03", montant: 2374.25 }] },
    // NPEC fourni, régime 2025, niveau 6, paiements conformes
    { id: "B", contrat: { contrat: { dateSignature: "2025-08-20", dateDebutContrat: "2025-09-01", dateFinContrat: "2027-08-31" } }, npec: 9497, niveauCertification: "6", paiements: [{ date: "2025-09-25", montant: 3048.8 }] },
    // invalide : ni NPEC ni certification
    { id: "C", contrat: { contrat: { dateSignature: "2025-08-20", dateDebutContrat: "2025-09-01", dateFinContrat: "2027-08-31" } } },
  ];
  await writeFile(join(dossier, "contrats.jsonl"), `${lignes.map((l) => JSON.stringify(l)).join("\n")}\n{"id": "D", tronqué\n`);
});
afterAll(async () => {
  await rm(dossier, { recursive: true, force: true });
});

describe("opco financement", () => {
  it("JSON : échéanciers, NPEC cherché dans l'instantané, indu détecté ; chaque enregistrement est calculé, invalide ou illisible", async () => {
    const c = contexte(dossier);
    expect(await executerCli(["financement", "contrats.jsonl", "--json", "--date", "2026-11-26"], c)).toBe(1);
    const sortie = JSON.parse(c.sortie.join(""));
    expect(sortie.resume).toEqual({ total: 4, calcules: 2, invalides: 1, illisibles: 1, avecIndu: 1, induCentimes: 158283 });
    const [a, b, cc, d] = sortie.resultats;
    expect(a).toMatchObject({ id: "A", statut: "calcule", npec: { annuel: 9497 }, echeancier: { totalDuCentimes: 553992 }, indus: { totalVerseCentimes: 712275, induCentimes: 158283 } });
    expect(a.npec.origine).toContain("Referentiel-des-NPEC-15.07.2024");
    expect(b).toMatchObject({ id: "B", statut: "calcule", echeancier: { partEmployeur: { montantCentimes: 75000 } }, indus: { induCentimes: 0, constats: [] } });
    expect(cc).toMatchObject({ id: "C", statut: "invalide", raisons: [expect.stringContaining("NPEC absent")] });
    expect(d).toMatchObject({ statut: "illisible", source: { fichier: "contrats.jsonl", ligne: 4 } });
  });

  it("« - » : mêmes résultats sur l'entrée standard, affichés sous le nom « - »", async () => {
    const { readFile } = await import("node:fs/promises");
    const c = contexteCliCapture({ repertoire: dossier, entree: await readFile(join(dossier, "contrats.jsonl"), "utf8") });
    expect(await executerCli(["financement", "-", "--json", "--date", "2026-11-26"], c)).toBe(1);
    const sortie = JSON.parse(c.sortie.join(""));
    expect(sortie.resume).toEqual({ total: 4, calcules: 2, invalides: 1, illisibles: 1, avecIndu: 1, induCentimes: 158283 });
    expect(sortie.resultats[3]).toMatchObject({ statut: "illisible", source: { fichier: "-", ligne: 4 } });
  });

  it("texte : explication de chaque échéance et de l'indu", async () => {
    const c = contexte(dossier);
    expect(await executerCli(["financement", "contrats.jsonl", "--date", "2026-11-26"], c)).toBe(1);
    const texte = c.sortie.join("");
    expect(texte).toContain("NPEC annuel 9 497,00 €");
    expect(texte).toContain("avance de 50 % de 9 497,00 €");
    expect(texte).toContain("INDU : Indu de 1 582,83 €");
    expect(texte).toContain("diminuée de la participation de l'employeur (750,00 €)");
    expect(texte).toContain("Bilan : 4 enregistrement(s) : 2 calculé(s), 1 invalide(s), 1 illisible(s)");
  });

  it("erreurs d'utilisation : code 2", async () => {
    expect(await executerCli(["financement"], contexte(dossier))).toBe(2);
    expect(await executerCli(["financement", "absent.jsonl"], contexte(dossier))).toBe(2);
    expect(await executerCli(["financement", "contrats.jsonl", "--date", "2026-02-30"], contexte(dossier))).toBe(2);
  });
});
