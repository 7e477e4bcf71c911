// Statuts des apprenants (algorithme du Tableau de bord, calculé par intervalles).
export type { Statut } from "./statut/Statut";
export { STATUTS, CODE_STATUT, LIBELLES_STATUT } from "./statut/Statut";
export type { SeuilsStatut } from "./statut/SeuilsStatut";
export { SEUILS_TDB } from "./statut/SeuilsStatut";
export type { ContratStatut, EntreeStatut, EtapeParcours, AnomalieEntree } from "./statut/EntreeStatut";
export type { ContratJours, EntreeStatutJours, EtapeParcoursJours } from "./statut/EntreeStatutJours";
export { jourDepuisDate, joursDepuisCivil, dateDepuisJour, civilDepuisJour, ajouterMois } from "@communs-opco/dates";
export { convertirEntreeStatut } from "./statut/convertirEntreeStatut";
export { calculerParcoursJours } from "./statut/calculerParcoursJours";
export { calculerParcoursJourParJour } from "./statut/calculerParcoursJourParJour";
export type { ResultatParcours } from "./statut/calculerParcours";
export { calculerParcours } from "./statut/calculerParcours";
export { statutALaDate } from "./statut/statutALaDate";
export { statutEnCours } from "./statut/statutEnCours";
export type { ElementHistoriqueStatut, EntreeHistorique } from "./statut/parcoursDepuisHistorique";
export { parcoursDepuisHistorique } from "./statut/parcoursDepuisHistorique";
export { statutHistoriqueAncien } from "./statut/statutHistoriqueAncien";

// Indicateurs à une date.
export type { EffectifIndicateurs, ContratEffectif } from "./indicateurs/EffectifIndicateurs";
export type { Dimension } from "./indicateurs/Dimension";
export { DIMENSIONS } from "./indicateurs/Dimension";
export type { TableEffectifs, ColonneCodee, DimensionFixe } from "./indicateurs/TableEffectifs";
export { preparerEffectifs } from "./indicateurs/preparerEffectifs";
export type { ComplementEffectif } from "./indicateurs/effectifDepuisStandard";
export { effectifDepuisStandard } from "./indicateurs/effectifDepuisStandard";
export type { OptionsStatutsALaDate } from "./indicateurs/statutsALaDate";
export { statutsALaDate, EXCLUSION } from "./indicateurs/statutsALaDate";
export type { ColonneDimension, OptionsDimensions } from "./indicateurs/colonnesDimensions";
export { colonnesDimensions } from "./indicateurs/colonnesDimensions";
export { agregerParDimensions } from "./indicateurs/agregerParDimensions";
export type { GroupeIndicateurs } from "./indicateurs/GroupeIndicateurs";
export type { OptionsIndicateurs, ResultatIndicateurs } from "./indicateurs/indicateursALaDate";
export { indicateursALaDate } from "./indicateurs/indicateursALaDate";
export { anneesScolairesALaDate } from "./indicateurs/anneesScolairesALaDate";
export type { TrancheAge } from "./indicateurs/trancheAge";
export { trancheAge, ageRevolu } from "./indicateurs/trancheAge";
export type { LiaisonOpco, ModeLiaisonOpco } from "./indicateurs/LiaisonOpco";
export { lireListeRncpOpco } from "./indicateurs/lireListeRncpOpco";
export { normaliserRncp } from "./indicateurs/normaliserRncp";
export { construireLiaisonRncp } from "./indicateurs/construireLiaisonRncp";
export { groupesEffectif, dimensionsDeCle } from "./indicateurs/groupesEffectif";
export type { TauxGroupe } from "./indicateurs/tauxRuptureEtAbandon";
export { tauxRuptureEtAbandon } from "./indicateurs/tauxRuptureEtAbandon";
export type { DureesGroupe } from "./indicateurs/dureesDansStatut";
export { dureesDansStatut } from "./indicateurs/dureesDansStatut";
export { serieMensuelle } from "./indicateurs/serieMensuelle";
export type { Cohorte } from "./indicateurs/cohortes";
export { cohortes } from "./indicateurs/cohortes";
export { NAISSANCE_INCONNUE } from "./indicateurs/preparerEffectifs";
export type { TamponContrats, SortieParcours } from "./statut/ecrireParcours";
export { ecrireParcours } from "./statut/ecrireParcours";

// Génération de données synthétiques reproductibles.
export { aleaGraine } from "./generation/aleaGraine";
export type { OptionsGeneration } from "./generation/genererEffectifs";
export { genererEffectifs } from "./generation/genererEffectifs";

// Dédoublonnage multi-sources.
export { clePersonne, normaliserNomPersonne } from "./dedoublonnage/clePersonne";
export type { FusionEffectifs, RapportDedoublonnage } from "./dedoublonnage/dedoublonnerEffectifs";
export { dedoublonnerEffectifs } from "./dedoublonnage/dedoublonnerEffectifs";

// Indicateurs d'impact des OPCO (propositions de indicateurs.md §7).
export { medianeEtP90 } from "./impact/quantile";
export type { EtatDossier, DossierOpco, GroupeDelais, ResultatDelais } from "./impact/delaisInstruction";
export { delaisInstruction } from "./impact/delaisInstruction";
export type { ResultatControleFinancement, GroupeIndus, StatistiqueRegle } from "./impact/indusEvites";
export { indusEvites } from "./impact/indusEvites";
export type { EditionAlgo, ContactOpco, ContratDeca, ResultatContactAlgo } from "./impact/contratsApresContact";
export { contratsApresContact } from "./impact/contratsApresContact";
