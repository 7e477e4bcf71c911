import { describe, expect, it } from "vitest";
import type { Adaptateur } from "./Adaptateur.js";
import { analyserJson } from "./analyserJson.js";
import { collecterLecture } from "./collecterLecture.js";
import { decoderTexte } from "./decoderTexte.js";
import { detecterFormat } from "./detecterFormat.js";
import { echantillonner } from "./echantillonner.js";
import { encoderTexte } from "./encoderTexte.js";
import { pointeurJson } from "./pointeurJson.js";

const nombres: Adaptateur<{ n: number }> = {
  metadonnees: { nom: "nombres", libelle: "Un nombre par ligne", versions: ["1"], capacites: ["lecture", "detection"], typeEnregistrement: "dossier" },
  correspondance: { format: "nombres", champs: [{ champSource: "ligne", traitement: "standard", cheminStandard: "n" }] },
  async *lire(source) {
    const lignes = (decoderTexte(source.octets) ?? "").split("\n");
    for (const [i, l] of lignes.entries()) {
      const n = Number(l);
      yield l !== "" && Number.isFinite(n)
        ? { ok: true, valeur: { n }, source: { fichier: source.nom, ligne: i + 1 } }
        : { ok: false, erreur: { code: "syntaxe_invalide", message: "Nombre attendu.", source: { fichier: source.nom, ligne: i + 1 } } };
    }
  },
  detecter: (e) => (/^\d+(\n\d+)*\n?$/.test(e.texte) ? 0.5 : 0),
};
const casse: Adaptateur<unknown> = {
  metadonnees: { nom: "casse", libelle: "Détecteur défaillant", versions: [], capacites: ["detection"], typeEnregistrement: "contrat" },
  correspondance: { format: "casse", champs: [] },
  async *lire() {},
  detecter: () => {
    throw new Error("boum");
  },
};
const certain: Adaptateur<unknown> = { ...casse, metadonnees: { ...casse.metadonnees, nom: "certain" }, detecter: () => 2 };

describe("contrat des adaptateurs", () => {
  it("décode l'UTF-8 avec BOM et refuse les octets invalides en mode strict", () => {
    expect(decoderTexte(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe("A");
    expect(decoderTexte(new Uint8Array([0xff]))).toBeUndefined();
    expect(decoderTexte(new Uint8Array([0xff]), false)).toBe("\uFFFD");
    expect(decoderTexte(encoderTexte("Rompu é"))).toBe("Rompu é");
  });

  it("construit des pointeurs JSON échappés", () => {
    expect(pointeurJson(["pages", 2, "contrats", 17, "apprenti", "nir"])).toBe("/pages/2/contrats/17/apprenti/nir");
    expect(pointeurJson(["a/b", "c~d"])).toBe("/a~1b/c~0d");
    expect(pointeurJson([])).toBe("");
  });

  it("analyse un JSON et localise les erreurs", () => {
    expect(analyserJson({ nom: "a.json", octets: encoderTexte('{"a":1}') })).toEqual({ ok: true, valeur: { a: 1 } });
    const tronque = analyserJson({ nom: "b.json", octets: encoderTexte('{\n"a":\n[1,') });
    expect(tronque.ok).toBe(false);
    if (!tronque.ok) {
      expect(tronque.erreur.code).toBe("syntaxe_invalide");
      expect(tronque.erreur.source.fichier).toBe("b.json");
    }
    const vide = analyserJson({ nom: "c.json", octets: new Uint8Array() });
    expect(vide.ok ? "" : vide.erreur.code).toBe("source_vide");
    const latin1 = analyserJson({ nom: "d.json", octets: new Uint8Array([0x22, 0xe9, 0x22]) });
    expect(latin1.ok ? "" : latin1.erreur.code).toBe("encodage_invalide");
  });

  it("détecte le format, classe les candidats et ignore un détecteur défaillant", () => {
    const source = { nom: "n.txt", octets: encoderTexte("1\n2\n") };
    expect(detecterFormat(source, [casse, nombres, certain])).toEqual([
      { format: "certain", confiance: 1 },
      { format: "nombres", confiance: 0.5 },
    ]);
    expect(echantillonner(source, 2).texte).toBe("1\n");
  });

  it("fait le bilan d'une lecture : les compteurs s'additionnent", async () => {
    const bilan = await collecterLecture(nombres.lire({ nom: "n.txt", octets: encoderTexte("1\nx\n3") }));
    expect(bilan.total).toBe(3);
    expect(bilan.lus).toBe(2);
    expect(bilan.illisibles).toBe(1);
    expect(bilan.erreurs[0]?.source).toEqual({ fichier: "n.txt", ligne: 2 });
    expect(bilan.enregistrements.map((e) => e.valeur.n)).toEqual([1, 3]);
  });
});
