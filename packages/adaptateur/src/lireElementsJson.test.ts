import { describe, expect, it } from "vitest";
import { collecterLecture } from "./collecterLecture.js";
import { elementsJson } from "./elementsJson.js";
import { encoderTexte } from "./encoderTexte.js";
import { lireElementsJson } from "./lireElementsJson.js";
import type { ResultatLecteur } from "./ResultatLecteur.js";

const lireNombres = (texte: string) =>
  lireElementsJson(
    { nom: "n.json", octets: encoderTexte(texte) },
    (racine) => elementsJson(racine, ["a/b", "valeurs"]),
    ({ valeur }, source): ResultatLecteur<number> =>
      typeof valeur === "number" ? { ok: true, valeur, source } : { ok: false, erreur: { code: "enregistrement_invalide", message: "nombre attendu", source } },
  );

describe("lireElementsJson et elementsJson", () => {
  it("lit chaque élément avec son pointeur JSON (échappé), enveloppes dans l'ordre donné", async () => {
    const bilan = await collecterLecture(lireNombres('{"valeurs": [9], "a/b": [1, "x", 3]}'));
    expect(bilan.enregistrements.map((e) => [e.valeur, e.source.pointeur])).toEqual([
      [1, "/a~1b/0"],
      [3, "/a~1b/2"],
    ]);
    expect(bilan.erreurs.map((e) => e.source)).toEqual([{ fichier: "n.json", pointeur: "/a~1b/1" }]);
  });

  it("liste à la racine, élément unique sinon", async () => {
    expect((await collecterLecture(lireNombres("[4, 5]"))).enregistrements.map((e) => e.source.pointeur)).toEqual(["/0", "/1"]);
    expect((await collecterLecture(lireNombres("7"))).enregistrements.map((e) => [e.valeur, e.source.pointeur])).toEqual([[7, ""]]);
    expect(elementsJson({ valeurs: "pas une liste" }, ["valeurs"])).toEqual([{ valeur: { valeurs: "pas une liste" }, segments: [] }]);
  });

  it("un fichier vide, illisible ou tronqué donne un seul résultat en erreur", async () => {
    for (const texte of ["", "[1, 2", "{"]) {
      const bilan = await collecterLecture(lireNombres(texte));
      expect(bilan.enregistrements).toEqual([]);
      expect(bilan.erreurs).toHaveLength(1);
    }
  });
});
