// Vérifie les modules générés contre les fichiers réels copiés dans le dépôt (packages/test-support/donnees, Node uniquement).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { resoudreOpco, tableDepartements, tableIdccOpco, tableOpcos, tablesCerfa } from "../../src/index";
import { dossierDonneesPartagees } from "@communs-opco/test-support";

const DONNEES = dossierDonneesPartagees();

const racinePaquet = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dossierDonnees = DONNEES;
const dossierNomenclatures = join(dossierDonnees, "nomenclatures");
const donneesPresentes = existsSync(join(dossierNomenclatures, "cerfa-codes.json"));

describe("données générées fidèles aux fichiers de données du dépôt", () => {
  it("les fichiers source sont présents (une donnée absente fait échouer, jamais sauter)", () => {
    expect(donneesPresentes).toBe(true);
  });

  const sortie = mkdtempSync(join(tmpdir(), "nomenclatures-"));
  afterAll(() => rmSync(sortie, { recursive: true, force: true }));

  it("relancer le générateur reproduit à l'octet près les modules de src/donnees", () => {
    execFileSync(process.execPath, [join(racinePaquet, "scripts", "generer-donnees.mjs"), dossierNomenclatures, sortie], {
      stdio: "pipe",
    });
    const generes = readdirSync(sortie).sort();
    expect(generes.length).toBe(24);
    for (const fichier of generes) {
      const attendu = readFileSync(join(sortie, fichier), "utf8");
      const committe = readFileSync(join(racinePaquet, "src", "donnees", fichier), "utf8");
      expect(committe, fichier).toBe(attendu);
    }
  });

  it("cerfa-codes.json : chaque code et chaque libellé est repris tel quel", () => {
    const source = JSON.parse(readFileSync(join(dossierNomenclatures, "cerfa-codes.json"), "utf8")) as Record<
      string,
      { code: string; libelle: string | null; typeDiplome?: string }[]
    >;
    const correspondance: Record<string, keyof typeof tablesCerfa> = {
      typeContratApprenti: "typeContratApp",
      region: "regionCerfa",
      prefixeCodeDiplomeVersTypeDiplome: "prefixeCfd",
    };
    expect(Object.keys(source)).toHaveLength(19);
    for (const [nom, entrees] of Object.entries(source)) {
      const table = tablesCerfa[correspondance[nom] ?? (nom as keyof typeof tablesCerfa)];
      expect(table, nom).toBeDefined();
      expect(table.entrees.map((e) => e.code), nom).toEqual(entrees.map((e) => e.code));
      if (nom === "prefixeCodeDiplomeVersTypeDiplome") {
        for (const [i, e] of entrees.entries()) {
          const nous = tablesCerfa.prefixeCfd.entrees[i];
          expect(nous?.typeDiplome ?? nous?.typeDiplomeSource, e.code).toBe(e.typeDiplome);
        }
      } else {
        expect(table.entrees.map((e) => (e as { libelle: string | null }).libelle), nom).toEqual(entrees.map((e) => e.libelle));
      }
    }
  });

  it("idcc-opco.csv : chaque ligne est reprise, et son nom d'OPCO se résout vers le même OPCO", () => {
    const lignes = readFileSync(join(dossierNomenclatures, "idcc-opco.csv"), "utf8").trim().split("\n");
    expect(lignes[0]).toBe("idcc,opco");
    const couples = lignes.slice(1).map((l) => {
      const virgule = l.indexOf(",");
      return { idcc: l.slice(0, virgule), libelle: l.slice(virgule + 1) };
    });
    expect(couples).toHaveLength(tableIdccOpco.entrees.length);
    for (const [i, c] of couples.entries()) {
      const nous = tableIdccOpco.entrees[i];
      expect(nous?.idcc).toBe(c.idcc);
      expect(nous?.libelleSource).toBe(c.libelle);
      expect(resoudreOpco(c.libelle)?.slug, c.libelle).toBe(nous?.opco);
    }
  });

  it("departements.csv : les 102 lignes sont reprises avec leur région et leur académie", () => {
    const lignes = readFileSync(join(dossierNomenclatures, "departements.csv"), "utf8").trim().split("\n").slice(1);
    expect(lignes).toHaveLength(102);
    for (const ligne of lignes) {
      const [code, nom, codeRegion, , numAcademie] = ligne.split(",");
      const nous = tableDepartements.entrees.find((d) => d.code === code);
      expect(nous?.nom, code).toBe(nom);
      expect(nous?.codeRegion ?? "", code).toBe(codeRegion);
      expect(nous?.codeAcademie ?? "", code).toBe(numAcademie === "" ? "" : numAcademie?.padStart(2, "0"));
    }
  });

  it("opco-rncp : chaque fichier cité existe (en-tête code_rncp) et chaque fichier est rattaché à un OPCO", () => {
    const dossierRncp = join(dossierDonnees, "opco-rncp");
    const fichiers = readdirSync(dossierRncp).filter((f) => f.endsWith(".csv")).sort();
    const cites = tableOpcos.entrees.flatMap((o) => (o.fichierRncpTdb === null ? [] : [o.fichierRncpTdb])).sort();
    expect(cites).toEqual(fichiers);
    for (const f of fichiers) {
      const premiereLigne = readFileSync(join(dossierRncp, f), "utf8").replace(/^\uFEFF/, "").split("\n")[0];
      expect(premiereLigne, f).toBe("code_rncp");
    }
  });
});
