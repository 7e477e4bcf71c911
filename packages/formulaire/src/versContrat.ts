import type { Brouillon } from "./Brouillon";

/**
 * Contrat au format standard (objets imbriqués) construit à partir des valeurs du brouillon,
 * sans les provenances : c'est ce que lisent le moteur de règles et la complétude. Quand un
 * chemin est à la fois une valeur et le parent d'un autre (`a` et `a.b`), la valeur du parent
 * l'emporte et le chemin enfant est ignoré.
 *
 * @example
 * ```ts
 * versContrat(brouillon); // { employeur: { siret: "80123456700015", adresse: { codePostal: "69002" } } }
 * ```
 */
export function versContrat(brouillon: Brouillon): Record<string, unknown> {
  const racine: Record<string, unknown> = {};
  const chemins = Object.keys(brouillon.champs).sort((a, b) => a.split(".").length - b.split(".").length);
  for (const chemin of chemins) {
    const segments = chemin.split(".");
    let noeud: Record<string, unknown> = racine;
    let bloque = false;
    for (const segment of segments.slice(0, -1)) {
      const suivant = Object.hasOwn(noeud, segment) ? noeud[segment] : undefined;
      if (suivant === undefined) {
        const cree: Record<string, unknown> = {};
        noeud[segment] = cree;
        noeud = cree;
      } else if (typeof suivant === "object" && suivant !== null && !Array.isArray(suivant)) {
        noeud = suivant as Record<string, unknown>;
      } else {
        bloque = true;
        break;
      }
    }
    const dernier = segments[segments.length - 1];
    if (!bloque && dernier !== undefined && !Object.hasOwn(noeud, dernier)) noeud[dernier] = brouillon.champs[chemin]?.valeur;
  }
  return racine;
}
