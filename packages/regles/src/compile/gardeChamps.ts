import { estRenseigne } from "../Lecture";
import { accesseurChemin } from "./accesseurChemin";
import { MemoireBornee } from "./MemoireBornee";
import type { VueContrat } from "./VueContrat";

/**
 * Garde compilée d'une règle contrôlée champ par champ (`controlerChamps`) : vraie quand chaque
 * champ renseigné de la liste est admis par `admise` — le même critère que celui dont la règle tire
 * ses constats, écrit une seule fois. Les verdicts sur les textes sont retenus pour l'exécution
 * (`MemoireBornee` de borne `borne` ; 0 pour des valeurs propres à chaque contrat, dont seule la
 * dernière est retenue), les chemins sont compilés (`accesseurChemin`).
 *
 * @example
 * ```ts
 * const garde = gardeChamps(["apprenti.nom"], (v) => typeof v === "string" && NOM.test(v.trim()));
 * ```
 */
export function gardeChamps(chemins: readonly string[], admise: (valeur: unknown) => boolean, borne?: number): (vue: VueContrat) => boolean {
  const lire = chemins.map(accesseurChemin);
  const verdicts = new MemoireBornee<boolean>(borne);
  return (vue) => {
    for (const l of lire) {
      const v = l(vue.contrat);
      if (typeof v === "string") {
        if (v.trim() === "") continue;
        if (!verdicts.obtenir(v, admise)) return false;
      } else if (estRenseigne(v) && !admise(v)) return false;
    }
    return true;
  };
}
