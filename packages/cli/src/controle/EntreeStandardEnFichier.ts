import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { ContexteCli } from "../ContexteCli";
import { ErreurEntreeSortie } from "../ErreurEntreeSortie";
import { ErreurUsage } from "../ErreurUsage";

/**
 * Entrée standard (`-` parmi les fichiers de `opco controle`) mise dans un fichier temporaire :
 * le contrôle relit ses fichiers (index du lot, puis contrôle), ce qu'un flux ne permet pas. La
 * copie se fait au fil de la lecture (`copierEntreeStandard`), sans garder l'entrée en mémoire ;
 * les octets sont recopiés tels quels (un UTF-8 invalide reste signalé à la lecture du fichier). Le
 * nom affiché reste `-` ; `chemin` donne le chemin à ouvrir ; `nettoyer` supprime le fichier.
 *
 * @example
 * ```ts
 * const entree = await EntreeStandardEnFichier.preparer(["-"], contexte);
 * try { for await (const e of controlerFichiers(["-"], { dateEvaluation }, { chemin: entree.chemin })) … } finally { entree.nettoyer(); }
 * ```
 */
export class EntreeStandardEnFichier {
  private constructor(
    private readonly repertoire: string,
    private readonly dossier: string | undefined,
  ) {}

  /** Lit l'entrée standard si `-` figure parmi `fichiers` (une seule fois ; refusé sur un terminal). */
  static async preparer(fichiers: readonly string[], contexte: Pick<ContexteCli, "repertoire" | "lireEntreeStandard" | "entreeStandardInteractive" | "copierEntreeStandard">): Promise<EntreeStandardEnFichier> {
    const tirets = fichiers.filter((f) => f === "-").length;
    if (tirets === 0) return new EntreeStandardEnFichier(contexte.repertoire, undefined);
    if (tirets > 1) throw new ErreurUsage("« - » (entrée standard) ne peut figurer qu'une fois parmi les fichiers");
    if (contexte.entreeStandardInteractive) throw new ErreurUsage("« - » lit les contrats sur l'entrée standard : redirigez un fichier (opco controle - < contrats.jsonl) ou un tube");
    const dossier = mkdtempSync(join(tmpdir(), "opco-controle-entree-"));
    const chemin = join(dossier, "entree-standard.jsonl");
    try {
      if (contexte.copierEntreeStandard !== undefined) await contexte.copierEntreeStandard(chemin);
      else writeFileSync(chemin, await contexte.lireEntreeStandard());
    } catch (erreur) {
      rmSync(dossier, { recursive: true, force: true });
      throw erreur instanceof ErreurUsage || erreur instanceof ErreurEntreeSortie ? erreur : new ErreurEntreeSortie(`lecture de l'entrée standard interrompue (${(erreur as { code?: string }).code ?? "erreur"})`);
    }
    return new EntreeStandardEnFichier(contexte.repertoire, dossier);
  }

  /** Chemin à ouvrir pour un fichier donné en argument (`-` : le fichier temporaire). */
  readonly chemin = (fichier: string): string => (fichier === "-" && this.dossier !== undefined ? join(this.dossier, "entree-standard.jsonl") : resolve(this.repertoire, fichier));

  /** Supprime le fichier temporaire. */
  nettoyer(): void {
    if (this.dossier !== undefined) rmSync(this.dossier, { recursive: true, force: true });
  }
}
