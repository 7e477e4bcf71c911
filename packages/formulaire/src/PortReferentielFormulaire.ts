/**
 * Source d'une réponse de référentiel (nom, date des données).
 *
 * @example
 * ```ts
 * const s: SourcePort = { nom: "Kit apprentissage", fichier: "Kit_apprentissage_20250131.xlsx", date: "2025-01-31" };
 * ```
 */
export interface SourcePort {
  nom: string;
  fichier?: string;
  date: string | null;
}

/**
 * Réponse d'un référentiel : `trouve`, `absent`, `indetermine` ou `indisponible` (même forme que
 * le port `Referentiel` de `@communs-opco/referentiels`).
 *
 * @example
 * ```ts
 * const r: ReponsePort<string> = { statut: "indisponible", raison: "hors ligne", source: { nom: "API Entreprise", date: null } };
 * ```
 */
export type ReponsePort<T> =
  | { statut: "trouve"; valeur: T; source: SourcePort }
  | { statut: "absent" | "indetermine" | "indisponible"; raison: string; source: SourcePort };

/**
 * Ce que le formulaire lit d'une entreprise.
 *
 * @example
 * ```ts
 * const e: EntreprisePort = { siret: "80123456700015", etat: "actif", naf: "10.71C", idcc: ["0843"] };
 * ```
 */
export interface EntreprisePort {
  siret: string;
  etat: "actif" | "ferme" | "inconnu";
  naf: string | null;
  idcc: readonly string[];
}

/**
 * Ce que le formulaire lit d'un organisme de formation.
 *
 * @example
 * ```ts
 * const o: OrganismePort = { siret: "19010001600012", uai: "0010001W", nom: "LP LYCEE DES METIERS", ouvert: true };
 * ```
 */
export interface OrganismePort {
  siret: string | null;
  uai: string | null;
  nom: string | null;
  ouvert: boolean | null;
}

/**
 * Ce que le formulaire lit d'une certification.
 *
 * @example
 * ```ts
 * const c: CertificationPort = { rncp: "RNCP37537", cfd: "50022137", intitule: "BOULANGER (CAP)", actif: true, accesApprentissage: true, correspondances: { rncp: ["RNCP37537"], cfd: ["50022137"] } };
 * ```
 */
export interface CertificationPort {
  rncp: string | null;
  cfd: string | null;
  intitule: string | null;
  actif: boolean | null;
  accesApprentissage: boolean | null;
  correspondances: { rncp: readonly string[]; cfd: readonly string[] };
}

/**
 * Ce que le formulaire lit d'une convention collective.
 *
 * @example
 * ```ts
 * const c: ConventionPort = { idcc: "3248", titre: "Convention collective nationale de la métallurgie", enVigueur: true };
 * ```
 */
export interface ConventionPort {
  idcc: string;
  titre: string | null;
  enVigueur: boolean;
}

/**
 * Communes et départements desservis par un code postal.
 *
 * @example
 * ```ts
 * const c: CommunesPort = { codePostal: "69002", communes: ["Lyon", "Lyon 2e Arrondissement"], departements: ["69"] };
 * ```
 */
export interface CommunesPort {
  codePostal: string;
  communes: readonly string[];
  departements: readonly string[];
}

/**
 * Port minimal (structurel) des référentiels utilisés par l'autocomplétion. Les implémentations
 * du port `Referentiel` de `@communs-opco/referentiels` (hors ligne, en ligne, mixte) le
 * satisfont telles quelles ; `convention` et `communes` sont facultatifs (à défaut, les communes
 * viennent de la base embarquée de `@communs-opco/regles`).
 *
 * @example
 * ```ts
 * const port: PortReferentielFormulaire = new ReferentielHorsLigne(await chargerInstantaneEmbarque());
 * ```
 */
export interface PortReferentielFormulaire {
  entreprise(siret: string): Promise<ReponsePort<EntreprisePort>>;
  organisme(siretOuUai: string): Promise<ReponsePort<OrganismePort>>;
  certification(rncpOuCfd: string): Promise<ReponsePort<CertificationPort>>;
  convention?(idcc: string): Promise<ReponsePort<ConventionPort>>;
  communes?(codePostal: string): Promise<ReponsePort<CommunesPort>>;
}
