import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chargerInstantaneEmbarque, financementDuContrat, formaterEuros, ReferentielHorsLigne } from "@communs-opco/referentiels";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contexteCliCapture } from "../contexteCliCapture";
import { genererContratsDemo } from "../demo/genererContratsDemo";
import { executerCli } from "../executerCli";

interface Resultat {
  index: number;
  source: { fichier: string; ligne: number };
  statut: string;
  constats: { regle: string; statut: string; severite: string }[];
  avantPaiement?: { statut: "valorise" | "non_valorise"; regles: string[]; montantEnJeuCentimes?: number | null; raison?: string; raisons?: string[] };
}
interface ResumeAvantPaiement {
  source: string;
  contratsSuspendus: number;
  contratsValorises: number;
  montantEnJeuCentimes: number | null;
  raison?: string;
  contratsNonValorises: number;
  motifsNonValorises: { motif: string; contrats: number }[];
}

let dossier: string;
beforeAll(async () => {
  dossier = await mkdtemp(join(tmpdir(), "opco-controle-montant-"));
});
afterAll(async () => {
  await rm(dossier, { recursive: true, force: true });
});

const bloqueAvantPaiement = (r: Resultat) => r.constats.some((c) => c.regle.startsWith("prepaiement.") && c.statut === "non_conforme" && c.severite === "bloquant");

/** Contrat RNCP1002 × IDCC 478 (NPEC de l'instantané embarqué) au SIRET employeur de clé fausse : PP-ID-SYNTAX bloquant. */
const valorisable = {
  employeur: { siret: "82832700500018", codeIdcc: "478" },
  contrat: { dateSignature: "2024-08-20", dateDebutContrat: "2024-09-01", dateFinContrat: "2026-08-31" },
  formation: { rncp: "RNCP1002", codeDiplome: "45022501" },
  organismeFormation: { siret: "77807079700015", uaiCfa: "0870097H" },
  etablissementFormation: { memeResponsable: true },
};
/** Le même sans IDCC : bloqué, mais le NPEC ne peut pas être cherché. */
const sansIdcc = { ...valorisable, employeur: { siret: "82832700500018" } };

