import { schemaDossier } from "./dossier.js";
import { creerSchemaEntree } from "./normalisation/creerSchemaEntree.js";

/**
 * Schéma d'entrée tolérant du dossier : mêmes normalisations que le contrat, plus les
 * états des sources (`RUPTU`, « Transmis au gestionnaire », « Non déposable »…), les
 * noms d'OPCO de toutes les sources (→ slug) et les noms de l'API Convergence
 * (`engagement`, `engagementsFraisAnnexe`, `montantTotal`, `dateOuverture`,
 * `numeroInterneFacture`…).
 *
 * @example
 * ```ts
 * const dossier = schemaDossierEntree.parse({ opco: "Opco entreprises de proximité", etat: "RUPTU" });
 * // { opco: "opco-ep", etat: "ROMPU" }
 * ```
 */
export const schemaDossierEntree = creerSchemaEntree(schemaDossier);
