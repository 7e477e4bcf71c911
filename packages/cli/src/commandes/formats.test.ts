import { describe, expect, it } from "vitest";
import { contexteCliCapture } from "../contexteCliCapture";
import { executerCli } from "../executerCli";

describe("opco formats", () => {
  it("liste les formats en JSON avec leur sens et leurs versions", async () => {
    const c = contexteCliCapture();
    expect(await executerCli(["formats", "--json"], c)).toBe(0);
    const formats = JSON.parse(c.sortie.join("")) as { nom: string; sens: string; versions: string[]; typeEnregistrement: string; detection: boolean }[];
    const noms = formats.map((f) => f.nom);
    expect(noms.slice(0, 5)).toEqual(["standard", "deca", "deca-extrait", "agecap", "agecap-statuts"]);
    expect(new Set(noms).size).toBe(noms.length);
    expect(formats.find((f) => f.nom === "deca")).toEqual({
      nom: "deca",
      libelle: "Extraction DECA (API DGEFP)",
      sens: "lecture-ecriture",
      versions: ["extractLBA", "extractTBA"],
      opco: null,
      nomOpco: null,
      typeEnregistrement: "dossier",
      detection: true,
      extensions: [".json"],
      // lu élément par élément : tableau JSON ou JSON Lines en flux jusqu'à 256 Mio, document lu d'un bloc jusqu'à 16 Mio
      limites: { json: { tailleMaxFichier: 268_435_456, tailleMaxDocument: 16_777_216, tailleMaxElement: 16_777_216 } },
    });
    // limites de lecture annoncées par nature de fichier
    const limites = (nom: string) => (formats.find((f) => f.nom === nom) as unknown as { limites: Record<string, Record<string, number>> }).limites;
    expect(limites("deca-extrait")).toEqual({ csv: { tailleMaxFichier: 268_435_456, tailleMaxDocument: 16_777_216, tailleMaxChamp: 1_048_576, tailleMaxEnregistrement: 8_388_608 } });
    expect(limites("cerfa-pdf")).toEqual({ pdf: { tailleMaxFichier: 20_971_520, budgetDecompression: 67_108_864 } });
    expect(Object.keys(limites("tableau-de-bord"))).toEqual(["json", "csv", "xlsx"]);
    // le Tableau de bord a besoin du document entier (taille du lot) : pas de lecture élément par élément
    expect(limites("tableau-de-bord")["json"]).toEqual({ tailleMaxFichier: 268_435_456, tailleMaxDocument: 16_777_216 });
    expect(limites("tableau-de-bord")["xlsx"]).toEqual({ tailleMaxFichier: 52_428_800, entreesMax: 10_000, tailleEntreeMax: 8_388_608, tailleTotaleMax: 8_388_608, ratioMax: 200 });
  });

  it("affiche une liste lisible en français", async () => {
    const c = contexteCliCapture();
    expect(await executerCli(["formats"], c)).toBe(0);
    const texte = c.sortie.join("");
    expect(texte).toMatch(/^Formats d'échange \(\d+\) :/);
    expect(texte).toContain("agecap");
    expect(texte).toContain("lecture et écriture ; versions : WS01, WS03");
    // Noms d'affichage des OPCO : une seule source, @communs-opco/nomenclatures.
    expect(texte).toContain("; OPCO : L'Opcommerce ;");
    expect(texte).toContain("; OPCO : OPCO Mobilités ;");
    expect(texte).not.toMatch(/OPCO : [a-z]/);
    // taille maximale d'un fichier entier, par nature
    // Tableau de bord : JSON et CSV lus d'un bloc (16 Mio) ; formats lus élément par élément : 256 Mio en flux.
    expect(texte).toContain("taille max. : json 16 Mio, csv 16 Mio, xlsx 50 Mio");
    expect(texte).toContain("taille max. : json 256 Mio en flux (16 Mio d'un bloc)");
    expect(texte).toContain("taille max. : pdf 20 Mio");
  });

  it("donne en JSON le slug et le nom d'affichage de l'OPCO de chaque format d'OPCO", async () => {
    const c = contexteCliCapture();
    expect(await executerCli(["formats", "--json"], c)).toBe(0);
    const formats = JSON.parse(c.sortie.join("")) as { nom: string; opco: string | null; nomOpco: string | null }[];
    expect(formats.find((f) => f.nom === "api-convergence:opcommerce")).toMatchObject({ opco: "opcommerce", nomOpco: "L'Opcommerce" });
    expect(formats.filter((f) => f.opco !== null).every((f) => f.nomOpco !== null && f.nomOpco !== f.opco)).toBe(true);
  });

  it("refuse un argument inattendu (code 2)", async () => {
    const c = contexteCliCapture();
    expect(await executerCli(["formats", "deca"], c)).toBe(2);
  });
});
