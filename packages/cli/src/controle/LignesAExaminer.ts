import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { StringDecoder } from "node:string_decoder";

/**
 * Lignes des enregistrements à examiner de la sortie texte de `opco controle`, écrites **après**
 * le résumé : les `limite` premières sont gardées en mémoire ; avec `detail` (option `--detail`),
 * toutes sont mises de côté dans un fichier temporaire (mémoire bornée quel que soit le volume),
 * supprimé après relecture ou abandon.
 *
 * @example
 * ```ts
 * const lignes = new LignesAExaminer({ limite: 20, detail: false });
 * lignes.ajouter("[non conforme] contrats.jsonl:3 · …\n");
 * lignes.ecrire((t) => process.stdout.write(t));
 * ```
 */
export class LignesAExaminer {
  readonly #limite: number;
  readonly #premieres: string[] = [];
  #total = 0;
  #dossier: string | undefined;
  #fd: number | undefined;

  constructor(options: { limite: number; detail: boolean }) {
    this.#limite = options.limite;
    if (options.detail) {
      this.#dossier = mkdtempSync(join(tmpdir(), "opco-controle-"));
      this.#fd = openSync(join(this.#dossier, "lignes.txt"), "w+");
    }
  }

  /** Nombre de lignes ajoutées. */
  get total(): number {
    return this.#total;
  }

  /** Ajoute la ligne d'un enregistrement à examiner (terminée par un saut de ligne), ou la fonction qui la construit. */
  ajouter(ligne: string | (() => string)): void {
    this.#total++;
    // Une ligne donnée par une fonction n'est construite que si elle est gardée (au-delà de la limite, seulement comptée).
    if (this.#fd !== undefined) writeSync(this.#fd, typeof ligne === "string" ? ligne : ligne());
    else if (this.#premieres.length < this.#limite) this.#premieres.push(typeof ligne === "string" ? ligne : ligne());
  }

  /** Écrit le titre puis les lignes gardées (toutes avec `detail`) et libère le fichier temporaire. */
  ecrire(destination: (texte: string) => void): void {
    if (this.#total === 0) {
      destination("\nEnregistrements à examiner : aucun.\n");
      this.abandonner();
      return;
    }
    if (this.#fd === undefined) {
      const montrees = this.#premieres.length;
      destination(`\nEnregistrements à examiner (${montrees === this.#total ? `${this.#total}` : `${montrees} premiers sur ${this.#total} ; --detail pour tous, --json ou --rapport pour le détail complet`}) :\n`);
      destination(this.#premieres.join(""));
      return;
    }
    destination(`\nEnregistrements à examiner (${this.#total}) :\n`);
    const tampon = Buffer.alloc(1 << 16);
    // un caractère UTF-8 peut être coupé entre deux blocs : le décodeur le recolle
    const decodeur = new StringDecoder("utf8");
    let position = 0;
    for (;;) {
      const lus = readSync(this.#fd, tampon, 0, tampon.length, position);
      if (lus === 0) break;
      position += lus;
      destination(decodeur.write(tampon.subarray(0, lus)));
    }
    destination(decodeur.end());
    this.abandonner();
  }

  /** Ferme et supprime le fichier temporaire (sans effet sans `detail`). */
  abandonner(): void {
    if (this.#fd !== undefined) closeSync(this.#fd);
    this.#fd = undefined;
    if (this.#dossier !== undefined) rmSync(this.#dossier, { recursive: true, force: true });
    this.#dossier = undefined;
  }
}
