import type { ContratAControler } from "../ContratAControler";
import { Lecture } from "../Lecture";
import type { RegleAsynchrone } from "../Regle";
import { regleParConsultations } from "../regleParConsultations";
import { etapesContratPrecedent } from "./chercherContratPrecedent";
import { contratPrecedentInconnu } from "./contratPrecedentInconnu";
import { lignesSousLeTaux } from "./lignesSousLeTaux";
import type { PortsHistoriqueContrats } from "./PortHistoriqueContrats";
import { articleCodeTravail, documentationControle } from "./referencesJuridiques";
import { tauxDerniereAnnee } from "./tauxDerniereAnnee";
import { siTexte } from "../compile/applicabiliteChamp";

const LIGNES = "contrat.remunerationsAnnuelles";

/**
 * Nouveau contrat avec le même employeur (type 21, D6222-29) : chaque ligne de rémunération a un
 * taux au moins égal à celui de la dernière année du contrat précédent (la grille par âge, si
 * elle donne plus, est contrôlée par `remuneration.taux.minimum`). Le contrat précédent vient de
 * l'historique des dossiers (port `historique`, ou lot contrôlé apparié par
 * `contrat.numeroContratPrecedent`) ; inconnu, un constat d'information dit ce qui manque.
 *
 * @example
 * ```ts
 * await evaluerReglesAsync([regleRemunerationContratSuccessif], contrat, { dateEvaluation: "2026-12-06", ports: { historique } });
 * ```
 */
export const regleRemunerationContratSuccessif: RegleAsynchrone<ContratAControler, Partial<PortsHistoriqueContrats>> = regleParConsultations<ContratAControler, Partial<PortsHistoriqueContrats>>({
  nature: "asynchrone",
  ports: [],
  portsFacultatifs: ["historique"],
  id: "remuneration.contratSuccessif.memeEmployeur",
  ecartReference: "non contrôlé par l'application de référence, qui ne connaît pas le contrat précédent.",
  titre: "Contrat successif avec le même employeur : pas moins que la dernière année",
  description:
    "Pour un nouveau contrat avec le même employeur, la rémunération est au moins celle de la dernière année du contrat précédent, sauf si la grille par âge donne plus. Le contrat précédent est cherché dans l'historique des dossiers ; inconnu, un constat d'information nomme ce qui manque.",
  severite: "bloquant",
  references: [articleCodeTravail("D6222-29"), documentationControle("remuneration", "contrats successifs", "même employeur : pas moins que la dernière année")],
  parametres: [],
  chemins: ["contrat.typeContratApp", "contrat.numeroContratPrecedent", LIGNES],
  ...siTexte("contrat.typeContratApp", "21"),
  *etapes(contrat, contexte) {
    const point = "Rémunération au moins égale à celle de la dernière année du contrat précédent (D6222-29)";
    const precedent = yield* etapesContratPrecedent(contrat, contexte.ports.historique);
    if (!precedent.trouve) return [contratPrecedentInconnu(point, precedent, "le taux de la dernière année de rémunération")];
    const derniere = tauxDerniereAnnee(precedent.lecture);
    if (derniere === undefined) {
      return [{ statut: "indetermine", message: `${point} : non vérifié, le contrat précédent (${precedent.source}) ne donne aucun taux de rémunération.`, manquants: [`contratPrecedent.${LIGNES}`], details: { source: precedent.source } }];
    }
    return lignesSousLeTaux(contrat, derniere.taux, (ordre, taux) => `La ligne de rémunération ${ordre} (${taux} %) est inférieure au taux de la dernière année du contrat précédent avec le même employeur (${derniere.taux} %, ligne ${derniere.ordre ?? "?"}, ${precedent.source}).`, { source: precedent.source, tauxPrecedent: derniere.taux });
  },
});
