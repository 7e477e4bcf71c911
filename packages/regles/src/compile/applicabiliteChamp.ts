import type { ContratAControler } from "../ContratAControler";
import { estRenseigne } from "../Lecture";
import { accesseurChemin } from "./accesseurChemin";
import { texteLu } from "./texteLu";
import type { VueContrat } from "./VueContrat";

/**
 * Applicabilité d'une règle écrite une seule fois sur un champ, dont dérivent `applicable` (sur le
 * contrat) et `applicableVue` (sur la vue typée du moteur compilé) : même accesseur, même critère,
 * sans `Lecture` ni chemin en texte par contrat. S'emploie par décomposition dans la règle :
 * `{ ...siRenseigne("employeur.naf"), garde, evaluer }`.
 */
interface ApplicabiliteChamp {
  applicable(contrat: ContratAControler): boolean;
  applicableVue(vue: VueContrat): boolean;
}

function selon(chemin: string, critere: (valeur: unknown) => boolean): ApplicabiliteChamp {
  const lire = accesseurChemin(chemin);
  return {
    applicable: (contrat) => critere(lire(contrat)),
    applicableVue: (vue) => critere(lire(vue.contrat)),
  };
}

/**
 * La règle s'applique quand le champ est renseigné (comme `new Lecture(c).renseigne(chemin)`).
 *
 * @example
 * ```ts
 * siRenseigne("employeur.nombreDeSalaries").applicable({ employeur: { nombreDeSalaries: 3 } }); // true
 * ```
 */
export function siRenseigne(chemin: string): ApplicabiliteChamp {
  return selon(chemin, estRenseigne);
}

/**
 * La règle s'applique quand le champ, lu comme texte (comme `new Lecture(c).texte(chemin)` : rogné,
 * nombre fini écrit en texte), vaut `attendu`.
 *
 * @example
 * ```ts
 * siTexte("contrat.typeContratApp", "21").applicable({ contrat: { typeContratApp: " 21 " } }); // true
 * ```
 */
export function siTexte(chemin: string, attendu: string): ApplicabiliteChamp {
  return selon(chemin, (valeur) => texteLu(valeur) === attendu);
}

/**
 * La règle s'applique quand le champ vaut exactement `true` (comme `new Lecture(c).brut(chemin) === true`).
 *
 * @example
 * ```ts
 * siVrai("contrat.travailRisque").applicable({ contrat: { travailRisque: true } }); // true
 * ```
 */
export function siVrai(chemin: string): ApplicabiliteChamp {
  return selon(chemin, (valeur) => valeur === true);
}

/**
 * La règle s'applique quand le champ, lu comme texte (comme `new Lecture(c).texte(chemin)`), remplit
 * `critere`.
 *
 * @example
 * ```ts
 * siTexteSelon("contrat.typeContratApp", (t) => /^3[1-8]$/.test(t)).applicable({ contrat: { typeContratApp: "32" } }); // true
 * ```
 */
export function siTexteSelon(chemin: string, critere: (texte: string) => boolean): ApplicabiliteChamp {
  return selon(chemin, (valeur) => {
    const texte = texteLu(valeur);
    return texte !== undefined && critere(texte);
  });
}

/**
 * La règle s'applique quand le champ est un booléen (comme `typeof new Lecture(c).brut(chemin) === "boolean"`).
 *
 * @example
 * ```ts
 * siBooleen("apprenti.apprentiMineur").applicable({ apprenti: { apprentiMineur: false } }); // true
 * ```
 */
export function siBooleen(chemin: string): ApplicabiliteChamp {
  return selon(chemin, (valeur) => typeof valeur === "boolean");
}
