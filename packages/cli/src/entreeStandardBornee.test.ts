import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { genererContratsDemo } from "./index";

// Le vrai binaire, dans un processus enfant, pour lire une vraie entrée standard (tube) : la CLI doit
// être compilée (`npm test` compile avant les tests).
const BIN = fileURLToPath(new URL("../bin/opco.js", import.meta.url));
const DIST = fileURLToPath(new URL("../dist/index.js", import.meta.url));
const lignes = `${[...genererContratsDemo({ nombre: 40, graine: 7 })].map((l) => l.texte).join("\n")}\n`;

function opco(args: string[], entree: string, env: Record<string, string>) {
  if (!existsSync(DIST)) throw new Error("CLI non compilée : lancez « npm run build » avant ce test");
  return spawnSync(process.execPath, [BIN, ...args], { input: entree, encoding: "utf8", env: { ...process.env, ...env }, timeout: 60_000 });
}

describe("entrée standard (« - ») : mémoire bornée", () => {
  it("lue d'un bloc (opco convertir -) : au-delà de OPCO_TAILLE_MAX_ENTREE_STANDARD, arrêt en code 3 avec un message français, sans tout charger", () => {
    const limite = Buffer.byteLength(lignes) - 1;
    const r = opco(["convertir", "-", "--de", "standard", "--vers", "standard"], lignes, { OPCO_TAILLE_MAX_ENTREE_STANDARD: String(limite) });
    expect(r.status).toBe(3);
    expect(r.stderr).toContain("entrée standard trop volumineuse pour être lue d'un bloc");
    expect(r.stderr).toContain("OPCO_TAILLE_MAX_ENTREE_STANDARD");
    expect(r.stdout).toBe("");
    // un octet de plus : la même entrée passe
    const ok = opco(["convertir", "-", "--de", "standard", "--vers", "standard"], lignes, { OPCO_TAILLE_MAX_ENTREE_STANDARD: String(limite + 1) });
    expect(ok.stderr).not.toContain("trop volumineuse");
  }, 60_000);

  it("opco controle - : l'entrée est recopiée en flux dans un fichier temporaire, non soumise à la limite d'un bloc ; tous les enregistrements comptés", () => {
    const r = opco(["controle", "-", "--json", "--date", "2025-11-03", "--referentiel", "aucun"], lignes, { OPCO_TAILLE_MAX_ENTREE_STANDARD: "1000" });
    expect(r.stderr).not.toContain("trop volumineuse");
    const json = JSON.parse(r.stdout) as { resume: { total: number; conformesVerificationsExecutees: number; nonConformes: number; indetermines: number; illisibles: number }; resultats: unknown[] };
    expect(json.resume.total).toBe(40);
    expect(json.resultats).toHaveLength(40);
    const { conformesVerificationsExecutees, nonConformes, indetermines, illisibles } = json.resume;
    expect(conformesVerificationsExecutees + nonConformes + indetermines + illisibles).toBe(40);
  }, 60_000);
});
