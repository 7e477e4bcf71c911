import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { contratExemple } from "@communs-opco/schemas";
import { describe, expect, it } from "vitest";
import { contexteCliCapture } from "../contexteCliCapture";
import { executerCli } from "../executerCli";

const dossier = mkdtempSync(join(tmpdir(), "opco-controle-lot-"));
const DATE = "2025-11-03";

interface Constat {
  regle: string;
  statut: string;
  severite: string;
  message: string;
}
interface SortieJson {
  resultats: { index: number; statut: string; constats: Constat[] }[];
  resume: { total: number; lot: Record<string, unknown> };
}

function ecrire(nom: string, contrats: readonly object[]): string {
  writeFileSync(join(dossier, nom), contrats.map((c) => JSON.stringify(c)).join("\n"));
  return nom;
}

/** Copie du contrat d'exemple modifiée. */
function contrat(modifier: (c: any) => void): object {
  const c: any = structuredClone(contratExemple);
  modifier(c);
  return c;
}

async function controler(...args: string[]): Promise<{ code: number; json: SortieJson; texte: string }> {
  const json = contexteCliCapture({ repertoire: dossier });
  const code = await executerCli(["controle", "--json", "--date", DATE, "--referentiel", "aucun", ...args], json);
  const texte = contexteCliCapture({ repertoire: dossier });
  await executerCli(["controle", "--date", DATE, "--referentiel", "aucun", ...args], texte);
  return { code, json: JSON.parse(json.sortie.join("")) as SortieJson, texte: texte.sortie.join("") };
}

const constatsDe = (r: { constats: Constat[] } | undefined, regle: string) => (r?.constats ?? []).filter((c) => c.regle === regle);

