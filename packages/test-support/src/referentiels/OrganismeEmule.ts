/**
 * Adresse géocodée d'un organisme au format du Référentiel national des organismes de formation.
 *
 * @example
 * ```ts
 * const a: AdresseOrganismeEmule = { label: "12 Rue Paul Dopff 67100 Strasbourg", code_postal: "67100", code_insee: "67482", localite: "Strasbourg" };
 * ```
 */
export interface AdresseOrganismeEmule {
  label?: string;
  code_postal: string;
  code_insee: string;
  localite: string;
  departement?: { code: string; nom: string };
  region?: { code: string; nom: string };
  academie?: { code: string; nom: string };
  geojson?: { type: string; geometry: { type: string; coordinates: number[] }; properties?: Record<string, unknown> };
}

/**
 * Organisme au format du Référentiel national des organismes de formation (ONISEP), tel que
 * servi par les émulateurs (extrait réel dans `data/referentiel-organismes.extrait.json`).
 *
 * @example
 * ```ts
 * const o: OrganismeEmule = { siret: "19672198900040", nature: "formateur", etat_administratif: "actif", lieux_de_formation: [], relations: [], uai_potentiels: [] };
 * ```
 */
export interface OrganismeEmule {
  siret: string;
  uai?: string;
  nature: string;
  etat_administratif?: string;
  qualiopi?: boolean;
  /** Numéro de déclaration d'activité (absent de l'extrait réel). */
  numero_declaration_activite?: string;
  adresse?: AdresseOrganismeEmule;
  lieux_de_formation: { code?: string; uai?: string; siret?: string; uai_fiable?: boolean; adresse?: AdresseOrganismeEmule }[];
  relations: { type: string; siret: string; uai?: string; label?: string }[];
  uai_potentiels: { uai: string }[];
}
