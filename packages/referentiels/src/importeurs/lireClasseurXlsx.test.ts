import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dossierDonneesPartagees } from "@communs-opco/test-support";
import { zipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { ErreurFormatFichier } from "./ErreurFormatFichier";
import { lireClasseurXlsx, type BudgetClasseur } from "./lireClasseurXlsx";

/*
 * Issue 13, livrable 3 : les classeurs des référentiels (exceljs) sont lus sous un budget
 * d'octets et de lignes ; une bombe de décompression est refusée avant d'être gonflée, avec une
 * erreur claire en français (jamais de dépassement de mémoire).
 */

const KALI = join(dossierDonneesPartagees(), "kali/sample.xlsx");
const dossier = mkdtempSync(join(tmpdir(), "opco-classeur-"));
afterAll(() => rmSync(dossier, { recursive: true, force: true }));

async function lignes(chemin: string, budget: Partial<BudgetClasseur> = {}): Promise<number> {
  let n = 0;
  for await (const feuille of lireClasseurXlsx(chemin, budget)) for await (const _ of feuille.lignes) n += 1;
  return n;
}

async function erreur(chemin: string, budget: Partial<BudgetClasseur> = {}): Promise<unknown> {
  try {
    await lignes(chemin, budget);
  } catch (e) {
    return e;
  }
  return undefined;
}

describe("lireClasseurXlsx sous budget", () => {
  it("taille du fichier : égale à la limite, lu ; un octet de plus que la limite, refusé", async () => {
    const taille = statSync(KALI).size;
    expect(await lignes(KALI, { tailleFichierMax: taille })).toBeGreaterThan(0);
    const e = await erreur(KALI, { tailleFichierMax: taille - 1 });
    expect(e).toBeInstanceOf(ErreurFormatFichier);
    expect((e as Error).message).toBe(`sample.xlsx : classeur trop volumineux (${String(taille)} octets, limite ${String(taille - 1)})`);
  });

  it("bombe de décompression (32 Mio de zéros dans une feuille) : refusée avant exceljs, message en français", async () => {
    const bombe = join(dossier, "bombe.xlsx");
    writeFileSync(bombe, zipSync({ "[Content_Types].xml": new TextEncoder().encode("<Types/>"), "xl/worksheets/sheet1.xml": new Uint8Array(32 * 1_048_576) }, { level: 9 }));
    expect(statSync(bombe).size).toBeLessThan(100_000);
    const e = await erreur(bombe);
    expect(e).toBeInstanceOf(ErreurFormatFichier);
    expect((e as Error).message).toMatch(/^bombe\.xlsx : classeur refusé \(archive ZIP refusée : entrée « xl\/worksheets\/sheet1\.xml » .*\(bombe de décompression \?\)\)$/);
    // limite de taille décompressée d'une entrée : au-delà, même refus
    const e2 = await erreur(KALI, { tailleEntreeMax: 1000 });
    expect((e2 as Error).message).toMatch(/de plus de 1000 octets décompressés/);
  });

  it("nombre de lignes par feuille : à la limite, lu ; une ligne de moins dans le budget, arrêt avec la raison", async () => {
    let brutes = 0;
    for await (const feuille of lireClasseurXlsx(KALI)) {
      let n = 0;
      for await (const _ of feuille.lignes) n += 1;
      brutes = Math.max(brutes, n);
    }
    // chercher la limite exacte : la plus petite qui lit tout le classeur
    let limite = brutes;
    while ((await erreur(KALI, { lignesMax: limite })) !== undefined) limite += 1;
    expect(await erreur(KALI, { lignesMax: limite })).toBeUndefined();
    const e = await erreur(KALI, { lignesMax: limite - 1 });
    expect(e).toBeInstanceOf(ErreurFormatFichier);
    expect((e as Error).message).toMatch(new RegExp(`^sample\\.xlsx : feuille « .+ » de plus de ${String(limite - 1)} lignes : lecture arrêtée$`));
  });
});
