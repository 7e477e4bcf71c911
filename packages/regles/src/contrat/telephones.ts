import type { ContratAControler } from "../ContratAControler";
import type { RegleSynchrone } from "../Regle";
import { gardeChamps } from "../compile/gardeChamps";
import { controlerChamps } from "./controlerChamps";
import { documentationControle, noticeCerfa } from "./referencesJuridiques";

const CHEMINS = ["employeur.telephone", "apprenti.telephone"] as const;

/**
 * Indicatifs des numéros français hors métropole acceptés (numéro national à 9 chiffres) :
 * Guadeloupe, Saint-Martin et Saint-Barthélemy (590), Guyane (594), Martinique (596),
 * La Réunion et Mayotte (262, 269), Saint-Pierre-et-Miquelon (508, 6 chiffres).
 */
const INDICATIFS_OUTRE_MER: Readonly<Record<string, number>> = { "590": 9, "594": 9, "596": 9, "262": 9, "269": 9, "508": 6 };

/** Analyse un numéro : `null` s'il est valide, sinon le motif. */
function motifTelephone(saisie: string): string | null {
  const n = saisie.replace(/[\s.()-]/g, "").replace(/^00/, "+");
  if (n === "+33") return "vide";
  if (!/^\+?\d+$/.test(n)) return "Le numéro de téléphone ne doit contenir que des chiffres, précédés éventuellement de l'indicatif « + ».";
  let national: string;
  if (n.startsWith("+33")) national = n.slice(3);
  else if (n.startsWith("0")) national = n.slice(1);
  else if (n.startsWith("+")) {
    const indicatif = Object.keys(INDICATIFS_OUTRE_MER).find((i) => n.startsWith(`+${i}`));
    if (indicatif !== undefined) {
      const attendu = INDICATIFS_OUTRE_MER[indicatif] ?? 9;
      const reste = n.slice(1 + indicatif.length);
      return reste.length === attendu ? null : `Le numéro doit contenir ${attendu} chiffres après l'indicatif +${indicatif}.`;
    }
    // autre pays : numéro international E.164 (8 à 15 chiffres indicatif compris)
    return n.length - 1 >= 8 && n.length - 1 <= 15 ? null : "Le numéro international doit comporter de 8 à 15 chiffres, indicatif compris.";
  } else return "Le numéro de téléphone doit commencer par 0 ou par un indicatif international (+33…).";
  if (national.length < 9) return "Chiffres manquants pour que le numéro soit valide : 9 chiffres sont attendus après l'indicatif +33.";
  if (national.length > 9) return "Le numéro doit contenir 9 chiffres après l'indicatif +33.";
  return national.startsWith("0") ? "Après l'indicatif +33, le numéro ne commence pas par 0." : null;
}

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
