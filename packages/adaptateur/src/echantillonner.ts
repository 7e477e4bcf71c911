import { decoderTexte } from "./decoderTexte.js";
import type { EchantillonSource } from "./EchantillonSource.js";
import type { SourceDonnees } from "./SourceDonnees.js";

/**
 * Prend le début d'une source (4 096 octets par défaut) pour la détection de format.
 * Le texte est décodé en UTF-8 tolérant (caractères illisibles remplacés, BOM retiré).
 *
 * @example
 * ```ts
 * const e = echantillonner({ nom: "a.json", octets: encoderTexte('{"contrats":[]}') });
 * e.texte; // '{"contrats":[]}'
 * ```
 */
export function echantillonner(source: SourceDonnees, taille = 4096): EchantillonSource {
  const octets = source.octets.subarray(0, taille);
  const texte = decoderTexte(octets, false) ?? "";
  return {
    nom: source.nom,
    octets,
    texte,
    ...(source.typeMime === undefined ? {} : { typeMime: source.typeMime }),
  };
}
