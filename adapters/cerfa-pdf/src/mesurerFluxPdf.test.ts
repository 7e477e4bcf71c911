import { zlibSync } from "fflate";
import { describe, expect, it } from "vitest";
import { chargerModeleCerfa } from "./chargerModeleCerfa.js";
import { lireCerfaPdf } from "./lireCerfaPdf.js";
import { BUDGET_DECOMPRESSION_PDF, mesurerFluxPdf } from "./mesurerFluxPdf.js";

/** PDF minimal dont un flux d'objets (ObjStm, FlateDecode) contient `mio` Mio de zéros compressés. */
function pdfBombe(mio: number): Uint8Array {
  const flux = zlibSync(new Uint8Array(mio * 1_048_576), { level: 9 });
  const avant = new TextEncoder().encode(`%PDF-1.5\n1 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${String(flux.length)} >>\nstream\n`);
  const apres = new TextEncoder().encode("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
  const octets = new Uint8Array(avant.length + flux.length + apres.length);
  octets.set(avant, 0);
  octets.set(flux, avant.length);
  octets.set(apres, avant.length + flux.length);
  return octets;
}

describe("budget de décompression des flux d'un PDF", () => {
  it("flux d'objets de 8 Mio de zéros (quelques Kio) : refusé au-delà du budget, à la limite accepté", () => {
    const bombe = pdfBombe(8);
    expect(bombe.length).toBeLessThan(50_000);
    expect(mesurerFluxPdf(bombe, 8 * 1_048_576)).toBeUndefined();
    expect(mesurerFluxPdf(bombe, 8 * 1_048_576 - 1)).toBe(`PDF refusé : ses flux compressés dépassent ${String(8 * 1_048_576 - 1)} octets décompressés (bombe de décompression ?)`);
  });

  it("lireCerfaPdf : la bombe est une erreur située, sans être confiée à pdf-lib ; le vrai formulaire CERFA tient dans le budget par défaut", async () => {
    const r = await lireCerfaPdf(pdfBombe(8), { fichier: "bombe.pdf", budgetDecompression: 1_048_576 });
    expect(r).toMatchObject({ ok: false, erreur: { code: "syntaxe_invalide", message: expect.stringContaining("PDF refusé"), source: { fichier: "bombe.pdf" } } });
    expect(mesurerFluxPdf(await chargerModeleCerfa(), BUDGET_DECOMPRESSION_PDF)).toBeUndefined();
  });
});
