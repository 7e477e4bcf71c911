import { idccSpecial } from "@communs-opco/identifiants";
import { convention, estEtatConventionEnVigueur, normaliserIdcc } from "@communs-opco/nomenclatures";
import type { ContratAControler } from "../ContratAControler";
import { accesseurChemin } from "../compile/accesseurChemin";
import { MemoireBornee } from "../compile/MemoireBornee";
import { texteLu } from "../compile/texteLu";
import { Lecture } from "../Lecture";
import type { RegleSynchrone } from "../Regle";
import { documentationControle } from "./referencesJuridiques";
import { siRenseigne, siTexteSelon } from "../compile/applicabiliteChamp";

const IDCC = "employeur.codeIdcc";
const lireIdcc = accesseurChemin(IDCC);
const idccConnus = new MemoireBornee<boolean>();
const idccEnVigueur = new MemoireBornee<boolean>();

/** Le code IDCC est bien formé et connu (code spécial ou convention), même critère que les constats. */
function idccConnu(brut: string): boolean {
  const idcc = normaliserIdcc(brut);
  return idcc !== undefined && (idccSpecial(idcc) !== null || convention(idcc) !== undefined);
}

/** Le code IDCC est celui d'une convention de la table (ni mal formé, ni inconnu, ni code spécial). */
function idccConventionnel(brut: string): boolean {
  const idcc = normaliserIdcc(brut);
  return idcc !== undefined && idccSpecial(idcc) === null && convention(idcc) !== undefined;
}

/** La convention de ce code a au moins un état juridique en vigueur. */
function conventionEnVigueur(brut: string): boolean {
  const idcc = normaliserIdcc(brut);
  const cc = idcc === undefined ? undefined : convention(idcc);
  return cc !== undefined && cc.etatsLegifrance.some((e) => estEtatConventionEnVigueur(e));
}

/**
 * L'IDCC de l'employeur, complété à 4 chiffres, existe dans la table des conventions collectives
 * (`@communs-opco/nomenclatures`), ou vaut 9999 (aucune convention) ou 9998 (en négociation) (R-IDCC).
 *
 * @example
 * ```ts
 * evaluerRegles([regleIdccConnu], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleIdccConnu: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "employeur.idcc.existence",
  titre: "Convention collective connue",
  description: "L'IDCC, complété à 4 chiffres, figure dans la table des conventions collectives, ou vaut 9999 (aucune convention) ou 9998 (convention en cours de négociation).",
  severite: "bloquant",
  references: [documentationControle("identifiants", "R-IDCC"), { titre: "Légifrance, base KALI des conventions collectives (table de @communs-opco/nomenclatures)" }],
  parametres: [],
  chemins: [IDCC],
  idSpecification: ["R-IDCC"],
  ...siRenseigne(IDCC),
  garde(vue) {
    const brut = texteLu(lireIdcc(vue.contrat));
    return brut !== undefined && idccConnus.obtenir(brut, idccConnu);
  },
  evaluer(contrat) {
    const l = new Lecture(contrat);
    const brut = l.texte(IDCC);
    if (brut === undefined) return [l.indetermine()];
    const idcc = normaliserIdcc(brut);
    if (idcc === undefined) return [{ statut: "non_conforme", message: "Le code IDCC doit comporter de 1 à 4 chiffres.", details: {} }];
    if (idccSpecial(idcc) !== null || convention(idcc) !== undefined) return [];
    return [{ statut: "non_conforme", message: `Le code IDCC ${idcc} est inconnu.`, details: { idcc } }];
  },
};

/**
 * La convention collective de l'employeur est en vigueur : l'un de ses états Légifrance est
 * VIGUEUR, VIGUEUR_ETEN ou VIGUEUR_NON_ETEN (R-IDCC-VIG) ; une convention sans état Légifrance
 * connu est indéterminée (rien ne prouve qu'elle est en vigueur), comme dans
 * `@communs-opco/referentiels`. L'application de référence ignore l'état VIGUEUR simple.
 *
 * @example
 * ```ts
 * evaluerRegles([regleIdccEnVigueur], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleIdccEnVigueur: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "employeur.idcc.vigueur",
  ecartReference: "l'application de référence ne retient que VIGUEUR_ETEN et VIGUEUR_NON_ETEN, pas l'état VIGUEUR simple.",
  titre: "Convention collective en vigueur",
  description: "La convention collective déclarée est en vigueur (état Légifrance VIGUEUR, VIGUEUR_ETEN ou VIGUEUR_NON_ETEN ; sans état connu, la vigueur est indéterminée).",
  severite: "bloquant",
  references: [documentationControle("identifiants", "R-IDCC-VIG"), { titre: "Légifrance, base KALI des conventions collectives (table de @communs-opco/nomenclatures)" }],
  parametres: [],
  chemins: [IDCC],
  idSpecification: ["R-IDCC-VIG"],
  ...siTexteSelon(IDCC, idccConventionnel),
  garde(vue) {
    const brut = texteLu(lireIdcc(vue.contrat));
    return brut !== undefined && idccEnVigueur.obtenir(brut, conventionEnVigueur);
  },
  evaluer(contrat) {
    const l = new Lecture(contrat);
    const idcc = normaliserIdcc(l.texte(IDCC) ?? "");
    const cc = idcc === undefined ? undefined : convention(idcc);
    if (cc === undefined) return [l.indetermine()];
    if (cc.etatsLegifrance.length === 0) {
      return [
        {
          statut: "indetermine",
          message: `Vigueur de la convention collective (IDCC ${cc.idcc}) non vérifiable : aucun état juridique Légifrance connu. Le point n'est pas vérifié.`,
          manquants: [IDCC],
          details: { idcc: cc.idcc, etatsLegifrance: [], url: cc.url },
        },
      ];
    }
    if (cc.etatsLegifrance.some((e) => estEtatConventionEnVigueur(e))) return [];
    return [
      {
        statut: "non_conforme",
        message: `Cette convention collective (IDCC ${cc.idcc}) n'est plus applicable (abrogée, dénoncée, périmée ou remplacée).`,
        details: { idcc: cc.idcc, etatsLegifrance: [...cc.etatsLegifrance], url: cc.url },
      },
    ];
  },
};
