import { valeurAuChemin } from "./Lecture";

/**
 * Clé des valeurs d'une entrée aux chemins donnés, pour `RegleAsynchrone.cleEntrees` : deux entrées
 * qui ont, à chacun de ces chemins, la même valeur brute (même type, même texte) ont la même clé.
 * Chaque valeur est écrite avec son type et sa longueur (aucune collision entre `"1"` et `1`, ni
 * entre deux découpages d'un même texte). Une valeur objet ou tableau rend `undefined` : l'entrée
 * n'a pas de clé (l'explication n'est pas réemployée).
 *
 * @example
 * ```ts
 * const cle = cleDesChemins(["organismeFormation.siret"]);
 * cle({ organismeFormation: { siret: "13000492600015" } }); // "s14:13000492600015"
 * cle({ organismeFormation: { siret: { x: 1 } } }); // undefined
 * ```
 */
export function cleDesChemins(chemins: readonly string[]): (entree: unknown) => string | undefined {
  const liste = [...chemins];
  return (entree) => {
    let cle = "";
    for (let i = 0; i < liste.length; i++) {
      const v = valeurAuChemin(entree, liste[i] as string);
      if (v === undefined) cle += "u";
      else if (v === null) cle += "z";
      else if (typeof v === "string") cle += `s${v.length}:${v}`;
      else if (typeof v === "number" || typeof v === "boolean") {
        const texte = String(v);
        cle += `${typeof v === "number" ? "n" : "b"}${texte.length}:${texte}`;
      } else return undefined;
    }
    return cle;
  };
}
