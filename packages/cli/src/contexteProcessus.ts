import type { ContexteCli } from "./ContexteCli";

/** Tous les octets de l'entrée standard du processus. */
async function lireOctets(): Promise<Uint8Array> {
  const morceaux: Buffer[] = [];
  for await (const morceau of process.stdin) morceaux.push(morceau as Buffer);
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
  };
}
