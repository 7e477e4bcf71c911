import type { Dossier } from "./dossier.js";
import { schemaDossierEntree } from "./dossierEntree.js";
import { lireEnregistrement, type ResultatLecture } from "./lireEnregistrement.js";

/**
 * Lit un dossier OPCO tel qu'il arrive et renvoie le dossier standard ou les erreurs
 * (chemin, code, message en français). Ne lève jamais d'exception.
 *
 * @example
 * ```ts
 * const r = lireDossier({ opco: "AKTO", numeroInterne: "A-1", etat: "Transmis au gestionnaire" });
 * if (r.ok) r.valeur.etat; // "TRANSMIS"
 * ```
 */
export function lireDossier(donnees: unknown): ResultatLecture<Dossier> {
  return lireEnregistrement(schemaDossierEntree, donnees);
}
