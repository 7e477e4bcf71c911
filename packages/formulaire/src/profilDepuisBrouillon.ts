import type { Brouillon } from "./Brouillon";
import { prefixeProfil } from "./prefixeProfil";
import type { ProfilRecurrent, TypeProfil } from "./ProfilRecurrent";

/**
 * Extrait d'un brouillon un profil récurrent (employeur, maître, CFA) pour le réutiliser dans
 * les contrats suivants : tous les champs du bloc, quelle que soit leur provenance.
 *
 * @example
 * ```ts
 * const profil = profilDepuisBrouillon(brouillon, "boulangerie-du-parc", "employeur", "2026-11-26");
 * profil.champs.siret; // "80123456700015"
 * ```
 */
export function profilDepuisBrouillon(brouillon: Brouillon, nom: string, type: TypeProfil, date: string, rangMaitre: 1 | 2 = 1): ProfilRecurrent {
  const prefixe = `${prefixeProfil(type, rangMaitre)}.`;
  const champs: Record<string, unknown> = {};
  for (const [chemin, champ] of Object.entries(brouillon.champs)) {
    if (chemin.startsWith(prefixe)) champs[chemin.slice(prefixe.length)] = champ.valeur;
  }
  return { nom, type, miseAJour: date, champs };
}
