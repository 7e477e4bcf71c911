import type { Brouillon } from "./Brouillon";
import { fusionnerChamps } from "./fusionnerChamps";
import type { PolitiqueEcrasement } from "./PolitiqueEcrasement";
import { prefixeProfil } from "./prefixeProfil";
import type { ProfilRecurrent } from "./ProfilRecurrent";
import type { ResultatFusion } from "./ResultatFusion";

/**
 * Options de reprise d'un profil.
 *
 * @example
 * ```ts
 * const o: OptionsProfil = { rangMaitre: 2, ecraser: "automatiques" };
 * ```
 */
export interface OptionsProfil {
  /** Pour un profil de maître : 1 (par défaut) ou 2. */
  rangMaitre?: 1 | 2;
  /** Par défaut `vides` : une saisie n'est jamais remplacée, sauf avec `tout`. */
  ecraser?: PolitiqueEcrasement;
}

/**
 * Reprend un profil récurrent dans un brouillon, avec la provenance `profil:<nom>` et la date de
 * mise à jour du profil. Par défaut seuls les champs vides sont remplis.
 *
 * @example
 * ```ts
 * const r = appliquerProfil(brouillon, profilBoulangerie);
 * r.brouillon.champs["employeur.naf"]?.provenance; // "profil:boulangerie-du-parc"
 * r.conserves; // valeurs déjà saisies et différentes du profil
 * ```
 */
export function appliquerProfil(brouillon: Brouillon, profil: ProfilRecurrent, options: OptionsProfil = {}): ResultatFusion {
  const prefixe = prefixeProfil(profil.type, options.rangMaitre ?? 1);
  return fusionnerChamps(
    brouillon,
    Object.entries(profil.champs).map(([chemin, valeur]) => ({ chemin: `${prefixe}.${chemin}`, valeur })),
    { provenance: `profil:${profil.nom}`, date: profil.miseAJour, ecraser: options.ecraser ?? "vides" },
  );
}
