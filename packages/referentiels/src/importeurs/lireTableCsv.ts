import { detecterEncodage } from "./detecterEncodage";
import { lireEnregistrementsCsv, type EnregistrementCsv, type OptionsCsv } from "./lireEnregistrementsCsv";
import { lireMorceauxFichier } from "./lireMorceauxFichier";
import type { OptionsImport } from "./OptionsImport";

/**
 * Lit un fichier CSV en flux (encodage détecté si non précisé) et signale la progression
 * toutes les 10 000 lignes avec les octets lus.
 *
 * @example
 * ```ts
 * for await (const { ligne, champs } of lireTableCsv("idcc-opco.csv", { separateur: "," })) console.log(ligne, champs);
 * ```
 */
export async function* lireTableCsv(
  chemin: string,
  options: OptionsCsv & OptionsImport & { encodage?: "utf-8" | "latin1"; nomFichier?: string } = {},
): AsyncGenerator<EnregistrementCsv> {
  const encodage = options.encodage ?? (await detecterEncodage(chemin));
  let octetsLus = 0;
  let octetsTotal = 0;
  const morceaux = lireMorceauxFichier(chemin, {
    encodage,
    surOctets: (lus, total) => {
      octetsLus = lus;
      octetsTotal = total;
    },
  });
  let n = 0;
  const fichier = options.nomFichier ?? chemin;
  for await (const enregistrement of lireEnregistrementsCsv(morceaux, options)) {
    n += 1;
    if (n % 10_000 === 0) options.progression?.({ fichier, lignes: n, octetsLus, octetsTotal });
    yield enregistrement;
  }
  options.progression?.({ fichier, lignes: n, octetsLus, octetsTotal });
}
