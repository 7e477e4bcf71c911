import { majorationRqthNpec, valeurParametre, type ParametreConsulte } from "@communs-opco/parametres";
import { formaterEuros } from "./formaterEuros";

/**
 * Majoration RQTH retenue pour une année d'exécution.
 *
 * @example
 * ```ts
 * const m: MajorationRqthRetenue = { montantCentimes: 400000, explication: "…", parametres: [] };
 * ```
 */
export interface MajorationRqthRetenue {
  montantCentimes: number;
  explication: string;
  parametres: ParametreConsulte<unknown>[];
}

/**
 * Majoration RQTH d'une année d'exécution : montant demandé plafonné (4 000 € par année pour les
 * contrats conclus depuis 2021, 50 % du NPEC auparavant), puis proratisé si le contrat est rompu
 * et la formation abandonnée (`prorata` < 1). `undefined` si aucun paramètre n'existe à la date.
 *
 * @example
 * ```ts
 * majorationRqth(5000, 949700, "2025-08-20", 1)?.montantCentimes; // 400000
 * ```
 */
export function majorationRqth(demandeEuros: number, npecCentimes: number, dateConclusion: string, prorata: number): MajorationRqthRetenue | undefined {
  const p = valeurParametre(majorationRqthNpec, dateConclusion);
  if (p === undefined) return undefined;
  const demande = Math.max(0, Math.round(demandeEuros * 100));
  const plafond = p.valeur.nature === "montant_par_annee" ? Math.round(p.valeur.plafond * 100) : Math.round((npecCentimes * p.valeur.plafond) / 100);
  const retenu = Math.min(demande, plafond);
  const montant = Math.round(retenu * Math.min(1, Math.max(0, prorata)));
  const libellePlafond = p.valeur.nature === "montant_par_annee" ? `${formaterEuros(plafond)} par année d'exécution` : `${p.valeur.plafond} % du NPEC (${formaterEuros(plafond)})`;
  let explication = `Majoration RQTH demandée ${formaterEuros(demande)}, plafond ${libellePlafond}`;
  explication += demande > plafond ? ` : écrêtée à ${formaterEuros(retenu)}` : ` : retenue ${formaterEuros(retenu)}`;
  if (montant !== retenu) explication += `, proratisée (rupture suivie d'un abandon de formation) à ${formaterEuros(montant)}`;
  return { montantCentimes: montant, explication: `${explication}.`, parametres: [p] };
}
