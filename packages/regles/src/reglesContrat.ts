import type { ContratAControler } from "./ContratAControler";
import type { Regle } from "./Regle";
import { regleCodePostalConnu, regleCommuneCodePostal, regleDepartementEmployeur } from "./contrat/adresses";
import {
  regleAgeMaximumApprenti,
  regleAgeMinimumApprenti,
  regleDateNaissanceFuture,
  regleDerogationAgeRequise,
  regleDerogationMoinsDe16Ans,
  regleDerogationPlusDe29Ans,
  reglePremierContratAge,
} from "./contrat/ageApprenti";
import {
  regleCoherenceMinorite,
  regleDureeTravailHebdomadaire,
  regleNationaliteHorsUnion,
  regleRepresentantLegal,
  regleTitreSejourMineur,
  regleTravauxReglementesMineur,
} from "./contrat/apprentiMineur";
import { regleAvenantProlongation } from "./contrat/avenantProlongation";
import { regleCodeNaf } from "./contrat/codeNaf";
import { regleCodesCerfa } from "./contrat/codesCerfa";
import { regleNirAnneeNaissance, regleNirDepartementNaissance, regleNirMoisNaissance, regleNirSexe } from "./contrat/coherenceNir";
import { regleAvantagesNature, regleNumeroContratPrecedentSuccession } from "./contrat/conditionsContrat";
import { regleIdccConnu, regleIdccEnVigueur } from "./contrat/conventionCollective";
import { regleDomaineCourriels, regleSyntaxeCourriels } from "./contrat/courriels";
import { regleDateEffetAvenant, regleFinContratPassee, regleOrdreDatesContrat, regleSignatureAvantDebut, regleSignatureFuture } from "./contrat/datesContrat";
import { regleDureeMaximaleContrat, regleDureeMinimaleContrat } from "./contrat/dureeContrat";
import { regleEcartContratsSuccessifs } from "./contrat/ecartContratsSuccessifs";
import { regleEffectifEmployeur } from "./contrat/effectifEmployeur";
import {
  regleDatesFormation,
  regleDebutFormationPratique,
  regleDebutFormationTheorique,
  regleDureeFormationHeures,
  regleDureeFormationMois,
  regleFinContratApresFormation,
  reglePartMinimaleFormation,
} from "./contrat/formationCalendrier";
import { regleFormatCfd, regleFormatNir, regleFormatNumeroDeca, regleFormatRncp, regleFormatSiret, regleFormatUai } from "./contrat/formatsIdentifiants";
import {
  regleAgeMaitre,
  regleAttestationEligibiliteMaitre,
  regleMaitre2Complet,
  regleMaitresDistincts,
  regleNiveauDiplomeMaitre,
  regleNombreApprentisParMaitre,
} from "./contrat/maitresApprentissage";
import { regleMajorationDiplomeConnexe } from "./contrat/majorationDiplomeConnexe";
import { regleNomsPersonnes } from "./contrat/nomsPersonnes";
import { reglePresenceChamps } from "./contrat/presenceChamps";
import { regleCertificationExistante, regleEtablissementEmployeur, regleOrganismesFormation } from "./contrat/referentielsEnLigne";
import { regleRemunerationContratSuccessif } from "./contrat/remunerationContratSuccessif";
import { regleTelephones } from "./contrat/telephones";
import { reglesRemuneration } from "./remuneration/regles/reglesRemuneration";

/**
 * Toutes les règles de contrôle du contrat d'apprentissage (contrat, apprenti, maîtres, dates, temps de travail et rémunération ; voir docs/controles.md), dans
 * l'ordre du CERFA. Pour ajouter une règle : une ligne d'import et une entrée dans la liste.
 *
 * @example
 * ```ts
 * import { reglesContrat } from "@communs-opco/regles";
 * reglesContrat.map((r) => r.id);
 * ```
 */
export const reglesContrat: readonly Regle<ContratAControler>[] = [
  // Présence et formats
  reglePresenceChamps,
  regleCodesCerfa,
  regleFormatSiret,
  regleFormatUai,
  regleFormatNir,
  regleFormatRncp,
  regleFormatCfd,
  regleFormatNumeroDeca,
  regleCodeNaf,
  regleEffectifEmployeur,
  regleIdccConnu,
  regleIdccEnVigueur,
  regleCodePostalConnu,
  regleCommuneCodePostal,
  regleDepartementEmployeur,
  regleSyntaxeCourriels,
  regleDomaineCourriels,
  regleTelephones,
  regleNomsPersonnes,
  regleNirSexe,
  regleNirAnneeNaissance,
  regleNirMoisNaissance,
  regleNirDepartementNaissance,
  regleEtablissementEmployeur,
  regleOrganismesFormation,
  regleCertificationExistante,
  // Âges et dérogations (§3.3)
  regleDateNaissanceFuture,
  regleAgeMinimumApprenti,
  regleAgeMaximumApprenti,
  reglePremierContratAge,
  regleDerogationMoinsDe16Ans,
  regleDerogationPlusDe29Ans,
  regleDerogationAgeRequise,
  regleRepresentantLegal,
  regleCoherenceMinorite,
  regleTitreSejourMineur,
  regleNationaliteHorsUnion,
  // Maîtres d'apprentissage (§3.4)
  regleAgeMaitre,
  regleMaitre2Complet,
  regleAttestationEligibiliteMaitre,
  regleNiveauDiplomeMaitre,
  regleMaitresDistincts,
  regleNombreApprentisParMaitre,
  // Dates et durées (§3.5)
  regleOrdreDatesContrat,
  regleSignatureAvantDebut,
  regleSignatureFuture,
  regleFinContratPassee,
  regleDateEffetAvenant,
  regleNumeroContratPrecedentSuccession,
  regleDureeMinimaleContrat,
  regleDureeMaximaleContrat,
  regleDebutFormationPratique,
  regleDebutFormationTheorique,
  regleDatesFormation,
  regleDureeFormationMois,
  regleFinContratApresFormation,
  regleDureeFormationHeures,
  reglePartMinimaleFormation,
  regleDureeTravailHebdomadaire,
  regleTravauxReglementesMineur,
  regleAvantagesNature,
  regleAvenantProlongation,
  // Rémunération
  ...reglesRemuneration,
  // Contrats successifs : contrat précédent lu dans l'historique des dossiers (port « historique »)
  regleEcartContratsSuccessifs,
  regleRemunerationContratSuccessif,
  regleMajorationDiplomeConnexe,
];
