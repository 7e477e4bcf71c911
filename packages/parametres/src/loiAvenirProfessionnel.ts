import type { ReferenceJuridique } from "./Parametre";
import { texteJournalOfficiel } from "./texteJournalOfficiel";

/**
 * Loi n° 2018-771 du 5 septembre 2018 pour la liberté de choisir son avenir professionnel,
 * article 13 : rédaction actuelle de l'article L6222-1 du code du travail (âges minimal et
 * maximal de l'apprenti). Référence commune des paramètres d'âge de l'apprenti.
 */
export const loiAvenirProfessionnel: ReferenceJuridique = texteJournalOfficiel(
  "loi",
  "2018-09-05",
  "2018-771",
  "Loi n° 2018-771 du 5 septembre 2018 pour la liberté de choisir son avenir professionnel, article 13",
);
