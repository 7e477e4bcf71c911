import { cyrb53 } from "./cyrb53.js";

const sansDiacritiques = (texte: string): string =>
  texte
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/gu, "");

/**
 * Identifiant d'apprenant que le Tableau de bord construit pour un fichier téléversé
 * (`indicateurs.md` §1.1) : empreinte cyrb53 de prénom + nom (minuscules, sans accents,
 * espaces de bord retirés) + date de naissance telle qu'écrite dans le fichier.
 *
 * @example
 * ```ts
 * idErpTeleversement("Gaston", "Dupuis", "1998-01-24"); // 16 caractères hexadécimaux
 * ```
 */
export function idErpTeleversement(prenom: string, nom: string, dateNaissanceBrute: string): string {
  return cyrb53(`${sansDiacritiques(prenom).trim()}${sansDiacritiques(nom).trim()}${dateNaissanceBrute.trim()}`);
}
