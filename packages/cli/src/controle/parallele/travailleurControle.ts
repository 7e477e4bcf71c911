// Fil de calcul de `opco controle --fils N` : reçoit ses réglages (et charge l'instantané), lit des
// morceaux du lot pour l'index (rend pour chacun le journal de ce qu'il apporte à l'index), puis
// reçoit l'index terminé (mémoire partagée) et des morceaux de JSON Lines transférés ; rend pour
// chaque morceau les enregistrements contrôlés, classés et publiés (lignes déjà sérialisées), dans l'ordre.
import { parentPort } from "node:worker_threads";
import { resoudreOpco } from "@communs-opco/nomenclatures";
import { champsIndexLot } from "../champsIndexLot";
import { contratIndexable } from "../contratIndexable";
import { ControleAvantPaiement, type SuiviAvantPaiement } from "../ControleAvantPaiement";
import { controlerValeur } from "../controlerValeur";
import { decrireEnregistrement } from "../decrireEnregistrement";
import { IndexLot } from "../IndexLot";
import { JournalIndexLot, type EtatJournalIndexLot } from "../JournalIndexLot";
import { lireEnregistrementsFlux } from "../lireEnregistrements";
import { ligneTexteResultat } from "../ligneTexteResultat";
import { protegerResultat, protegerTexte } from "../protegerResultat";
import { resoudreReferentielControle } from "../resoudreReferentielControle";
import type { ResultatControle } from "../ResultatControle";
import { opcoDuContrat } from "../opcoDuContrat";
import { traiterEnregistrement } from "../traiterEnregistrement";
import { VerificationsNonExecutees } from "../VerificationsNonExecutees";
import type { AppelSuivi, ConstatBilan, EnregistrementAcheve, MessageDuTravailleur, MessageVersTravailleur, ReglagesTravailleur, SortiesTravailleur } from "./MessagesControleParallele";
import type { MorceauLignes } from "./MorceauLignes";
import { tranchesLecture } from "./tranchesLecture";


interface Etat {
  reglages: ReglagesTravailleur;
  contexte: { dateEvaluation: string };
  prepaiement: Promise<ControleAvantPaiement | undefined>;
  indexLot?: IndexLot;
}

/** Première lecture d'un morceau pour l'index du lot, comme `construireIndexLot` le fait en un seul fil (rangs du morceau). */
async function indexerMorceau(morceau: MorceauLignes): Promise<EtatJournalIndexLot> {
  const journal = new JournalIndexLot();
  let rang = morceau.rangAvant;
  for await (const lu of lireEnregistrementsFlux(tranchesLecture(new Uint8Array(morceau.octets, 0, morceau.longueur)), { nom: morceau.fichier, lignesSeulement: true })) {
    rang++;
    const contrat = lu.ok ? contratIndexable(lu.valeur) : undefined;
    if (contrat !== undefined) journal.ajouter(rang, champsIndexLot(contrat), "lot");
  }
  if (rang !== morceau.rangAvant + morceau.enregistrements) throw new Error(`morceau de ${morceau.fichier} : ${String(rang - morceau.rangAvant)} enregistrement(s) lu(s), ${String(morceau.enregistrements)} attendu(s)`);
  return journal.etat();
}

/**
 * Classe, protège et sérialise un enregistrement contrôlé comme le fil principal le ferait en un
 * seul fil (`opco controle`) : seules les sorties demandées sont produites.
 */
function publier(resultat: ResultatControle, valeur: unknown, nonExecutees: VerificationsNonExecutees, sorties: SortiesTravailleur, suivi: readonly AppelSuivi[]): EnregistrementAcheve {
  const classe = nonExecutees.classer(resultat);
  const { enClair } = sorties;
  const publie = protegerResultat(classe, enClair);
  const lisible = classe.statut !== "illisible";
  const examiner = classe.statut !== "conforme" && classe.statut !== "conforme_verifications_executees";
  const decrire = () => protegerTexte(lisible ? decrireEnregistrement(valeur) : "", enClair);
  const description = examiner && sorties.rapport ? decrire() : "";
  const constats: ConstatBilan[] = [];
  for (const { regle, statut, severite, manquants } of classe.constats) constats.push(manquants === undefined ? { regle, statut, severite } : { regle, statut, severite, manquants });
  return {
    statut: classe.statut,
    constats,
    ...(classe.nonExecutees === undefined ? {} : { nonExecutees: classe.nonExecutees }),
    ...(sorties.ligne ? { ligne: JSON.stringify(publie) } : {}),
    ...(sorties.texte && examiner ? { texte: ligneTexteResultat(publie, sorties.rapport ? description : decrire()) } : {}),
    ...(sorties.rapport ? { rapport: { publie, description, ...(lisible ? { opco: opcoDuContrat(valeur) } : {}) } } : {}),
    suivi,
  };
}

async function controlerMorceau(etat: Etat, morceau: MorceauLignes): Promise<{ enregistrements: EnregistrementAcheve[]; nonExecutees: number[] }> {
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

const port = parentPort;
if (port !== null) {
  let etat: Etat | undefined;
  // Morceaux traités l'un après l'autre, dans l'ordre d'arrivée.
  let file: Promise<void> = Promise.resolve();
  const envoyer = (m: MessageDuTravailleur, transfert?: ArrayBuffer[]) => port.postMessage(m, transfert);
  port.on("message", (message: MessageVersTravailleur) => {
    if (message.type === "reglages") {
      const { reglages } = message;
      // L'instantané se charge ici pendant que le fil principal construit l'index du lot.
      const prepaiement = resoudreReferentielControle(reglages.referentiel, reglages.repertoire).then((r) => ControleAvantPaiement.creer(r, {}));
      prepaiement.catch(() => undefined);
      etat = { reglages, contexte: { dateEvaluation: reglages.dateEvaluation }, prepaiement };
      return;
    }
    if (etat === undefined) return envoyer({ type: "erreur", message: "message reçu avant les réglages" });
    if (message.type === "index") {
      etat.indexLot = IndexLot.restaurer(message.etat);
      return;
    }
    if (message.type === "indexer") {
      const { id, morceau } = message;
      // Sans attendre l'instantané : la lecture pour l'index n'en a pas besoin.
      file = file.then(async () => {
        try {
          const journal = await indexerMorceau(morceau);
          envoyer({ type: "journal", id, journal }, [journal.entiers.buffer as ArrayBuffer, journal.octets.buffer as ArrayBuffer]);
        } catch (erreur) {
          envoyer({ type: "erreur", message: erreur instanceof Error ? erreur.message : String(erreur) });
        }
      });
      return;
    }
    const courant = etat;
    file = file.then(async () => {
      try {
        envoyer({ type: "resultats", id: message.id, ...(await controlerMorceau(courant, message.morceau)) });
      } catch (erreur) {
        envoyer({ type: "erreur", message: erreur instanceof Error ? erreur.message : String(erreur) });
      }
    });
  });
}
