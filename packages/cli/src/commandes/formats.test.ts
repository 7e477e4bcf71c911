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
    });
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
