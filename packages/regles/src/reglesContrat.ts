import type { ContratAControler } from "./ContratAControler";
import type { Regle } from "./Regle";
import {
  regleAgeMaximumApprenti,
  regleAgeMinimumApprenti,
  regleDateNaissanceFuture,
  regleDerogationAgeRequise,
  regleDerogationMoinsDe16Ans,
  regleDerogationPlusDe29Ans,
  reglePremierContratAge,
} from "./contrat/ageApprenti";
import { regleCodePostalConnu, regleCommuneCodePostal, regleDepartementEmployeur } from "./contrat/adresses";
import { regleCodeNaf } from "./contrat/codeNaf";
import { regleCodesCerfa } from "./contrat/codesCerfa";
import { regleDomaineCourriels, regleSyntaxeCourriels } from "./contrat/courriels";
import { regleEffectifEmployeur } from "./contrat/effectifEmployeur";
import { regleNomsPersonnes } from "./contrat/nomsPersonnes";
import { regleTelephones } from "./contrat/telephones";
import {
  regleAgeMaitre,
  regleAttestationEligibiliteMaitre,
  regleMaitre2Complet,
  regleMaitresDistincts,
  regleNiveauDiplomeMaitre,
  regleNombreApprentisParMaitre,
} from "./contrat/maitresApprentissage";
import { regleNirAnneeNaissance, regleNirDepartementNaissance, regleNirMoisNaissance, regleNirSexe } from "./contrat/coherenceNir";
import { regleIdccConnu, regleIdccEnVigueur } from "./contrat/conventionCollective";
import { regleDateEffetAvenant, regleFinContratPassee, regleOrdreDatesContrat, regleSignatureAvantDebut, regleSignatureFuture } from "./contrat/datesContrat";
import { regleDureeMaximaleContrat, regleDureeMinimaleContrat } from "./contrat/dureeContrat";
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
import { reglesRemuneration } from "./remuneration/regles/reglesRemuneration";

/**
 * Toutes les règles de contrôle du contrat d'apprentissage (contrat.md §3 et rémunération), dans
 * l'ordre du CERFA. Pour ajouter une règle : une ligne d'import et une entrée dans la liste.
 *
 * @example
 * ```ts
 * import { reglesContrat } from "@communs-opco/regles";
 * reglesContrat.map((r) => r.id);
 * ```
 */
export const reglesContrat: readonly Regle<ContratAControler>[] = [
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
  ...reglesRemuneration,
];
