import { createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import type { ContexteCli } from "./ContexteCli";
import { ErreurEntreeSortie } from "./ErreurEntreeSortie";
import { tailleMaxEntreeStandard } from "./formats/tailleMaxFichier";

/**
 * Tous les octets de l'entrée standard du processus, dans la limite de {@link tailleMaxEntreeStandard} :
 * au-delà, la lecture s'arrête (la mémoire reste bornée) et la commande finit avec le code 3.
 */
async function lireOctets(): Promise<Uint8Array> {
  const limite = tailleMaxEntreeStandard();
  const morceaux: Buffer[] = [];
  let total = 0;
  for await (const morceau of process.stdin) {
    total += (morceau as Buffer).length;
    if (total > limite) {
      process.stdin.destroy();
      const mio = Math.floor(limite / (1024 * 1024));
      throw new ErreurEntreeSortie(`entrée standard trop volumineuse pour être lue d'un bloc (plus de ${mio > 0 ? `${String(mio)} Mio` : `${String(limite)} octets`}, OPCO_TAILLE_MAX_ENTREE_STANDARD) : donnez-la sous forme de fichier`);
    }
    morceaux.push(morceau as Buffer);
  }
  return Buffer.concat(morceaux);
}

/**
 * Contexte de la CLI branché sur le processus Node courant (stdout, stderr, stdin, cwd).
 *
 * @example
 * ```ts
 * process.exitCode = await executerCli(process.argv.slice(2), contexteProcessus());
 * ```
 */
export function contexteProcessus(): ContexteCli {
  return {
    ecrire: (texte) => void process.stdout.write(texte),
    ecrireErreur: (texte) => void process.stderr.write(texte),
    repertoire: process.cwd(),
    entreeStandardInteractive: process.stdin.isTTY === true,
    sortieErreurInteractive: process.stderr.isTTY === true,
    ...(process.stderr.columns === undefined ? {} : { colonnesErreur: process.stderr.columns }),
    async lireEntreeStandard() {
      return Buffer.from(await lireOctets()).toString("utf8");
    },
    lireEntreeStandardOctets: lireOctets,
    copierEntreeStandard: (chemin) => pipeline(process.stdin, createWriteStream(chemin, { flags: "wx", mode: 0o600 })),
  };
}
