import { estObjet, type ErreurLecture } from "@communs-opco/adaptateur";

/**
 * Élément trouvé dans une extraction DECA : un contrat brut et son chemin, ou une
 * anomalie de structure localisée.
 *
 * @example
 * ```ts
 * const el: ElementExtraction = { type: "contrat", valeur: {}, segments: ["contrats", 0] };
 * ```
 */
export type ElementExtraction =
  | { readonly type: "contrat"; readonly valeur: unknown; readonly segments: readonly (string | number)[] }
  | { readonly type: "anomalie"; readonly code: ErreurLecture["code"]; readonly message: string; readonly segments: readonly (string | number)[] };

const estContrat = (v: unknown): boolean =>
  estObjet(v) && ("detailsContrat" in v || "alternant" in v || "employeur" in v || "formation" in v);

function* page(valeur: Record<string, unknown>, segments: (string | number)[]): Generator<ElementExtraction> {
  const contrats = valeur["contrats"];
  if (!Array.isArray(contrats)) {
    yield { type: "anomalie", code: "structure_invalide", message: "La page DECA n'a pas de liste « contrats ».", segments };
    return;
  }
  for (const [i, contrat] of contrats.entries()) yield { type: "contrat", valeur: contrat, segments: [...segments, "contrats", i] };
}

/**
 * Parcourt l'enveloppe d'une extraction DECA et renvoie chaque contrat avec son chemin.
 * Formes acceptées : une page `{metadonnees, contrats}` (réponse de `extractLBA` /
 * `extractTBA`), une liste de pages, un objet `{pages: [...]}`, une liste de contrats,
 * ou un contrat seul. Toute autre forme donne une anomalie `structure_invalide`.
 *
 * @example
 * ```ts
 * [...parcourirExtraction({ metadonnees: { page: 1 }, contrats: [{ detailsContrat: { noContrat: "x" } }] })];
 * // [{ type: "contrat", valeur: {...}, segments: ["contrats", 0] }]
 * ```
 */
export function* parcourirExtraction(racine: unknown): Generator<ElementExtraction> {
  if (Array.isArray(racine)) {
    for (const [i, element] of racine.entries()) {
      if (estObjet(element) && "contrats" in element) yield* page(element, [i]);
      else yield { type: "contrat", valeur: element, segments: [i] };
    }
    return;
  }
  if (estObjet(racine)) {
    if (Array.isArray(racine["pages"])) {
      for (const [i, p] of racine["pages"].entries()) {
        if (estObjet(p)) yield* page(p, ["pages", i]);
        else yield { type: "anomalie", code: "structure_invalide", message: "Une page DECA doit être un objet.", segments: ["pages", i] };
      }
      return;
    }
    if ("contrats" in racine) {
      yield* page(racine, []);
      return;
    }
    if (estContrat(racine)) {
      yield { type: "contrat", valeur: racine, segments: [] };
      return;
    }
  }
  yield {
    type: "anomalie",
    code: "structure_invalide",
    message: "Extraction DECA attendue : une page {metadonnees, contrats}, une liste de pages ou de contrats.",
    segments: [],
  };
}
