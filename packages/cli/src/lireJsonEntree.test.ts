import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { contexteCliCapture } from "./contexteCliCapture";
import { ErreurUsage } from "./ErreurUsage";
import { lireFichierEntree } from "./lireFichierEntree";
import { lireJsonEntree } from "./lireJsonEntree";

const dossier = mkdtempSync(join(tmpdir(), "lire-entree-"));
writeFileSync(join(dossier, "dossier.json"), '{"numeroInterne":"D-1"}');
writeFileSync(join(dossier, "casse.json"), '{"numeroInterne":');
mkdirSync(join(dossier, "un-dossier"));
afterAll(() => rmSync(dossier, { recursive: true, force: true }));
const contexte = contexteCliCapture({ repertoire: dossier });

describe("lecture des fichiers d'entrée des commandes (convergence, signature)", () => {
  it("lit un fichier relatif au répertoire de la CLI ; un JSON valide est analysé", async () => {
    expect((await lireFichierEntree(contexte, "dossier.json")).toString("utf8")).toBe('{"numeroInterne":"D-1"}');
    expect(await lireJsonEntree(contexte, "dossier.json", "JSON invalide")).toEqual({ numeroInterne: "D-1" });
  });

  it("un échec de lecture est une erreur d'utilisation en français (code système traduit ou message donné)", async () => {
    await expect(lireFichierEntree(contexte, "absent.pdf")).rejects.toThrow(new ErreurUsage("fichier introuvable : absent.pdf"));
    await expect(lireFichierEntree(contexte, "un-dossier")).rejects.toThrow(new ErreurUsage("lecture impossible de un-dossier (EISDIR)"));
    await expect(lireFichierEntree(contexte, "absent.pdf", (code) => `PDF illisible (${code ?? "?"})`)).rejects.toThrow(new ErreurUsage("PDF illisible (ENOENT)"));
  });

  it("un JSON invalide donne le message de la commande, jamais le texte de l'analyseur", async () => {
    await expect(lireJsonEntree(contexte, "casse.json", "JSON invalide dans le fichier de dossier")).rejects.toThrow(new ErreurUsage("JSON invalide dans le fichier de dossier"));
    await expect(lireJsonEntree(contexte, "absent.json", "JSON invalide", () => "contrat illisible : absent.json")).rejects.toThrow(new ErreurUsage("contrat illisible : absent.json"));
  });
});
