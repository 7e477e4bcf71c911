/**
 * Types de fichiers sources qu'un instantané sait intégrer (argument `<type>` de
 * `opco referentiel importer`).
 *
 * @example
 * ```ts
 * const t: TypeSource = "npec";
 * ```
 */
export type TypeSource =
  | "npec"
  | "bcn"
  | "kit"
  | "france-competences"
  | "kali"
  | "dares-ape-idcc"
  | "dares-ccn"
  | "acce"
  | "organismes"
  | "opco-rncp"
  | "idcc-opco";

/**
 * Description de chaque type de source : éditeur, licence et fichier attendu.
 *
 * @example
 * ```ts
 * typesSource.npec.editeur; // "France compétences"
 * ```
 */
export const typesSource: Readonly<Record<TypeSource, { editeur: string; licence: string; fichier: string }>> = {
  npec: { editeur: "France compétences", licence: "Licence Ouverte / Etalab 2.0", fichier: "Référentiel des NPEC (xlsx), toutes éditions" },
  bcn: { editeur: "Ministère de l'Éducation nationale (BCN)", licence: "Licence Ouverte / Etalab 2.0", fichier: "N_FORMATION_DIPLOME.csv ou V_FORMATION_DIPLOME.csv" },
  kit: { editeur: "Certif Info (ex-France compétences)", licence: "Licence Ouverte / Etalab 2.0", fichier: "Kit apprentissage (xlsx ou csv)" },
  "france-competences": { editeur: "France compétences", licence: "Licence Ouverte / Etalab 2.0", fichier: "export-fiches-csv-AAAA-MM-JJ.zip" },
  kali: { editeur: "DILA / Légifrance (KALI)", licence: "Licence Ouverte / Etalab 2.0", fichier: "liste des conventions collectives (xlsx)" },
  "dares-ape-idcc": { editeur: "DARES", licence: "Licence Ouverte / Etalab 2.0", fichier: "table de passage APE ↔ IDCC (xlsx)" },
  "dares-ccn": { editeur: "DARES", licence: "Licence Ouverte / Etalab 2.0", fichier: "liste des IDCC en vigueur (xlsx)" },
  acce: { editeur: "Ministère de l'Éducation nationale (ACCE)", licence: "Licence Ouverte / Etalab 2.0", fichier: "acce_data.zip ou ACCE_UAI.csv" },
  organismes: { editeur: "Référentiel national des organismes de formation (ONISEP / Mission apprentissage)", licence: "Licence Ouverte / Etalab 2.0 (données) ; MIT (mission-apprentissage/api-apprentissage)", fichier: "organismes.json (export du Référentiel)" },
  "opco-rncp": { editeur: "OPCO (listes transmises au Tableau de bord)", licence: "MIT (mission-apprentissage/flux-retour-cfas)", fichier: "<opco>.csv (colonne code_rncp)" },
  "idcc-opco": { editeur: "mission-apprentissage/contrat (table IDCC → OPCO)", licence: "MIT", fichier: "idcc-opco.csv (colonnes idcc, opco)" },
};

/**
 * Vrai si la chaîne est un {@link TypeSource}.
 *
 * @example
 * ```ts
 * estTypeSource("npec"); // true
 * ```
 */
export function estTypeSource(valeur: string): valeur is TypeSource {
  return Object.hasOwn(typesSource, valeur);
}
