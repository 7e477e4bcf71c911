/**
 * Établissement (entreprise) connu de l'émulateur de La bonne alternance : identité, domaine
 * (NAF, IDCC, OPCO au libellé La bonne alternance), adresse, coordonnées et, pour les entreprises
 * de l'algorithme prédictif, les codes ROME pour lesquels il est proposé en candidature spontanée.
 *
 * @example
 * ```ts
 * const e: EtablissementLbaEmule = { siret: "80123456700015", raisonSociale: "BOULANGERIE DU MARCHE", naf: { code: "10.71C", libelle: "Boulangerie et boulangerie-pâtisserie" }, idcc: 843, opco: "Opco entreprises de proximité", adresse: "12 rue du Marché 75011 Paris", departement: "75", coordonnees: [2.3795, 48.8576], taille: "0-9", romesAlgorithme: ["D1102"] };
 * ```
 */
export interface EtablissementLbaEmule {
  readonly siret: string;
  readonly raisonSociale: string;
  readonly enseigne?: string;
  readonly naf: { readonly code: string; readonly libelle: string };
  readonly idcc: number | null;
  /** Libellé La bonne alternance de l'OPCO, ou `"inconnu"`. */
  readonly opco: string;
  readonly adresse: string;
  readonly departement: string;
  /** `[longitude, latitude]`. */
  readonly coordonnees: readonly [number, number];
  readonly taille: string;
  /** Codes ROME de l'algorithme prédictif (vide : l'établissement n'est pas dans la liste). */
  readonly romesAlgorithme: readonly string[];
}
