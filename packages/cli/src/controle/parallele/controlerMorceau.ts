import { resoudreOpco } from "@communs-opco/nomenclatures";
import type { ControleAvantPaiement, SuiviAvantPaiement } from "../ControleAvantPaiement";
import { controlerValeur } from "../controlerValeur";
import type { IndexLot } from "../IndexLot";
import { lireEnregistrementsFlux } from "../lireEnregistrements";
import { publierResultat } from "../publierResultat";
import type { ResultatControle } from "../ResultatControle";
import { traiterEnregistrement } from "../traiterEnregistrement";
import { VerificationsNonExecutees } from "../VerificationsNonExecutees";
import type { AppelSuivi, ConstatBilan, EnregistrementAcheve, ReglagesTravailleur, SortiesTravailleur } from "./MessagesControleParallele";
import type { MorceauLignes } from "./MorceauLignes";
import { tranchesLecture } from "./tranchesLecture";

/**
 * Ce qu'il faut pour contrôler des morceaux : réglages, contexte d'évaluation, vérifications avant
 * paiement (instantané chargé, ou en cours de chargement) et index du lot terminé.
 *
 * @example
 * ```ts
 * const etat: EtatControleMorceaux = { reglages, contexte: { dateEvaluation: reglages.dateEvaluation }, prepaiement: Promise.resolve(undefined), indexLot };
 * ```
 */
export interface EtatControleMorceaux {
  reglages: ReglagesTravailleur;
  contexte: { dateEvaluation: string };
  prepaiement: Promise<ControleAvantPaiement | undefined>;
  indexLot?: IndexLot;
}

/**
 * Publie un enregistrement contrôlé comme le fil principal le ferait en un seul fil
 * (`publierResultat`), sous une forme qui traverse les fils : ligne texte produite, constats réduits
 * à ce que lisent les bilans (le constat complet reste dans la ligne sérialisée).
 */
function publier(resultat: ResultatControle, valeur: unknown, nonExecutees: VerificationsNonExecutees, sorties: SortiesTravailleur, suivi: readonly AppelSuivi[]): EnregistrementAcheve {
  const { texte, constats: complets, ...publication } = publierResultat(resultat, valeur, nonExecutees, sorties);
  const constats: ConstatBilan[] = [];
  for (const { regle, statut, severite, manquants } of complets) constats.push(manquants === undefined ? { regle, statut, severite } : { regle, statut, severite, manquants });
  return { ...publication, constats, ...(texte === undefined ? {} : { texte: typeof texte === "string" ? texte : texte() }), suivi };
}

/**
 * Contrôle un morceau de JSON Lines (rangs et lignes du morceau) et rend ses enregistrements
 * publiés, dans l'ordre, avec le nombre de contrats de chaque vérification non exécutée dans ce
 * morceau. Sert aux fils de calcul et au fil principal.
 *
 * @example
 * ```ts
 * const { enregistrements, nonExecutees } = await controlerMorceau(etat, morceau);
 * ```
 */
export async function controlerMorceau(etat: EtatControleMorceaux, morceau: MorceauLignes): Promise<{ enregistrements: EnregistrementAcheve[]; nonExecutees: number[] }> {
  const { reglages, contexte, indexLot } = etat;
  if (indexLot === undefined) throw new Error("morceau reçu avant l'index du lot");
  const prepaiement = await etat.prepaiement;
  const opco = reglages.opco === undefined ? undefined : resoudreOpco(reglages.opco);
  // Vérifications non exécutées comptées pour ce morceau seulement : le fil principal additionne les décomptes.
  const nonExecutees = new VerificationsNonExecutees(prepaiement?.nonExecutables(opco));
  const { sorties } = reglages;
  const acheves: EnregistrementAcheve[] = [];
  let rang = morceau.rangAvant;
  const lecture = lireEnregistrementsFlux(tranchesLecture(new Uint8Array(morceau.octets, 0, morceau.longueur)), { nom: morceau.fichier, lignesSeulement: true });
  for await (const lu of lecture) {
    rang++;
    const source = { fichier: morceau.fichier, ligne: morceau.ligneAvant + lu.source.ligne };
    if (!lu.ok) {
      acheves.push(publier({ index: rang, source, statut: "illisible", constats: [], raison: lu.erreur }, undefined, nonExecutees, sorties, []));
      continue;
    }
    const { statut, constats, contrat } = controlerValeur(lu.valeur, contexte);
    const appels: AppelSuivi[] = [];
    const suivi: SuiviAvantPaiement = {
      // Le fil principal ne retient des explications que les règles sans objet (BilanAvantPaiement) ; les
      // constats sont déjà dans le résultat : seules ces explications-là traversent les fils.
      bilan: { ajouter: (_constats, explications) => void appels.push({ suivi: "bilan", args: [undefined, explications?.filter((e) => e.statut === "non_applicable").map((e) => ({ regle: e.regle, statut: e.statut }))] }) },
      montant: { ajouter: (...args) => void appels.push({ suivi: "montant", args }) },
      indus: { ajouter: (...args) => void appels.push({ suivi: "indus", args }) },
    };
    const resultat: ResultatControle = await traiterEnregistrement(
      { resultat: { index: rang, source, statut, constats }, valeur: lu.valeur, ...(contrat === undefined ? {} : { contrat }) },
      { indexLot, dateEvaluation: contexte.dateEvaluation, prepaiement, opco, suivi },
    );
    acheves.push(publier(resultat, lu.valeur, nonExecutees, sorties, appels));
  }
  if (rang !== morceau.rangAvant + morceau.enregistrements) throw new Error(`morceau de ${morceau.fichier} : ${String(rang - morceau.rangAvant)} enregistrement(s) lu(s), ${String(morceau.enregistrements)} attendu(s)`);
  return { enregistrements: acheves, nonExecutees: nonExecutees.resume().map((v) => v.contrats) };
}
