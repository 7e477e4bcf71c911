import type { DepotApiConvergence } from "./DepotApiConvergence.js";

/**
 * Champ obligatoire d'un dépôt : pointeur dans la charge utile de l'API et chemin du dossier
 * standard d'où il vient (ou l'option d'appel qui le fournit).
 *
 * @example
 * ```ts
 * const c: ChampObligatoire = { pointeur: "/employeur/siret", standard: "contrat.employeur.siret" };
 * ```
 */
export interface ChampObligatoire {
  readonly pointeur: string;
  readonly standard: string;
}

/**
 * Champs que la documentation publique marque obligatoires, par dépôt (`opco-echanges.md`
 * §1.8, source secondaire [S] pour la convention et le certificat ; rupture et document :
 * proposition [I], faute de documentation publique du corps).
 *
 * @example
 * ```ts
 * CHAMPS_OBLIGATOIRES_API_CONVERGENCE.certificat.map((c) => c.pointeur); // ["/typeCertificat", "/numeroInterneDossier", …]
 * ```
 */
export const CHAMPS_OBLIGATOIRES_API_CONVERGENCE: Readonly<Record<DepotApiConvergence, readonly ChampObligatoire[]>> = {
  convention: [
    { pointeur: "/numeroInterneDossier", standard: "numeroInterne" },
    { pointeur: "/employeur/siret", standard: "contrat.employeur.siret" },
    { pointeur: "/apprenti/nom", standard: "contrat.apprenti.nom" },
    { pointeur: "/apprenti/prenom", standard: "contrat.apprenti.prenom" },
    { pointeur: "/contrat/dateDebutContrat", standard: "contrat.contrat.dateDebutContrat" },
    { pointeur: "/contrat/dateFinContrat", standard: "contrat.contrat.dateFinContrat" },
    { pointeur: "/organismeFormation/siret", standard: "contrat.organismeFormation.siret" },
    { pointeur: "/formation/dateDebutFormation", standard: "contrat.formation.dateDebutFormation" },
    { pointeur: "/formation/dateFinFormation", standard: "contrat.formation.dateFinFormation" },
    { pointeur: "/formation/dureeFormation", standard: "contrat.formation.dureeFormation" },
  ],
  certificat: [
    { pointeur: "/typeCertificat", standard: "certificats[].type" },
    { pointeur: "/numeroInterneDossier", standard: "numeroInterne" },
    { pointeur: "/employeur/siret", standard: "contrat.employeur.siret" },
    { pointeur: "/apprenti/nom", standard: "contrat.apprenti.nom" },
    { pointeur: "/apprenti/prenom", standard: "contrat.apprenti.prenom" },
    { pointeur: "/organismeFormation/siret", standard: "contrat.organismeFormation.siret" },
    { pointeur: "/echeance/numero", standard: "financement.echeances[].numero" },
  ],
  rupture_employeur: [
    { pointeur: "/numeroInterneDossier", standard: "numeroInterne" },
    { pointeur: "/dateRupture", standard: "rupture.dateEffet" },
  ],
  document: [
    { pointeur: "/typeFichier", standard: "(option typeFichier)" },
    { pointeur: "/objets/0/idObjet", standard: "numeroInterne" },
    { pointeur: "/fichier/contenu", standard: "(octets du PDF)" },
  ],
};
