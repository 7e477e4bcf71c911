import type { ReponseReferentiel } from "../Referentiel";

/**
 * Commune d'un code postal (API Apprentissage `/geographie/v1/commune/search`), réduite aux
 * champs qui servent à vérifier la cohérence code postal ↔ commune.
 *
 * @example
 * ```ts
 * const c: CommuneGeographie = { nom: "Paris", codeInsee: "75056", codesPostaux: ["75011"], anciennes: [], arrondissements: ["Paris 11e Arrondissement"] };
 * ```
 */
export interface CommuneGeographie {
  nom: string;
  codeInsee: string;
  codesPostaux: string[];
  /** Noms des anciennes communes (fusions). */
  anciennes: string[];
  /** Noms des arrondissements municipaux. */
  arrondissements: string[];
}

/**
 * Port géographique des vérifications avant paiement (PP-LIEU : le code postal déclaré du lieu
 * de formation et sa commune concordent). Facultatif : sans lui, ce point n'est pas vérifié.
 *
 * @example
 * ```ts
 * const geographie: PortGeographie = portGeographieApiApprentissage(creerClientApiApprentissage({ cleApi }));
 * await geographie.communesDuCodePostal("93200");
 * ```
 */
export interface PortGeographie {
  /** Communes desservies par un code postal (liste vide : code inconnu → `absent`). */
  communesDuCodePostal(codePostal: string): Promise<ReponseReferentiel<CommuneGeographie[]>>;
}
