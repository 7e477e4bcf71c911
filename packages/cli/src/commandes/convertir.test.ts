import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { contexteCliCapture } from "../contexteCliCapture";
import { executerCli } from "../executerCli";

const racine = resolve(import.meta.dirname, "../../../..");
const fixturesDeca = join(racine, "adapters/deca/test/fixtures");
const fixturesAgecap = join(racine, "adapters/agecap/test/fixtures");
const temporaire = mkdtempSync(join(tmpdir(), "opco-convertir-"));
afterAll(() => rmSync(temporaire, { recursive: true, force: true }));

function contexte(entree = "") {
  return contexteCliCapture({ entree, repertoire: racine });
}

describe("opco convertir", () => {
  it("convertit une extraction DECA en standard sur la sortie standard, avec un bilan localisé (code 1)", async () => {
    const c = contexte();
    const code = await executerCli(["convertir", join(fixturesDeca, "extraction-deca.json"), "--de", "deca", "--vers", "standard"], c);
    expect(code).toBe(1);
    const dossiers = JSON.parse(c.sortie.join("")) as { numeroDeca?: string; etat?: string }[];
    expect(dossiers.map((d) => [d.numeroDeca, d.etat])).toEqual([
      ["069202509000123", "DEPOSE"],
      ["02B202212000000", "ROMPU"],
      ["971202410000042", "DEPOSE"],
    ]);
    const bilan = c.erreurs.join("");
    expect(bilan).toContain("Conversion deca → standard : 5 enregistrement(s) lu(s), 3 enregistrement(s) écrit(s), 2 illisible(s) ou inconvertible(s).");
    expect(bilan).toContain("extraction-deca.json (/pages/0/contrats/2/alternant/dateNaissance, contrat.apprenti.dateNaissance)");
    expect(bilan).toContain("extraction-deca.json (/pages/1/contrats/1/detailsContrat/noContrat, numeroDeca)");
    expect(bilan).toContain("Champs source hors du standard, conservés en extension : deca:/detailsContrat/typeContrat (1), deca:/flag_correction (1)");
  });

  it("détecte le format (auto), écrit AGECAP dans un fichier et signale les champs non transportés (code 0)", async () => {
    const c = contexte();
    const cible = join(temporaire, "agecap.json");
    const code = await executerCli(["convertir", join(fixturesAgecap, "contrat-agecap.json"), "--vers", "deca", "--sortie", cible], c);
    expect(code).toBe(0);
    expect(c.sortie).toEqual([]);
    const page = JSON.parse(readFileSync(cible, "utf8")) as { metadonnees: unknown; contrats: Record<string, Record<string, unknown>>[] };
    expect(page.metadonnees).toEqual({ page: 1, totalPages: 1, totalElements: 1 });
    expect(page.contrats[0]?.["alternant"]).toMatchObject({ nom: "BERNARD", sexe: "F", departementNaissance: "42" });
    const bilan = c.erreurs.join("");
    expect(bilan).toContain("Conversion agecap → deca : 1 enregistrement(s) lu(s), 1 enregistrement(s) écrit(s), 0 illisible(s)");
    expect(bilan).toMatch(/ne porte pas \(perdus à l'écriture\) : .*contrat\.maitre1\.nom/);
    expect(bilan).toContain(`Écrit : ${cible}`);
  });

  it("convertit l'extrait DECA réel (SIRET|EMAIL) lu sur l'entrée standard, aller et retour", async () => {
    const texte = readFileSync(join(fixturesDeca, "DECA_Extraction MIA-Fake.csv"), "utf8");
    const aller = contexte(texte);
    expect(await executerCli(["convertir", "-", "--vers", "standard"], aller)).toBe(0);
    const retour = contexte(aller.sortie.join(""));
    expect(await executerCli(["convertir", "-", "--de", "standard", "--vers", "deca-extrait"], retour)).toBe(0);
    expect(retour.sortie.join("")).toBe(texte.replace("(6 rows);;\n", ""));
  });

  it("complète les effectifs du Tableau de bord depuis DECA : un effectif par année scolaire, rejets motivés", async () => {
    const c = contexte();
    const code = await executerCli(["convertir", join(fixturesDeca, "extraction-deca.json"), "--de", "deca", "--vers", "tableau-de-bord"], c);
    expect(code).toBe(1);
    const bilan = c.erreurs.join("");
    expect(bilan).toContain("Conversion deca → tableau-de-bord : 5 enregistrement(s) lu(s), 2 enregistrement(s) écrit(s), 4 illisible(s) ou inconvertible(s).");
    expect(bilan).toContain("extraction-deca.json (/pages/1/contrats/0) : pas d'effectif DECA : dispositif autre qu'APPR.");
    expect(c.sortie.join("").length).toBeGreaterThan(0);
  });

  it("lit le JSON Lines d'« opco demo » (fichier ou entrée standard) : une ligne illisible localisée, les autres converties", async () => {
    const demo = contexte();
    expect(await executerCli(["demo", "--nombre", "3", "--graine", "7"], demo)).toBe(0);
    const lignes = demo.sortie.join("").trimEnd().split("\n");
    expect(lignes).toHaveLength(3);
    const jsonl = `${lignes[0]}\n\n{"tronque": \n${lignes[1]}\n${lignes[2]}\n`;

    const c = contexte(jsonl);
    expect(await executerCli(["convertir", "-", "--vers", "standard"], c)).toBe(1);
    const dossiers = JSON.parse(c.sortie.join("")) as { contrat: { employeur: { siret: string } } }[];
    expect(dossiers.map((d) => d.contrat.employeur.siret)).toEqual(lignes.map((l) => (JSON.parse(l) as { employeur: { siret: string } }).employeur.siret));
    const bilan = c.erreurs.join("");
    expect(bilan).toContain("Conversion standard → standard : 4 enregistrement(s) lu(s), 3 enregistrement(s) écrit(s), 1 illisible(s) ou inconvertible(s).");
    expect(bilan).toContain("entrée standard (ligne 3) : JSON invalide ou tronqué.");

    const fichier = join(temporaire, "demo.jsonl");
    writeFileSync(fichier, lignes.join("\n"));
    const f = contexte();
    expect(await executerCli(["convertir", fichier, "--vers", "standard"], f)).toBe(0);
    expect(JSON.parse(f.sortie.join(""))).toHaveLength(3);
  });

  it("refuse les usages incorrects (code 2)", async () => {
    const inconnu = contexte();
    expect(await executerCli(["convertir", join(fixturesDeca, "extraction-deca.json"), "--vers", "xml"], inconnu)).toBe(2);
    expect(inconnu.erreurs.join("")).toContain("format inconnu « xml » ; formats disponibles : standard, deca");
    const sansVers = contexte();
    expect(await executerCli(["convertir", "a.json"], sansVers)).toBe(2);
    expect(sansVers.erreurs.join("")).toContain("--vers FORMAT est obligatoire");
    const absent = contexte();
    expect(await executerCli(["convertir", "absent.json", "--vers", "deca"], absent)).toBe(2);
    expect(absent.erreurs.join("")).toContain("fichier introuvable : absent.json");
    const nonReconnu = contexte("bonjour");
    expect(await executerCli(["convertir", "-", "--vers", "deca"], nonReconnu)).toBe(2);
    expect(nonReconnu.erreurs.join("")).toContain("non reconnu");
  });
});

describe("opco convertir : progression", () => {
  it("progression sur la sortie d'erreur d'un terminal seulement, effacée avant le bilan, jamais avec --silencieux", async () => {
    const args = ["convertir", join(fixturesDeca, "extraction-deca.json"), "--de", "deca", "--vers", "standard"];
    const terminal = { ...contexte(), sortieErreurInteractive: true, colonnesErreur: 200 };
    expect(await executerCli(args, terminal)).toBe(1);
    const affiche = terminal.erreurs.join("");
    expect(affiche).toContain("\r\u001b[2KConversion : 1 enregistrement(s) lu(s)");
    // La ligne est effacée (\r ESC[2K) avant le bilan, qui reste identique à celui d'une sortie redirigée.
    expect(affiche).toMatch(/\r\u001b\[2KConversion deca → standard : 5 enregistrement\(s\) lu\(s\)/u);
    expect(terminal.sortie.join("")).not.toContain("\u001b[2K");
    const silencieux = { ...contexte(), sortieErreurInteractive: true };
    await executerCli([...args, "--silencieux"], silencieux);
    expect(silencieux.erreurs.join("")).not.toContain("\u001b[2K");
    const redirige = contexte();
    await executerCli(args, redirige);
    expect(redirige.erreurs.join("")).not.toContain("\u001b[2K");
    expect(redirige.erreurs.join("")).toBe(silencieux.erreurs.join(""));
  });
});