describe("opco controle : montant en jeu des contrats bloqués avant paiement (I-OPCO-INDUS)", () => {
  it("contrat valorisé et contrat bloqué non valorisé : le second n'est jamais compté pour 0 €", async () => {
    const sansDefaut = [...genererContratsDemo({ nombre: 1, graine: 7, partConformes: 1, partIllisibles: 0 })][0]?.texte ?? "";
    await writeFile(join(dossier, "melange.jsonl"), `${JSON.stringify(valorisable)}\n${JSON.stringify(sansIdcc)}\n${sansDefaut}\n{tronqué\n`);
    const attendu = await financementDuContrat(valorisable, new ReferentielHorsLigne(await chargerInstantaneEmbarque()));
    if (attendu.statut !== "calcule") throw new Error(attendu.raisons.join(" ; "));
    const total = attendu.echeancier.totalDuCentimes;
    expect(total).toBeGreaterThan(0);

    const j = contexteCliCapture({ repertoire: dossier });
    expect(await executerCli(["controle", "melange.jsonl", "--date", "2026-11-26", "--json"], j)).toBe(1);
    const sortie = JSON.parse(j.sortie.join("")) as { resultats: Resultat[]; resume: { avantPaiement: ResumeAvantPaiement } };
    const [a, b, c, d] = sortie.resultats;
    expect(a?.avantPaiement).toEqual({ statut: "valorise", regles: expect.arrayContaining(["prepaiement.identifiants.syntaxe"]), montantEnJeuCentimes: total });
    expect(b?.avantPaiement).toMatchObject({ statut: "non_valorise", regles: expect.arrayContaining(["prepaiement.identifiants.syntaxe"]) });
    expect(b?.avantPaiement?.raisons?.join(" ")).toContain("employeur.codeIdcc");
    // montant inconnu : null avec une raison, jamais 0
    expect(b?.avantPaiement).toMatchObject({ montantEnJeuCentimes: null, raison: expect.stringContaining("employeur.codeIdcc") });
    expect(c?.statut).not.toBe("illisible");
    expect(bloqueAvantPaiement(c as Resultat)).toBe(false);
    expect(c).not.toHaveProperty("avantPaiement");
    expect(d).toMatchObject({ statut: "illisible" });
    expect(d).not.toHaveProperty("avantPaiement");
    expect(sortie.resume.avantPaiement).toMatchObject({
      contratsSuspendus: 2,
      contratsValorises: 1,
      montantEnJeuCentimes: total,
      contratsNonValorises: 1,
      motifsNonValorises: [{ motif: "NPEC absent et non cherché", contrats: 1 }],
    });

    const t = contexteCliCapture({ repertoire: dossier });
    await executerCli(["controle", "melange.jsonl", "--date", "2026-11-26", "--rapport", "melange.html"], t);
    const texte = t.sortie.join("");
    expect(texte).toContain(`Financement suspendu (écart bloquant avant paiement) : 2 contrat(s) ; montant en jeu ${formaterEuros(total)} pour 1 contrat(s) valorisé(s)`);
    expect(texte).toContain("Non valorisés : 1 contrat(s) bloqué(s) dont le montant n'a pas pu être calculé");
    expect(texte).toContain("motif principal : NPEC absent et non cherché (1)");
    const html = await readFile(join(dossier, "melange.html"), "utf8");
    expect(html).toContain(`<ul class="montant-en-jeu"><li>Financement suspendu (écart bloquant avant paiement) : 2 contrat(s) ; montant en jeu ${formaterEuros(total)}`);
    expect(html).toContain("motif principal : NPEC absent et non cherché (1)");
  });

  it("jeu de démonstration : chaque contrat bloqué avant paiement est valorisé ou non valorisé, et les décomptes s'additionnent", async () => {
    const demo = [...genererContratsDemo({ nombre: 240, graine: 2025 })];
    await writeFile(join(dossier, "demo.jsonl"), `${demo.map((l) => l.texte).join("\n")}\n`);
    const j = contexteCliCapture({ repertoire: dossier });
    await executerCli(["controle", "demo.jsonl", "--date", "2025-11-03", "--json"], j);
    const sortie = JSON.parse(j.sortie.join("")) as { resultats: Resultat[]; resume: { avantPaiement: ResumeAvantPaiement } };
    const bloques = sortie.resultats.filter((r) => r.statut !== "illisible" && bloqueAvantPaiement(r));
    expect(bloques.length).toBeGreaterThan(0);
    for (const r of sortie.resultats) expect(r.avantPaiement !== undefined, String(r.index)).toBe(bloques.includes(r));
    for (const r of bloques) {
      const regles = [...new Set(r.constats.filter((c) => c.regle.startsWith("prepaiement.") && c.statut === "non_conforme" && c.severite === "bloquant").map((c) => c.regle))];
      expect(r.avantPaiement?.regles.toSorted(), String(r.index)).toEqual(regles.toSorted());
      if (r.avantPaiement?.statut === "valorise") expect(r.avantPaiement.montantEnJeuCentimes).toBeGreaterThan(0);
      else expect(r.avantPaiement?.raisons?.length, String(r.index)).toBeGreaterThan(0);
    }
    const valorises = bloques.filter((r) => r.avantPaiement?.statut === "valorise");
    const m = sortie.resume.avantPaiement;
    expect(m.contratsSuspendus).toBe(bloques.length);
    expect(m.contratsValorises + m.contratsNonValorises).toBe(m.contratsSuspendus);
    expect(m.contratsValorises).toBe(valorises.length);
    // aucun contrat valorisé : montant inconnu (null, avec sa raison), jamais 0
    expect(m.montantEnJeuCentimes).toBe(valorises.length === 0 ? null : valorises.reduce((s, r) => s + (r.avantPaiement?.montantEnJeuCentimes ?? 0), 0));
    if (valorises.length === 0) expect(m.raison).toMatch(/^aucun contrat suspendu n'a pu être valorisé/);
    expect(m.motifsNonValorises.reduce((s, x) => s + x.contrats, 0)).toBeGreaterThanOrEqual(m.contratsNonValorises);

    const t = contexteCliCapture({ repertoire: dossier });
    await executerCli(["controle", "demo.jsonl", "--date", "2025-11-03"], t);
    const texte = t.sortie.join("");
    // Sans contrat valorisé (l'instantané embarqué n'a que des échantillons NPEC), le montant est inconnu, pas 0 €.
    const montant = m.contratsValorises === 0 ? "montant en jeu inconnu : aucun contrat valorisé" : `montant en jeu ${formaterEuros(m.montantEnJeuCentimes ?? 0)}`;
    expect(texte).toContain(`Financement suspendu (écart bloquant avant paiement) : ${m.contratsSuspendus} contrat(s) ; ${montant}`);
    if (m.contratsNonValorises > 0) expect(texte).toContain(`Non valorisés : ${m.contratsNonValorises} contrat(s) bloqué(s)`);
  }, 120_000);

  it("--referentiel aucun : ni montant en jeu ni champ avantPaiement", async () => {
    await writeFile(join(dossier, "un.json"), JSON.stringify(valorisable));
    const j = contexteCliCapture({ repertoire: dossier });
    await executerCli(["controle", "un.json", "--date", "2026-11-26", "--json", "--referentiel", "aucun"], j);
    const sortie = JSON.parse(j.sortie.join("")) as { resultats: Resultat[]; resume: Record<string, unknown> };
    expect(sortie.resultats[0]).not.toHaveProperty("avantPaiement");
    expect(sortie.resume).not.toHaveProperty("avantPaiement");
  });
});
