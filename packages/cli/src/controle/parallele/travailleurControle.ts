// Fil de calcul de `opco controle --fils N` : reçoit ses réglages (et charge l'instantané), lit des
// morceaux du lot pour l'index (rend pour chacun le journal de ce qu'il apporte à l'index), puis
// reçoit l'index terminé (mémoire partagée) et des morceaux de JSON Lines transférés ; rend pour
// chaque morceau les enregistrements contrôlés, classés et publiés (lignes déjà sérialisées), dans l'ordre.
import { parentPort } from "node:worker_threads";
import { ControleAvantPaiement } from "../ControleAvantPaiement";
import { IndexLot } from "../IndexLot";
import { resoudreReferentielControle } from "../resoudreReferentielControle";
import { controlerMorceau, type EtatControleMorceaux } from "./controlerMorceau";
import { indexerMorceau } from "./indexerMorceau";
import type { MessageDuTravailleur, MessageVersTravailleur } from "./MessagesControleParallele";

const port = parentPort;
if (port !== null) {
  let etat: EtatControleMorceaux | undefined;
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
