import type { NirDecompose } from "./NirDecompose";
import { verifierNir } from "./nir";

/**
 * Décompose un NIR valide en ses parties (sexe, année, mois et lieu de naissance, numéro
 * d'ordre, clé). Renvoie `null` si le NIR est invalide (voir {@link verifierNir}).
 *
 * @example
 * ```ts
 * decomposerNir("184127645108946")?.sexe; // "M"
 * decomposerNir("285059711212392")?.departementNaissance; // "971" (né en Guadeloupe)
 * ```
 */
export function decomposerNir(valeur: string): NirDecompose | null {
  const resultat = verifierNir(valeur);
  if (!resultat.valide) return null;
  const nir = resultat.normalise;
  const chiffreSexe = nir.charAt(0);
  const mois = Number(nir.slice(3, 5));
  const prefixe = nir.slice(5, 7);
  const outreMer = prefixe === "97" || prefixe === "98";
  const lieuNaissance = outreMer ? "outre_mer" : prefixe === "99" ? "etranger" : "metropole";
  return {
    nir,
    chiffreSexe,
    sexe: Number(chiffreSexe) % 2 === 1 ? "M" : "F",
    provisoire: chiffreSexe === "7" || chiffreSexe === "8",
    immatriculationEnCours: chiffreSexe === "3" || chiffreSexe === "4",
    anneeNaissance: nir.slice(1, 3),
    moisNaissance: nir.slice(3, 5),
    moisConnu: mois >= 1 && mois <= 12,
    departementNaissance: outreMer ? nir.slice(5, 8) : prefixe,
    lieuNaissance,
    codeLieuNaissance: nir.slice(5, 10),
    numeroOrdre: nir.slice(10, 13),
    cle: nir.length === 15 ? nir.slice(13, 15) : null,
  };
}
