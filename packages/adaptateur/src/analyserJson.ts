import { decoderTexte } from "./decoderTexte.js";
import type { ErreurLecture } from "./ErreurLecture.js";
import type { SourceDonnees } from "./SourceDonnees.js";

/**
 * Décode (UTF-8) et analyse une source JSON sans lever d'exception. En cas d'échec,
 * renvoie une erreur localisée (`encodage_invalide`, `source_vide` ou
 * `syntaxe_invalide` avec la ligne quand le moteur donne la position).
 *
 * @example
 * ```ts
 * const r = analyserJson({ nom: "a.json", octets: encoderTexte('{"a":1}') });
 * if (r.ok) r.valeur; // { a: 1 }
 * ```
 */
export function analyserJson(
  source: SourceDonnees,
): { readonly ok: true; readonly valeur: unknown } | { readonly ok: false; readonly erreur: ErreurLecture } {
  const texte = decoderTexte(source.octets);
  if (texte === undefined) {
    return {
      ok: false,
      erreur: { code: "encodage_invalide", message: "Le fichier n'est pas encodé en UTF-8.", source: { fichier: source.nom } },
    };
  }
  if (texte.trim() === "") {
    return { ok: false, erreur: { code: "source_vide", message: "Le fichier est vide.", source: { fichier: source.nom } } };
  }
  try {
    return { ok: true, valeur: JSON.parse(texte) as unknown };
  } catch (e) {
    const brut = e instanceof Error ? e.message : String(e);
    const position = /position (\d+)/.exec(brut)?.[1];
    let ligne: number | undefined;
    if (position !== undefined) {
      const avant = texte.slice(0, Number(position));
      ligne = avant.split("\n").length;
    }
    return {
      ok: false,
      erreur: {
        code: "syntaxe_invalide",
        message: `JSON invalide ou tronqué${ligne === undefined ? "" : ` (ligne ${ligne})`}.`,
        source: ligne === undefined ? { fichier: source.nom } : { fichier: source.nom, ligne },
      },
    };
  }
}
