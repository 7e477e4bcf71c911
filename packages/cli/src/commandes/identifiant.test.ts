import { describe, expect, it } from "vitest";
import { contexteCliCapture } from "../contexteCliCapture";
import { executerCli } from "../executerCli";

describe("opco identifiant", () => {
  it("détecte le type et affiche une ligne par valeur valide (code 0)", async () => {
    const c = contexteCliCapture();
    expect(await executerCli(["identifiant", "35600000009075", "0951099D", "6201Z"], c)).toBe(0);
    expect(c.sortie.join("")).toBe(
      [
        "35600000009075 : SIRET valide (35600000009075)",
        "0951099D : UAI valide (0951099D)",
        "6201Z : code NAF valide (62.01Z)",
        "",
      ].join("\n"),
    );
  });

  it("signale une valeur invalide en français (code 1)", async () => {
    const c = contexteCliCapture();
    expect(await executerCli(["identifiant", "35600000009090"], c)).toBe(1);
    expect(c.sortie.join("")).toBe("35600000009090 : SIRET invalide — la clé de contrôle est incorrecte\n");
  });

  it("produit le JSON documenté, y compris pour un type non reconnu", async () => {
    const c = contexteCliCapture();
    expect(await executerCli(["identifiant", "--json", "35600000009075", "0951099e", "bonjour"], c)).toBe(1);
    expect(JSON.parse(c.sortie.join(""))).toEqual([
      { valeur: "35600000009075", type: "siret", valide: true, normalise: "35600000009075", erreurs: [] },
      {
        valeur: "0951099e",
        type: "cfd",
        valide: true,
        normalise: "0951099E",
        erreurs: [],
      },
      {
        valeur: "bonjour",
        type: null,
        valide: false,
        normalise: null,
        erreurs: [{ code: "type.inconnu", message: "type d'identifiant non reconnu (préciser --type)" }],
      },
    ]);
  });

  it("impose le type avec --type", async () => {
    const c = contexteCliCapture();
    expect(await executerCli(["identifiant", "--type", "uai", "--json", "0951099E", "951099d"], c)).toBe(1);
    expect(JSON.parse(c.sortie.join(""))).toEqual([
      {
        valeur: "0951099E",
        type: "uai",
        valide: false,
        normalise: null,
        erreurs: [{ code: "uai.cle", message: "la lettre clé de l'UAI est incorrecte" }],
      },
      { valeur: "951099d", type: "uai", valide: true, normalise: "0951099D", erreurs: [] },
    ]);
    const d = contexteCliCapture();
    expect(await executerCli(["identifiant", "--type", "RNCP", "38430"], d)).toBe(0);
    expect(d.sortie.join("")).toBe("38430 : code RNCP valide (RNCP38430)\n");
  });

  it("masque les NIR par défaut et les affiche avec --en-clair", async () => {
    const c = contexteCliCapture();
    expect(await executerCli(["identifiant", "184127645108946", "184127645108947"], c)).toBe(1);
    const texte = c.sortie.join("");
    expect(texte).toBe(
      "1************** : NIR valide (1**************)\n1************** : NIR invalide — la clé du NIR est incorrecte\n",
    );
    expect(texte).not.toContain("8412");
    const d = contexteCliCapture();
    expect(await executerCli(["identifiant", "--en-clair", "--json", "1 84 12 76 451 089 46"], d)).toBe(0);
    expect(JSON.parse(d.sortie.join(""))).toEqual([
      { valeur: "1 84 12 76 451 089 46", type: "nir", valide: true, normalise: "184127645108946", erreurs: [] },
    ]);
  });

  it("renvoie 2 sans valeur, avec un type inconnu ou une option inconnue", async () => {
    const sansValeur = contexteCliCapture();
    expect(await executerCli(["identifiant"], sansValeur)).toBe(2);
    expect(sansValeur.erreurs.join("")).toContain("au moins une valeur à contrôler est attendue");
    const typeInconnu = contexteCliCapture();
    expect(await executerCli(["identifiant", "--type", "iban", "FR76"], typeInconnu)).toBe(2);
    expect(typeInconnu.erreurs.join("")).toContain("type inconnu « iban »");
    const optionInconnue = contexteCliCapture();
    expect(await executerCli(["identifiant", "--format", "x", "0951099D"], optionInconnue)).toBe(2);
    expect(optionInconnue.erreurs.join("")).toContain("option inconnue : --format");
  });

  it("affiche l'aide", async () => {
    const c = contexteCliCapture();
    expect(await executerCli(["identifiant", "--aide"], c)).toBe(0);
    expect(c.sortie.join("")).toContain("Usage : opco identifiant <valeur…>");
  });
});
