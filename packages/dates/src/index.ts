// Dates civiles du projet : un jour est un entier (jours écoulés depuis le 1970-01-01, calendrier
// grégorien proleptique, sans fuseau) ; l'heure de Paris d'un instant passe par Intl. Aucun module
// `node:` : utilisable dans un navigateur.
export { jourDepuisDate, joursDepuisCivil, joursDansLeMois } from "./jourDepuisDate";
export { dateDepuisJour, civilDepuisJour } from "./dateDepuisJour";
export { ajouterMois } from "./ajouterMois";
export { heureDeParis } from "./heureDeParis";
