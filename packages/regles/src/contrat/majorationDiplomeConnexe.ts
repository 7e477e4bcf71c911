import { tableDiplome, entreeParCode } from "@communs-opco/nomenclatures";
import { majorationContratDiplomeConnexe } from "@communs-opco/parametres";
import type { ContratAControler } from "../ContratAControler";
import { ajouterMois } from "../dates/ajouterMois";
import { Lecture } from "../Lecture";
import type { RegleAsynchrone } from "../Regle";
import { regleParConsultations } from "../regleParConsultations";
import { sansObjet } from "../SansObjet";
import { etapesContratPrecedent } from "./chercherContratPrecedent";
import { contratPrecedentInconnu } from "./contratPrecedentInconnu";
import { lignesSousLeTaux } from "./lignesSousLeTaux";
import type { PortsHistoriqueContrats } from "./PortHistoriqueContrats";
import { articleCodeTravail, documentationControle } from "./referencesJuridiques";
import { tauxDerniereAnnee } from "./tauxDerniereAnnee";

const DEBUT = "contrat.dateDebutContrat";
const FIN = "contrat.dateFinContrat";
const DIPLOME = "formation.typeDiplome";

/** Niveau européen d'un type de diplôme du CERFA, `null` sans niveau, `undefined` si inconnu. */
function niveau(code: string | undefined): number | null | undefined {
  if (code === undefined) return undefined;
  const n = entreeParCode(tableDiplome, code)?.niveauEuropeen;
  return n === undefined || n === null ? n : Number(n);
}

/**
 * Contrat d'un an au plus pour un diplôme de même niveau que celui du contrat précédent
 * (D6222-30, à vérifier) : quand la nouvelle qualification est en rapport direct avec le diplôme
 * obtenu, la rémunération est au moins le taux de la dernière année du contrat précédent majoré
 * de 15 points. Le « rapport direct » ne se lit pas sur le CERFA : avertissement, à vérifier par
 * l'instructeur. Contrats successifs (types 21 à 23) ; durée comparée au jour (fin avant le
 * premier anniversaire du début). Le contrat précédent vient de l'historique des dossiers ;
 * inconnu, un constat d'information dit ce qui manque. Paramètre lu à la date de conclusion
 * (à défaut, de début).
 *
 * @example
 * ```ts
 * await evaluerReglesAsync([regleMajorationDiplomeConnexe], contrat, { dateEvaluation: "2026-12-06", ports: { historique } });
 * ```
 */
export const regleMajorationDiplomeConnexe: RegleAsynchrone<ContratAControler, Partial<PortsHistoriqueContrats>> = regleParConsultations<ContratAControler, Partial<PortsHistoriqueContrats>>({
  nature: "asynchrone",
  ports: [],
  portsFacultatifs: ["historique"],
  id: "remuneration.contratSuccessif.diplomeConnexe",
  ecartReference: "non contrôlé par l'application de référence, qui ne connaît pas le contrat précédent.",
  titre: "Contrat d'un an pour un diplôme connexe de même niveau : +15 points",
  description:
    "Un contrat d'un an au plus qui prépare un diplôme de même niveau que celui du contrat précédent, en rapport direct avec lui, est rémunéré au moins au taux de la dernière année du contrat précédent majoré de 15 points. Avertissement : le rapport direct entre les diplômes est à vérifier.",
  severite: "avertissement",
  references: [articleCodeTravail("D6222-30"), documentationControle("remuneration", "contrats successifs", "diplôme en rapport direct : + 15 points")],
  parametres: [majorationContratDiplomeConnexe.id],
  chemins: ["contrat.typeContratApp", "contrat.numeroContratPrecedent", DEBUT, FIN, DIPLOME, "contrat.remunerationsAnnuelles"],
  applicable: (c) => /^2[1-3]$/.test(new Lecture(c).texte("contrat.typeContratApp") ?? ""),
  *etapes(contrat, contexte) {
    const l = new Lecture(contrat);
    const debut = l.date(DEBUT);
    const fin = l.date(FIN);
    if (debut === undefined || fin === undefined) return [l.indetermine()];
    const majoration = contexte.parametre(majorationContratDiplomeConnexe, l.date("contrat.dateSignature") ?? debut);
    if (majoration === undefined) return [{ statut: "indetermine", message: "Majoration légale d'un contrat pour un diplôme connexe inconnue à la date du contrat.", details: {} }];
    if (fin >= ajouterMois(debut, majoration.dureeMaximaleContratMois)) return sansObjet(`contrat de plus de ${majoration.dureeMaximaleContratMois} mois`);
    const point = `Rémunération d'un contrat d'un an au plus pour un diplôme de même niveau : taux de la dernière année du contrat précédent + ${majoration.points} points (D6222-30)`;
    const precedent = yield* etapesContratPrecedent(contrat, contexte.ports.historique);
    if (!precedent.trouve) return [contratPrecedentInconnu(point, precedent, "le niveau du diplôme préparé et le taux de la dernière année de rémunération")];
    const niveauNouveau = niveau(l.texte(DIPLOME));
    const niveauPrecedent = niveau(precedent.lecture.texte(DIPLOME));
    if (niveauNouveau === undefined || niveauPrecedent === undefined) {
      return [{ statut: "indetermine", message: `${point} : non vérifié, niveau du diplôme ${niveauNouveau === undefined ? "de ce contrat" : "du contrat précédent"} inconnu.`, manquants: [niveauNouveau === undefined ? DIPLOME : `contratPrecedent.${DIPLOME}`], details: { source: precedent.source } }];
    }
    if (niveauNouveau === null || niveauNouveau !== niveauPrecedent) return sansObjet("diplôme de niveau différent de celui du contrat précédent");
    const derniere = tauxDerniereAnnee(precedent.lecture);
    if (derniere === undefined) {
      return [{ statut: "indetermine", message: `${point} : non vérifié, le contrat précédent (${precedent.source}) ne donne aucun taux de rémunération.`, manquants: ["contratPrecedent.contrat.remunerationsAnnuelles"], details: { source: precedent.source } }];
    }
    const minimum = derniere.taux + majoration.points;
    return lignesSousLeTaux(
      contrat,
      minimum,
      (ordre, taux) => `La ligne de rémunération ${ordre} (${taux} %) est inférieure à ${minimum} % (${derniere.taux} % de la dernière année du contrat précédent + ${majoration.points} points) : si le diplôme préparé est en rapport direct avec celui obtenu, la majoration s'applique.`,
      { source: precedent.source, tauxPrecedent: derniere.taux, points: majoration.points, niveau: niveauNouveau },
    );
  },
});
