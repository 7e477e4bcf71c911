import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chargerInstantaneEmbarque, financementDuContrat, formaterEuros, ReferentielHorsLigne, type ConstatPrepaiementValorise } from "@communs-opco/referentiels";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contexteCliCapture } from "../contexteCliCapture";
import { executerCli } from "../executerCli";

let dossier: string;
beforeAll(async () => {
  dossier = await mkdtemp(join(tmpdir(), "opco-export-indus-"));
});
afterAll(async () => {
  await rm(dossier, { recursive: true, force: true });
});

/** Contrats RNCP1002 × IDCC 478 (NPEC de l'instantané embarqué) au SIRET employeur de clé fausse : PP-ID-SYNTAX bloquant. */
const contratA = {
  employeur: { siret: "82832700500018", codeIdcc: "478" },
  contrat: { dateSignature: "2024-08-20", dateDebutContrat: "2024-09-01", dateFinContrat: "2026-08-31" },
  formation: { rncp: "RNCP1002", codeDiplome: "45022501" },
  organismeFormation: { siret: "77807079700015", uaiCfa: "0870097H" },
  etablissementFormation: { memeResponsable: true },
};
const contratB = { ...contratA, contrat: { dateSignature: "2024-08-20", dateDebutContrat: "2024-09-01", dateFinContrat: "2025-08-31" } };
/** Bloqué mais non valorisable (pas d'IDCC) : absent de l'export. */
const contratC = { ...contratA, employeur: { siret: "82832700500018" } };

async function totalDu(contrat: unknown): Promise<number> {
  const f = await financementDuContrat(contrat, new ReferentielHorsLigne(await chargerInstantaneEmbarque()));
  if (f.statut !== "calcule") throw new Error(f.raisons.join(" ; "));
  return f.echeancier.totalDuCentimes;
}

