import { cleNir, verifierLuhn, verifierUai } from "@communs-opco/identifiants";
import type { Aleatoire } from "./Aleatoire";

/**
 * Fabrique d'identifiants fictifs **à clé valide** pour les données de démonstration : SIRET
 * (clé de Luhn), UAI (lettre clé) et NIR (clé modulo 97), contrôlés avec
 * `@communs-opco/identifiants`.
 *
 * @example
 * ```ts
 * const alea = Aleatoire.depuisGraine(1);
 * identifiantsDemo.siret(alea); // 14 chiffres, clé de Luhn valide
 * identifiantsDemo.nir({ sexe: "F", dateNaissance: "2007-03-14", departement: "69", commune: "123", ordre: "456" });
 * ```
 */
export const identifiantsDemo = {
  /** SIRET fictif à clé de Luhn valide (jamais un établissement de La Poste). */
  siret(alea: Aleatoire): string {
    const siren = String(alea.entier(3, 9)) + alea.chiffres(8);
    const debut = `${siren}000${alea.chiffres(1)}`;
    for (let chiffre = 0; chiffre < 10; chiffre++) {
      if (verifierLuhn(`${debut}${chiffre}`)) return `${debut}${chiffre}`;
    }
    throw new Error("identifiantsDemo.siret : clé introuvable");
  },

  /** UAI fictif du département donné, avec sa lettre clé. */
  uai(alea: Aleatoire, departement: string): string {
    const prefixe = departement === "2A" ? "620" : departement === "2B" ? "720" : departement.length === 3 ? departement : `0${departement}`;
    const chiffres = prefixe + alea.chiffres(7 - prefixe.length);
    for (const lettre of "ABCDEFGHJKLMNPRSTUVWXYZ") {
      if (verifierUai(chiffres + lettre).valide) return chiffres + lettre;
    }
    throw new Error("identifiantsDemo.uai : lettre clé introuvable");
  },

  /**
   * NIR à clé valide : sexe, année et mois de naissance, lieu de naissance (département sur 2
   * caractères, ou 3 pour l'outre-mer suivi d'une commune sur 2 chiffres), rang.
   */
  nir(p: { sexe: "M" | "F"; dateNaissance: string; departement: string; commune: string; ordre: string }): string {
    const lieu = p.departement.length === 3 ? p.departement + p.commune.slice(-2) : p.departement + p.commune;
    const treize = (p.sexe === "M" ? "1" : "2") + p.dateNaissance.slice(2, 4) + p.dateNaissance.slice(5, 7) + lieu + p.ordre;
    return treize + cleNir(treize);
  },
};
