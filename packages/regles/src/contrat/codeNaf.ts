import { verifierNaf } from "@communs-opco/identifiants";
import type { ContratAControler } from "../ContratAControler";
import { estCodeNafConnu } from "../donnees/estCodeNafConnu";
import { accesseurChemin } from "../compile/accesseurChemin";
import { MemoireBornee } from "../compile/MemoireBornee";
import { Lecture } from "../Lecture";
import { texteLu } from "../compile/texteLu";
import type { RegleSynchrone } from "../Regle";
import { documentationControle } from "./referencesJuridiques";
import { siRenseigne } from "../compile/applicabiliteChamp";

/**
 * Le code NAF de l'employeur est au bon format (le point est rétabli : `6201Z` → `62.01Z`) et
 * existe dans la NAF rév. 2 (table embarquée, R-NAF).
 *
 * @example
 * ```ts
 * evaluerRegles([regleCodeNaf], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
const lireNaf = accesseurChemin("employeur.naf");
const nafAdmis = new MemoireBornee<boolean>();

/** Le code NAF est au bon format et existe (même critère que les constats). */
function nafConnu(naf: string): boolean {
  const format = verifierNaf(naf);
  return format.valide && estCodeNafConnu(format.normalise);
}

export const regleCodeNaf: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "employeur.naf.existence",
  titre: "Code NAF de l'employeur",
  description: "Le code NAF (APE) de l'employeur est au format NN.NNX (le point peut être omis à la saisie) et existe dans la nomenclature NAF rév. 2.",
  severite: "bloquant",
  references: [documentationControle("identifiants", "R-NAF"), { titre: "INSEE, nomenclature d'activités française NAF rév. 2 (paquet @socialgouv/codes-naf)" }],
  parametres: [],
  chemins: ["employeur.naf"],
  idSpecification: ["R-NAF"],
  ...siRenseigne("employeur.naf"),
  garde(vue) {
    const naf = texteLu(lireNaf(vue.contrat));
    return naf !== undefined && nafAdmis.obtenir(naf, nafConnu);
  },
  evaluer(contrat) {
    const l = new Lecture(contrat);
    const naf = l.texte("employeur.naf");
    if (naf === undefined) return [l.indetermine()];
    const format = verifierNaf(naf);
    if (!format.valide) return [{ statut: "non_conforme", message: "Le code NAF n'est pas au bon format.", details: { codes: format.erreurs.map((e) => e.code) } }];
    if (!estCodeNafConnu(format.normalise)) return [{ statut: "non_conforme", message: `Le code NAF ${format.normalise} n'existe pas.`, details: { naf: format.normalise } }];
    return [];
  },
};