describe("opco controle --export-indus → décisions de l'OPCO → opco indicateurs indus (I-OPCO-INDUS)", () => {
  it("chaîne complète : constats valorisés en attente, décisions reportées, indus évités, montant à risque et faux positifs par règle", async () => {
    await writeFile(join(dossier, "contrats.jsonl"), [contratA, contratB, contratC].map((c) => JSON.stringify(c)).join("\n"));
    const [montantA, montantB] = [await totalDu(contratA), await totalDu(contratB)];
    expect(montantA).not.toBe(montantB);

    const c = contexteCliCapture({ repertoire: dossier });
    expect(await executerCli(["controle", "contrats.jsonl", "--date", "2026-11-26", "--opco", "akto", "--export-indus", "indus.jsonl"], c)).toBe(1);
    const lignes = (await readFile(join(dossier, "indus.jsonl"), "utf8")).trimEnd().split("\n");
    const exportes = lignes.map((l) => JSON.parse(l) as ConstatPrepaiementValorise);
    expect(c.sortie.join("")).toContain(`Constats valorisés exportés (I-OPCO-INDUS, décision en_attente) : ${lignes.length} ligne(s) dans indus.jsonl ; 1 contrat(s) bloqué(s) non valorisé(s) ne sont pas exportés`);
    // Une ligne par constat bloquant des contrats valorisés A et B ; C (NPEC non cherché) n'est pas exporté.
    expect(new Set(exportes.map((e) => e.contrat))).toEqual(new Set(["contrats.jsonl:1", "contrats.jsonl:2"]));
    for (const e of exportes) {
      expect(e).toMatchObject({ opco: "akto", date: "2026-11-26", moment: "avant_paiement", decision: "en_attente", montantApresCorrection: 0 });
      expect(e.montantSansControle).toBe((e.contrat.endsWith(":1") ? montantA : montantB) / 100);
    }
    const reglesA = exportes.filter((e) => e.contrat.endsWith(":1")).map((e) => e.regle);
    expect(reglesA).toContain("prepaiement.identifiants.syntaxe");
    expect(reglesA.length).toBeGreaterThan(1); // plusieurs constats pour A : le contrat ne compte qu'une fois

    // L'OPCO reporte ses décisions : A confirmé, B faux positif ; une ligne abîmée est signalée sans rien perdre.
    const decides = exportes.map((e) => JSON.stringify({ ...e, decision: e.contrat.endsWith(":1") ? "confirme" : "faux_positif" }));
    await writeFile(join(dossier, "decisions.jsonl"), `${decides.join("\n")}\n\n${JSON.stringify({ ...exportes[0], decision: "peut-être" })}\n`);
    const i = contexteCliCapture({ repertoire: dossier });
    expect(await executerCli(["indicateurs", "indus", "decisions.jsonl", "--json"], i)).toBe(1);
    const r = JSON.parse(i.sortie.join("")) as {
      lignes: { lues: number; vides: number; resultats: number; illisibles: { ligne: number; motif: string }[] };
      decisions: Record<string, number>;
      total: { indusEvitesCentimes: number; contratsEvites: number; indusRecouvresCentimes: number; montantARisqueCentimes: number };
      groupes: { opco: string; mois: string; indusEvites: number; contratsEvites: number; montantARisque: number }[];
      regles: { regle: string; constats: number; confirmes: number; fauxPositifs: number; tauxFauxPositifs: number | null }[];
    };
    expect(r.lignes).toEqual({ lues: exportes.length + 2, vides: 1, resultats: exportes.length, illisibles: [{ ligne: exportes.length + 2, motif: "decision : confirme, faux_positif ou en_attente attendu" }] });
    expect(r.lignes.resultats + r.lignes.illisibles.length + r.lignes.vides).toBe(r.lignes.lues);
    expect(r.decisions).toEqual({ confirme: reglesA.length, faux_positif: exportes.length - reglesA.length, en_attente: 0 });
    expect(r.total).toEqual({ indusEvitesCentimes: montantA, contratsEvites: 1, indusRecouvresCentimes: 0, montantARisqueCentimes: montantA + montantB });
    expect(r.groupes).toEqual([{ opco: "akto", mois: "2026-11", indusEvites: montantA / 100, contratsEvites: 1, indusRecouvres: 0, montantARisque: (montantA + montantB) / 100 }]);
    expect(r.regles.find((x) => x.regle === "prepaiement.identifiants.syntaxe")).toMatchObject({ constats: 2, confirmes: 1, fauxPositifs: 1, tauxFauxPositifs: 0.5 });

    const t = contexteCliCapture({ repertoire: dossier });
    expect(await executerCli(["indicateurs", "indus", "decisions.jsonl"], t)).toBe(1);
    const texte = t.sortie.join("");
    expect(texte).toContain(`Indus évités : ${formaterEuros(montantA)} (1 contrat(s)) ; indus recouvrés : 0,00 € ; montant à risque : ${formaterEuros(montantA + montantB)}.`);
    expect(texte).toMatch(/prepaiement\.identifiants\.syntaxe\s+2\s+1\s+1\s+0\s+50,0 %/);
    expect(texte).toContain(`ligne ${exportes.length + 2} : decision : confirme, faux_positif ou en_attente attendu`);
  });

  it("erreurs d'utilisation : --export-indus sans vérifications avant paiement, fichier d'indus absent (code 2)", async () => {
    await writeFile(join(dossier, "un.json"), JSON.stringify(contratA));
    const a = contexteCliCapture({ repertoire: dossier });
    expect(await executerCli(["controle", "un.json", "--export-indus", "x.jsonl", "--referentiel", "aucun"], a)).toBe(2);
    expect(a.erreurs.join("")).toContain("sans effet avec --referentiel aucun");
    const b = contexteCliCapture({ repertoire: dossier });
    expect(await executerCli(["controle", "un.json", "--export-indus", "dossier-absent/x.jsonl"], b)).toBe(2);
    expect(b.erreurs.join("")).toContain("impossible d'écrire le fichier de --export-indus");
    const d = contexteCliCapture({ repertoire: dossier });
    expect(await executerCli(["indicateurs", "indus", "absent.jsonl"], d)).toBe(2);
    expect(d.erreurs.join("")).toContain("fichier introuvable : absent.jsonl");
  });

  it("lecture des résultats : chaque ligne mal formée est illisible avec ses motifs, recouvrements après paiement comptés", async () => {
    const lignes = [
      JSON.stringify({ contrat: "D-1", opco: "atlas", regle: "PP-03", date: "2025-10-02", moment: "apres_paiement", decision: "confirme", montantSansControle: 7200, montantApresCorrection: 0, recouvrements: [{ date: "2026-01-15", montant: 1500.5 }] }),
      "[1, 2]",
      "{pas du json",
      JSON.stringify({ contrat: "", opco: "atlas", regle: "PP-03", date: "2025-02-30", moment: "avant", decision: "confirme", montantSansControle: "7200", montantApresCorrection: 0, recouvrements: [{ date: "x" }] }),
    ];
    const c = contexteCliCapture({ repertoire: dossier, entree: `${lignes.join("\n")}\n` });
    expect(await executerCli(["indicateurs", "indus", "-", "--json"], c)).toBe(1);
    const r = JSON.parse(c.sortie.join(""));
    expect(r.lignes.resultats).toBe(1);
    expect(r.lignes.illisibles.map((l: { ligne: number }) => l.ligne)).toEqual([2, 3, 4]);
    expect(r.lignes.illisibles[0].motif).toBe("un objet JSON est attendu");
    expect(r.lignes.illisibles[1].motif).toMatch(/^JSON invalide/);
    expect(r.lignes.illisibles[2].motif).toBe(
      "contrat : texte non vide attendu ; date : date AAAA-MM-JJ attendue ; moment : avant_paiement ou apres_paiement attendu ; montantSansControle : montant en euros attendu ; recouvrements[0] : { date AAAA-MM-JJ, montant } attendu",
    );
    expect(r.total).toEqual({ indusEvitesCentimes: 0, contratsEvites: 0, indusRecouvresCentimes: 150050, montantARisqueCentimes: 720000 });
  });
});
