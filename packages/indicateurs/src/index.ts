// Statuts des apprenants (algorithme du Tableau de bord, calculé par intervalles).
export type { Statut } from "./statut/Statut";
export { STATUTS, CODE_STATUT, LIBELLES_STATUT } from "./statut/Statut";
export type { SeuilsStatut } from "./statut/SeuilsStatut";
export { SEUILS_TDB } from "./statut/SeuilsStatut";
export type { ContratStatut, EntreeStatut, EtapeParcours, AnomalieEntree } from "./statut/EntreeStatut";
export type { ContratJours, EntreeStatutJours, EtapeParcoursJours } from "./statut/EntreeStatutJours";
export { jourDepuisDate } from "./statut/jourDepuisDate";
export { dateDepuisJour, civilDepuisJour } from "./statut/dateDepuisJour";
export { convertirEntreeStatut } from "./statut/convertirEntreeStatut";
export { calculerParcoursJours } from "./statut/calculerParcoursJours";
export { calculerParcoursJourParJour } from "./statut/calculerParcoursJourParJour";
export type { ResultatParcours } from "./statut/calculerParcours";
export { calculerParcours } from "./statut/calculerParcours";
export { statutALaDate } from "./statut/statutALaDate";
export { statutEnCours } from "./statut/statutEnCours";
export type { ElementHistoriqueStatut, EntreeHistorique } from "./statut/parcoursDepuisHistorique";
export { parcoursDepuisHistorique } from "./statut/parcoursDepuisHistorique";
