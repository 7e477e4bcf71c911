import { ageMaximumApprenti, exceptionsAgeMaximumApprenti } from "@communs-opco/parametres";
import type { ContratAControler } from "../ContratAControler";
import { ageRevolu } from "../dates/ageRevolu";
import { ajouterMois } from "../dates/ajouterMois";
import { Lecture } from "../Lecture";
import type { RegleAsynchrone } from "../Regle";
import { regleParConsultations } from "../regleParConsultations";
import { sansObjet } from "../SansObjet";
import { etapesContratPrecedent } from "./chercherContratPrecedent";
import type { PortsHistoriqueContrats } from "./PortHistoriqueContrats";
import { articleCodeTravail, documentationControle } from "./referencesJuridiques";

const TYPE = "contrat.typeContratApp";
const CONCLUSION = "contrat.dateSignature";

/** Cases à cocher du CERFA qui lèvent toute limite d'âge (L6222-2 : RQTH, création ou reprise d'entreprise, sportif de haut niveau). */
const SANS_LIMITE: Record<string, string> = {
  rqth: "apprenti.handicap",
  projet_creation_reprise_entreprise: "apprenti.projetCreationRepriseEntreprise",
  sportif_haut_niveau: "apprenti.inscriptionSportifDeHautNiveau",
};

/**
 * Écart entre deux contrats dans l'exception d'âge jusqu'à 35 ans (D6222-1 2°, cas L6222-2 1° et
 * 2°) : quand un apprenti de plus de 29 ans révolus au début d'exécution, sans RQTH, projet de
 * création ou reprise d'entreprise ni statut de sportif de haut niveau, conclut un contrat
 * successif (types 21 à 23), ce contrat est conclu au plus un an après l'expiration du contrat
 * précédent (date de rupture, sinon date de fin) : la veille et le jour anniversaire sont
 * admis, le lendemain ne l'est pas. Le contrat précédent vient de l'historique des dossiers (port
 * `historique` : base de l'OPCO, ou lot contrôlé par `opco controle` apparié par
 * `contrat.numeroContratPrecedent`) ; inconnu, le point est indéterminé et le constat dit ce qui
 * n'a pas pu être vérifié — jamais conforme. Paramètres lus à la date de début d'exécution.
 *
 * @example
 * ```ts
 * await evaluerReglesAsync([regleEcartContratsSuccessifs], contrat, { dateEvaluation: "2026-12-06", ports: { historique } });
 * ```
 */
export const regleEcartContratsSuccessifs: RegleAsynchrone<ContratAControler, Partial<PortsHistoriqueContrats>> = regleParConsultations<ContratAControler, Partial<PortsHistoriqueContrats>>({
  nature: "asynchrone",
  ports: [],
  portsFacultatifs: ["historique"],
  id: "contrat.successif.ecartUnAn",
  ecartReference: "non contrôlé par l'application de référence, qui ne connaît pas le contrat précédent.",
  titre: "Un an au plus entre deux contrats (exception d'âge jusqu'à 35 ans)",
  description:
    "Quand l'apprenti a plus de 29 ans révolus et relève de l'exception d'âge des contrats successifs (L6222-2 1° et 2°), le contrat est conclu au plus un an après l'expiration du contrat précédent (D6222-1). Le contrat précédent est cherché dans l'historique des dossiers (numéro du contrat précédent) ; inconnu, le point est indéterminé.",
  severite: "bloquant",
  references: [articleCodeTravail("D6222-1"), articleCodeTravail("L6222-2"), documentationControle("apprenti", "exception de 35 ans", "un an au plus entre deux contrats")],
  parametres: [ageMaximumApprenti.id, exceptionsAgeMaximumApprenti.id],
  chemins: ["apprenti.dateNaissance", "contrat.dateDebutContrat", CONCLUSION, TYPE, "contrat.numeroContratPrecedent"],
  applicable: (c) => /^2[1-3]$/.test(new Lecture(c).texte(TYPE) ?? ""),
  *etapes(contrat, contexte) {
    const l = new Lecture(contrat);
    const naissance = l.date("apprenti.dateNaissance");
    const debut = l.date("contrat.dateDebutContrat");
    if (naissance === undefined || debut === undefined) return [l.indetermine()];
    const age = ageRevolu(naissance, debut);
    const maximum = contexte.parametre(ageMaximumApprenti, debut);
    const exceptions = contexte.parametre(exceptionsAgeMaximumApprenti, debut);
    if (maximum === undefined || exceptions === undefined) return [{ statut: "indetermine", message: "Âge maximal légal ou délai entre deux contrats inconnu à la date de début du contrat.", details: {} }];
    if (age <= maximum.anneesRevolues) return sansObjet(`apprenti de ${age} ans au début du contrat : l'exception d'âge des contrats successifs n'est pas en jeu`);
    const casSansLimite = exceptions.sansLimite.filter((cas) => l.coche(SANS_LIMITE[cas] ?? ""));
    if (casSansLimite.length > 0) return sansObjet(`aucune limite d'âge (${casSansLimite.join(", ")}) : le délai entre les contrats n'est pas en jeu`);
    const conclusion = l.date(CONCLUSION);
    if (conclusion === undefined) return [l.indetermine()];
    const precedent = yield* etapesContratPrecedent(contrat, contexte.ports.historique);
    const point = `Délai d'un an au plus entre la fin du contrat précédent et la conclusion de ce contrat (D6222-1, exception d'âge jusqu'à ${exceptions.anneesRevoluesDerogatoires} ans)`;
    if (!precedent.trouve) {
      return [{ statut: "indetermine", message: `${point} : non vérifié, contrat précédent inconnu (${precedent.raison}). Il faut sa date de rupture ou de fin.`, manquants: precedent.manquants, details: { age, raison: precedent.raison } }];
    }
    const p = precedent.lecture;
    const expiration = p.date("contrat.dateRupture") ?? p.date("contrat.dateFinContrat");
    if (expiration === undefined) {
      return [{ statut: "indetermine", message: `${point} : non vérifié, le contrat précédent (${precedent.source}) ne donne ni date de rupture ni date de fin.`, manquants: ["contratPrecedent.contrat.dateFinContrat"], details: { age, source: precedent.source } }];
    }
    const limite = ajouterMois(expiration, exceptions.delaiMaximumEntreContratsMois);
    if (conclusion <= limite) return [];
    return [
      {
        statut: "non_conforme",
        chemins: [CONCLUSION, "contrat.numeroContratPrecedent"],
        message: `Le contrat est conclu le ${conclusion}, plus d'un an après l'expiration du contrat précédent le ${expiration} (au plus tard le ${limite}) : l'exception d'âge jusqu'à ${exceptions.anneesRevoluesDerogatoires} ans ne s'applique pas à un apprenti de ${age} ans.`,
        details: { age, expirationPrecedent: expiration, conclusion, limite, source: precedent.source },
      },
    ];
  },
});
