import type { Options } from "tsup";

/**
 * Configuration tsup commune à tous les paquets publiés : double sortie ESM + CJS,
 * déclarations `.d.ts` / `.d.cts`, cartes de source, cible Node 20 (et navigateurs récents).
 */
export function configurationTsup(options: Partial<Options> = {}): Options {
  return {
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "es2023",
    treeshake: true,
    splitting: false,
    ...options,
  };
}
