import { encodageDesOctets } from "./detecterEncodage";

/**
 * Décode un flux d'octets en texte, bloc par bloc (les caractères coupés entre deux blocs sont
 * reconstitués). L'encodage est deviné sur le premier bloc (UTF-8, sinon Latin-1).
 *
 * @example
 * ```ts
 * for await (const texte of decoderEnFlux(zip.lire("ACCE_UAI.csv"))) process.stdout.write(texte);
 * ```
 */
export async function* decoderEnFlux(octets: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  let decodeur: InstanceType<typeof TextDecoder> | null = null;
  for await (const bloc of octets) {
    decodeur ??= new TextDecoder(encodageDesOctets(bloc));
    const texte = decodeur.decode(bloc, { stream: true });
    if (texte !== "") yield texte;
  }
  const fin = decodeur?.decode() ?? "";
  if (fin !== "") yield fin;
}
