import type { ContratAControler } from "../ContratAControler";
import type { RegleSynchrone } from "../Regle";
import { gardeChamps } from "../compile/gardeChamps";
import { controlerChamps } from "./controlerChamps";
import { motifTelephone } from "./motifTelephone";
import { documentationControle, noticeCerfa } from "./referencesJuridiques";

const CHEMINS = ["employeur.telephone", "apprenti.telephone"] as const;

/**
 * Indicatifs des numéros français hors métropole acceptés (numéro national à 9 chiffres) :
 * Guadeloupe, Saint-Martin et Saint-Barthélemy (590), Guyane (594), Martinique (596),
 * La Réunion et Mayotte (262, 269), Saint-Pierre-et-Miquelon (508, 6 chiffres).
 */

/**
 * Téléphones de l'employeur et de l'apprenti : numéro français à 9 chiffres après +33 (ou 10
 * chiffres commençant par 0), numéros d'outre-mer (+262, +590, +594, +596, +269, +508) et
 * numéros internationaux acceptés ; « +33 » seul équivaut à une absence (R-TEL).
 *
 * @example
 * ```ts
 * evaluerRegles([regleTelephones], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleTelephones: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "personnes.telephone.format",
  titre: "Format des numéros de téléphone",
  description: "Chaque téléphone est un numéro français (+33 suivi de 9 chiffres, ou 0 suivi de 9 chiffres), d'outre-mer ou international ; « +33 » seul vaut absence de numéro.",
  severite: "bloquant",
  references: [noticeCerfa("coordonnées de l'employeur, de l'apprenti et du représentant légal : téléphone"), documentationControle("identifiants", "R-TEL")],
  parametres: [],
  chemins: [...CHEMINS],
  idSpecification: ["R-TEL"],
  // Numéros propres à chaque contrat : verdict du dernier seulement (borne 0).
  garde: gardeChamps(CHEMINS, (v) => (typeof v === "string" || typeof v === "number") && motifTelephone(String(v)) === null, 0),
  evaluer(contrat) {
    return controlerChamps(contrat, CHEMINS, (v, chemin) => {
      const motif = typeof v === "string" || typeof v === "number" ? motifTelephone(String(v)) : "Le numéro de téléphone doit être un texte.";
      if (motif === null) return null;
      return { message: motif === "vide" ? `Le téléphone (${chemin}) est manquant : « +33 » seul ne constitue pas un numéro.` : `${motif} (${chemin})` };
    });
  },
};