describe("opco controle : règles sur plusieurs contrats (index borné du lot)", () => {
  /** Trois apprentis du même maître (DUPONT Paul, né le 1978-05-02) chez le même employeur, arrivés à une semaine d'intervalle. */
  const troisApprentis = ["2024-09-02", "2024-09-09", "2024-09-16"].map((debut, i) =>
    contrat((c) => {
      c.apprenti.prenom = ["Léa", "Hugo", "Inès"][i];
      c.contrat.noContrat = `06920240900011${i}`;
      c.contrat.dateDebutContrat = debut;
    }),
  );

  it("portefeuille des maîtres (R6223-6) : le troisième apprenti simultané du même maître est relevé, pas les deux premiers", async () => {
    const { json, texte } = await controler(ecrire("maitre.jsonl", troisApprentis));
    const regle = "maitre.nombreApprentis.maximum";
    expect(constatsDe(json.resultats[0], regle)).toEqual([]);
    expect(constatsDe(json.resultats[1], regle)).toEqual([]);
    expect(constatsDe(json.resultats[2], regle)).toMatchObject([{ statut: "non_conforme", severite: "avertissement", message: expect.stringContaining("encadre déjà 2 apprenti(s)") }]);
    expect(json.resume.lot).toMatchObject({ contratsLot: 3, maitres: 1, contratsHistorique: 0, passes: 1 });
    expect(texte).toContain("Règles sur plusieurs contrats");
    expect(texte).toContain("contrats en cours comptés sur les 3 contrat(s) du lot lu, 1 maître(s) distinct(s)");
    expect(texte).toContain("Aucun historique des dossiers (--historique) : les apprentis encadrés hors du lot ne sont pas comptés.");
  });

  it("--format (adaptateur, ici un tableau JSON au format standard) : même index, mêmes rangs", async () => {
    writeFileSync(join(dossier, "maitre-format.json"), JSON.stringify(troisApprentis));
    const { json } = await controler("maitre-format.json", "--format", "standard");
    expect(json.resultats.map((r) => constatsDe(r, "maitre.nombreApprentis.maximum").map((c) => c.statut))).toEqual([[], [], ["non_conforme"]]);
    expect(json.resume.lot).toMatchObject({ contratsLot: 3, maitres: 1 });
  });

  it("un seul contrat et pas d'historique : le résumé dit qu'aucune source de portefeuille n'existe", async () => {
    const { texte } = await controler(ecrire("un-seul.jsonl", troisApprentis.slice(0, 1)));
    expect(texte).toContain("Aucune source de portefeuille : le lot compte un seul contrat et aucun historique des dossiers n'est fourni (--historique)");
  });

  it("un autre employeur (SIRET) : un autre maître", async () => {
    const autre = troisApprentis.map((c, i) => (i === 2 ? contrat((x) => Object.assign(x, structuredClone(c), { employeur: { ...(c as any).employeur, siret: "80123456700023" } })) : c));
    const { json } = await controler(ecrire("maitre-autre-siret.jsonl", autre));
    expect(constatsDe(json.resultats[2], "maitre.nombreApprentis.maximum")).toEqual([]);
    expect(json.resume.lot).toMatchObject({ maitres: 2 });
  });

  it("--historique : les apprentis déjà encadrés, hors du lot, sont comptés ; le résumé le dit", async () => {
    const historique = ecrire("historique.jsonl", troisApprentis.slice(0, 2));
    const { json, texte } = await controler(ecrire("maitre-seul.jsonl", troisApprentis.slice(2)), "--historique", historique);
    expect(json.resume.total).toBe(1);
    expect(constatsDe(json.resultats[0], "maitre.nombreApprentis.maximum")).toMatchObject([{ statut: "non_conforme" }]);
    expect(json.resume.lot).toMatchObject({ contratsLot: 1, contratsHistorique: 2, fichiersHistorique: ["historique.jsonl"] });
    expect(texte).toContain("et les 2 contrat(s) de l'historique (historique.jsonl)");
  });

  /** Apprenti de 31 ans au début (2024-09-02), nouveau contrat avec un autre employeur conclu le 2024-08-26. */
  const successif = contrat((c) => {
    c.apprenti.dateNaissance = "1993-01-10";
    delete c.apprenti.nir;
    c.contrat.typeContratApp = "22";
    c.contrat.numeroContratPrecedent = "069202209000111";
  });
  /** Contrat précédent du même apprenti, terminé le `fin`. */
  const precedent = (fin: string) =>
    contrat((c) => {
      c.apprenti.dateNaissance = "1993-01-10";
      delete c.apprenti.nir;
      c.contrat.noContrat = "069202209000111";
      c.contrat.dateSignature = "2022-08-20";
      c.contrat.dateDebutContrat = "2022-09-01";
      c.contrat.dateFinContrat = fin;
    });

  it("contrat précédent retrouvé dans le lot par son numéro, même placé après (seconde lecture) : un an d'écart au plus (D6222-1)", async () => {
    const regle = "contrat.successif.ecartUnAn";
    const jour = await controler(ecrire("successif-jour.jsonl", [successif, precedent("2023-08-26")]));
    expect(json(jour, 0, regle)).toEqual([]);
    expect(jour.json.resume.lot).toMatchObject({ contratsPrecedentsCherches: 1, contratsPrecedentsTrouves: 1, passes: 2 });
    const lendemain = await controler(ecrire("successif-lendemain.jsonl", [successif, precedent("2023-08-25")]));
    expect(json(lendemain, 0, regle)).toMatchObject([
      { statut: "non_conforme", severite: "bloquant", message: expect.stringContaining("plus d'un an après l'expiration du contrat précédent le 2023-08-25 (au plus tard le 2024-08-25)") },
    ]);
  });

  it("contrat précédent absent du lot : indéterminé qui dit ce qui n'a pas pu être vérifié, et le résumé le compte", async () => {
    const seul = await controler(ecrire("successif-seul.jsonl", [successif]));
    expect(json(seul, 0, "contrat.successif.ecartUnAn")).toMatchObject([{ statut: "indetermine", message: expect.stringContaining("non vérifié, contrat précédent inconnu (contrat précédent 069202209000111 : contrat 069202209000111 absent du lot contrôlé (lot contrôlé))") }]);
    expect(seul.json.resultats[0]?.statut).not.toBe("conforme");
    expect(seul.texte).toContain("Contrats précédents (D6222-1, D6222-29, D6222-30) : 1 numéro(s) cité(s), 0 retrouvé(s) dans le lot");
  });

  it("nouveau contrat avec le même employeur (D6222-29) : les lignes sous le taux de la dernière année du contrat précédent du lot sont relevées", async () => {
    const suivant = contrat((c) => {
      c.contrat.typeContratApp = "21";
      c.contrat.numeroContratPrecedent = "069202209000222";
    });
    const avant = contrat((c) => {
      c.contrat.noContrat = "069202209000222";
      c.contrat.remunerationsAnnuelles = [{ ordre: "1.1", taux: 43 }, { ordre: "2.1", taux: 53 }];
    });
    const r = await controler(ecrire("meme-employeur.jsonl", [avant, suivant]));
    // Lignes du contrat d'exemple : 1.1 à 27 %, 1.2 à 43 %, 2.1 à 51 %, toutes sous 53 %.
    expect(json(r, 1, "remuneration.contratSuccessif.memeEmployeur")).toMatchObject(
      ["1.1 (27 %)", "1.2 (43 %)", "2.1 (51 %)"].map((ligne) => ({ statut: "non_conforme", message: expect.stringContaining(`La ligne de rémunération ${ligne} est inférieure au taux de la dernière année`) })),
    );
    expect(json(r, 1, "remuneration.contratSuccessif.memeEmployeur")[0]?.message).toContain("(53 %, ligne 2.1, lot contrôlé, meme-employeur.jsonl:1)");
  });

  it("le rapport HTML dit sur quoi ces règles ont reposé", async () => {
    const c = contexteCliCapture({ repertoire: dossier });
    await executerCli(["controle", "--date", DATE, "--referentiel", "aucun", ecrire("rapport.jsonl", troisApprentis), "--rapport", "rapport-lot.html"], c);
    const html = readFileSync(join(dossier, "rapport-lot.html"), "utf8");
    expect(html).toContain("<h2>Règles sur plusieurs contrats</h2>");
    expect(html).toContain("Portefeuille des maîtres d&#39;apprentissage (R6223-6");
  });
});

function json(r: { json: SortieJson }, rang: number, regle: string): Constat[] {
  return constatsDe(r.json.resultats[rang], regle);
}
