import { memoryUsage } from "node:process";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let ramasseMiettes: (() => void) | undefined;

/** Ramasse-miettes de V8, rendu accessible sans relancer Node avec `--expose-gc` (fil de vitest compris). */
function ramasser(): void {
  if (ramasseMiettes === undefined) {
    setFlagsFromString("--expose-gc");
    ramasseMiettes = runInNewContext("gc") as () => void;
  }
  ramasseMiettes();
  ramasseMiettes();
}

/**
 * Croissance du tas V8 (octets, `heapUsed` après ramassage des miettes, avant et après) pendant
 * l'exécution de `action`, pour les tests de mémoire bornée (suites de fuzz des lecteurs) : une
 * mesure de ce qui reste retenu, pas un pic, et indépendante de la charge de la machine.
 *
 * @example
 * ```ts
 * const croissance = await croissanceTas(async () => { for (let i = 0; i < 100; i++) await lire(fichier); });
 * expect(croissance).toBeLessThan(16 * 1024 * 1024);
 * ```
 */
export async function croissanceTas(action: () => Promise<void> | void): Promise<number> {
  ramasser();
  const avant = memoryUsage().heapUsed;
  await action();
  ramasser();
  return memoryUsage().heapUsed - avant;
}
