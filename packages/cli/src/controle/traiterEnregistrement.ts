import { estEvaluableEnMemoire, evaluerReglesAsync, evaluerReglesEnMemoire } from "@communs-opco/regles";
import type { Opco } from "@communs-opco/nomenclatures";
import type { ControleAvantPaiement, SuiviAvantPaiement } from "./ControleAvantPaiement";
import type { EnregistrementControle } from "./controlerFichiers";
import { contratNormalise } from "./contratNormalise";
import type { IndexLot } from "./IndexLot";
import { reglesDuLot } from "./reglesDuLot";
import type { ResultatControle } from "./ResultatControle";
import { statutEnregistrement } from "./statutEnregistrement";

/** Les règles du lot sont écrites en étapes : évaluées sans promesse sur l'index du lot, en mémoire. */
const LOT_EN_MEMOIRE = estEvaluableEnMemoire(reglesDuLot);

/**
 * Ce qu'il faut pour achever le contrôle d'un enregistrement déjà passé par le schéma et les
 * règles synchrones : index du lot, vérifications avant paiement (facultatives) et leur suivi.
 *
 * @example
 * ```ts
 * const etape: EtapeLotEtAvantPaiement = { indexLot, dateEvaluation: "2025-11-03", prepaiement, suivi: { bilan } };
 * ```
 */
export interface EtapeLotEtAvantPaiement {
  readonly indexLot: IndexLot;
  readonly dateEvaluation: string;
  readonly prepaiement?: ControleAvantPaiement | undefined;
  readonly opco?: Opco | undefined;
  readonly suivi?: SuiviAvantPaiement;
}

/**
 * Seconde moitié du contrôle d'un enregistrement de `opco controle`, la même dans le fil
 * principal et dans les fils de calcul : règles sur plusieurs contrats (portefeuille des maîtres,
 * contrats successifs, par l'index du lot) puis vérifications avant paiement, statut recalculé.
 * Un enregistrement illisible est rendu tel quel.
 *
 * @example
 * ```ts
 * const resultat = await traiterEnregistrement(enregistrement, { indexLot, dateEvaluation: "2025-11-03", prepaiement });
 * ```
 */
export async function traiterEnregistrement(enregistrement: EnregistrementControle, etape: EtapeLotEtAvantPaiement): Promise<ResultatControle> {
  const { valeur } = enregistrement;
  let { resultat } = enregistrement;
  const { dateEvaluation, prepaiement, opco, suivi } = etape;
  const contrat = resultat.statut === "illisible" ? undefined : (enregistrement.contrat ?? contratNormalise(valeur));
  if (contrat !== undefined) {
    // Portefeuille des maîtres et contrats successifs : ports fournis par l'index du lot, en mémoire (sans promesse).
    const surLeLot = LOT_EN_MEMOIRE
      ? evaluerReglesEnMemoire(reglesDuLot, contrat, { dateEvaluation, ports: etape.indexLot.portsEnMemoirePour(resultat.index, contrat) })
      : await evaluerReglesAsync(reglesDuLot, contrat, { dateEvaluation, ports: etape.indexLot.portsPour(resultat.index, contrat) });
    if (surLeLot.constats.length > 0) {
      const constats = [...resultat.constats, ...surLeLot.constats];
      resultat = { ...resultat, constats, statut: statutEnregistrement(constats) };
    }
  }
  if (prepaiement !== undefined)
    resultat = await prepaiement.controler({ ...enregistrement, resultat }, { dateEvaluation, ...(opco === undefined ? {} : { opco }), ...(suivi === undefined ? {} : { suivi }) });
  return resultat;
}
