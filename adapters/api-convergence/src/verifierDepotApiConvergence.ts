import { lireChemin, segmentsPointeur } from "@communs-opco/adaptateur";
import type { Constat } from "@communs-opco/regles";
import { CHAMPS_OBLIGATOIRES_API_CONVERGENCE } from "./champsObligatoiresApiConvergence.js";
import type { DepotApiConvergence } from "./DepotApiConvergence.js";

const LIBELLES: Readonly<Record<DepotApiConvergence, string>> = {
  convention: "la convention de formation",
  certificat: "le certificat de réalisation",
  rupture_employeur: "la déclaration de rupture par l'employeur",
  document: "le document",
};

/**
 * Identifiant stable du constat « champ obligatoire absent d'un dépôt API Convergence ».
 *
 * @example
 * ```ts
 * constats.every((c) => c.regle === REGLE_CHAMP_OBLIGATOIRE_API_CONVERGENCE);
 * ```
 */
export const REGLE_CHAMP_OBLIGATOIRE_API_CONVERGENCE = "echange.api-convergence.champ-obligatoire";

/**
 * Vérifie, avant l'envoi, qu'une charge utile de dépôt porte tous ses champs obligatoires
 * ({@link CHAMPS_OBLIGATOIRES_API_CONVERGENCE}) : un constat bloquant `non_conforme` par
 * champ absent, vide ou `null`, avec le chemin du dossier standard à compléter (`chemins`,
 * `manquants`) et le pointeur de l'API (`details.pointeur`). Ne lève jamais d'exception ;
 * une liste vide signifie « envoyable ».
 *
 * @example
 * ```ts
 * verifierDepotApiConvergence("certificat", { typeCertificat: "Final", numeroInterneDossier: "A-1" });
 * // [{ regle: "echange.api-convergence.champ-obligatoire", chemins: ["contrat.employeur.siret"], … }, …]
 * ```
 */
export function verifierDepotApiConvergence(depot: DepotApiConvergence, corps: Record<string, unknown>): Constat[] {
  return CHAMPS_OBLIGATOIRES_API_CONVERGENCE[depot]
    .filter(({ pointeur }) => {
      const valeur = lireChemin(corps, segmentsPointeur(pointeur));
      return valeur === undefined || valeur === null || (typeof valeur === "string" && valeur.trim() === "");
    })
    .map(({ pointeur, standard }) => ({
      regle: REGLE_CHAMP_OBLIGATOIRE_API_CONVERGENCE,
      severite: "bloquant",
      statut: "non_conforme",
      chemins: [standard],
      manquants: [standard],
      message: `Champ obligatoire absent pour ${LIBELLES[depot]} (API Convergence ${pointeur}) : compléter ${standard} avant l'envoi.`,
      references: [],
      parametres: [],
      details: { depot, pointeur },
    }));
}
