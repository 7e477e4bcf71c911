import { AnalyseurCsv, type EnregistrementCsvLu, type OptionsAnalyseurCsv } from "./AnalyseurCsv.js";

/**
 * Lit en flux les enregistrements d'un texte CSV donné par morceaux (fichier lu par blocs,
 * entrée d'une archive…) avec {@link AnalyseurCsv} : mémoire bornée par la taille d'un bloc et
 * les limites de champ et d'enregistrement, jamais par la taille du fichier.
 *
 * @example
 * ```ts
 * for await (const e of lireCsvEnFlux(["nom;pre", "nom\nDUPUIS;Gaston\n"])) console.log(e);
 * // { ligne: 1, champs: ["nom", "prenom"] } puis { ligne: 2, champs: ["DUPUIS", "Gaston"] }
 * ```
 */
export async function* lireCsvEnFlux(morceaux: AsyncIterable<string> | Iterable<string>, options: OptionsAnalyseurCsv = {}): AsyncGenerator<EnregistrementCsvLu> {
  const analyseur = new AnalyseurCsv(options);
  for await (const bloc of morceaux) yield* analyseur.pousser(bloc);
  yield* analyseur.terminer();
}
