import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { collecterLecture, encoderTexte } from "@communs-opco/adaptateur";
import { describe, expect, it } from "vitest";
import { adaptateurExtraitDeca, analyserEnsembleCourriels } from "../../src/index.js";
import { dossierDonneesPartagees, lireFixture } from "./lireFixture.js";

describe("extrait DECA SIRET|EMAIL", () => {
  it("lit le fichier réel : 7 lignes, toutes lues, pied psql ignoré", async () => {
    const bilan = await collecterLecture(adaptateurExtraitDeca.lire(lireFixture("DECA_Extraction MIA-Fake.csv")));
    expect(bilan.total).toBe(7);
    expect(bilan.illisibles).toBe(0);
    expect(bilan.enregistrements.map((e) => e.source.ligne)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(bilan.enregistrements[0]?.valeur.contrat?.employeur).toEqual({ siret: "41816609600069", courriel: "octo.fake@gmail.com" });
    const multiple = bilan.enregistrements[2]?.valeur;
    expect(multiple?.contrat?.employeur?.courriel).toBe("lily.john@dinumfake.com");
    expect(multiple?.extensions).toEqual({ "deca-extrait:/EMAIL": "{lily.john@dinumfake.com,super.paul@dinumfake.com}" });
    expect(bilan.enregistrements[4]?.valeur.extensions).toEqual({ "deca-extrait:/EMAIL": "{fake@groupetest.com,NULL}" });
  });

  it("la copie locale est identique au fichier des données de test du dépôt", () => {
    const partage = join(dossierDonneesPartagees(), "deca", "DECA_Extraction MIA-Fake.csv");
    expect(existsSync(partage)).toBe(true);
    expect(Buffer.from(lireFixture("DECA_Extraction MIA-Fake.csv").octets).equals(readFileSync(partage))).toBe(true);
  });

  it("réécrit le fichier réel sans perte (hors pied psql)", async () => {
    const source = lireFixture("DECA_Extraction MIA-Fake.csv");
    const bilan = await collecterLecture(adaptateurExtraitDeca.lire(source));
    const ecrit = await adaptateurExtraitDeca.ecrire!(bilan.enregistrements.map((e) => e.valeur));
    const attendu = new TextDecoder().decode(source.octets).replace(/\(6 rows\);;\n$/u, "");
    expect(new TextDecoder().decode(ecrit.octets)).toBe(attendu);
    expect(ecrit.nonTransportes).toEqual([]);
  });

  it("localise les lignes mal formées et conserve les colonnes inconnues", async () => {
    const texte = "SIRET|EMAIL|REGION\n41816609600069|{a@x.fr}|84\n123|a@x.fr|11\n1|2\n";
    const bilan = await collecterLecture(adaptateurExtraitDeca.lire({ nom: "e.csv", octets: encoderTexte(texte) }));
    expect(bilan.total).toBe(3);
    expect(bilan.enregistrements[0]?.valeur.extensions).toEqual({ "deca-extrait:/REGION": "84" });
    expect(bilan.erreurs.map((e) => [e.code, e.source.ligne])).toEqual([
      ["syntaxe_invalide", 3],
      ["syntaxe_invalide", 4],
    ]);
    const sansEntete = await collecterLecture(adaptateurExtraitDeca.lire({ nom: "e.csv", octets: encoderTexte("A|B\n1|2\n") }));
    expect(sansEntete.erreurs[0]).toMatchObject({ code: "structure_invalide", source: { ligne: 1 } });
  });

  it("analyse les ensembles de courriels", () => {
    expect(analyserEnsembleCourriels("{}")).toEqual({ courriels: [], nuls: 0 });
    expect(analyserEnsembleCourriels("{a@x.fr, NULL ,b@y.fr}")).toEqual({ courriels: ["a@x.fr", "b@y.fr"], nuls: 1 });
    expect(analyserEnsembleCourriels("a@x.fr")).toBeUndefined();
  });

  it("détecte l'extrait", () => {
    const s = lireFixture("DECA_Extraction MIA-Fake.csv");
    expect(adaptateurExtraitDeca.detecter?.({ nom: s.nom, octets: s.octets, texte: new TextDecoder().decode(s.octets) })).toBe(0.95);
    expect(adaptateurExtraitDeca.detecter?.({ nom: "x", octets: new Uint8Array(), texte: '{"contrats":[]}' })).toBe(0);
  });
});
