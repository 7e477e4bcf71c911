// Sous-chemin `@communs-opco/referentiels/effect` : pont optionnel vers Effect. Seul ce module
// importe `effect` (dépendance pair optionnelle) ; le point d'entrée principal n'en dépend pas.
export { enEffet } from "./clients/enEffet";
export type { ErreurAppelReferentiel } from "./clients/ErreurAppelReferentiel";
