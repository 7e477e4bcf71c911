/**
 * Colonnes de l'ancien fichier CSV d'import du Tableau de bord (17 colonnes : Indicateur,
 * Sexe, Nom, Prenom, Email…) et le champ du dossier apprenant v3 de chacune. Les colonnes
 * absentes de cette table (dates de formation réduites à une année, dénomination, réseaux,
 * région, département de l'organisme) sont conservées en extension. Choix du projet :
 * l'unique organisme de l'ancien format est à la fois responsable et formateur.
 *
 * @example
 * ```ts
 * colonnesAncienFormatTdb["Nom"]; // ["nom_apprenant"]
 * ```
 */
export const colonnesAncienFormatTdb: Readonly<Record<string, readonly string[]>> = {
  Indicateur: ["statut_apprenant"],
  Sexe: ["sexe_apprenant"],
  Nom: ["nom_apprenant"],
  Prenom: ["prenom_apprenant"],
  Email: ["email_contact"],
  "Intitulé de la formation": ["libelle_court_formation"],
  "Code formation diplôme": ["formation_cfd"],
  RNCP: ["formation_rncp"],
  "Année de la formation": ["annee_formation"],
  "UAI de l’organisme de formation": ["etablissement_responsable_uai", "etablissement_formateur_uai"],
  "SIRET de l’organisme de formation": ["etablissement_responsable_siret", "etablissement_formateur_siret"],
};

/**
 * Conversion des valeurs propres à l'ancien format : « Indicateur » (apprenti, inscrit,
 * abandon) → code de statut 3, 2, 0 ; « Sexe » (Mme, M.) → F, M.
 *
 * @example
 * ```ts
 * valeurAncienFormatTdb("Sexe", "Mme"); // "F"
 * ```
 */
export function valeurAncienFormatTdb(colonne: string, valeur: string): string {
  const v = valeur.trim().toLowerCase();
  if (colonne === "Indicateur") return ({ apprenti: "3", apprentis: "3", inscrit: "2", inscrits: "2", abandon: "0", abandons: "0" } as Record<string, string>)[v] ?? valeur;
  if (colonne === "Sexe") return ({ mme: "F", madame: "F", mlle: "F", "m.": "M", m: "M", monsieur: "M" } as Record<string, string>)[v] ?? valeur;
  return valeur;
}
