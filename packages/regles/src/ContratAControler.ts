/**
 * Contrat d'apprentissage soumis aux règles : l'enregistrement standard de
 * `@communs-opco/schemas` (champs et imbrication du modèle standard : `employeur.siret`,
 * `apprenti.dateNaissance`, `contrat.dateDebutContrat`…), complet ou non, valide ou non.
 *
 * Le type est volontairement ouvert : les règles lisent chaque champ par son chemin et vérifient
 * son type à l'exécution (date `AAAA-MM-JJ`, booléen, code texte, nombre). Une donnée absente ou
 * mal formée rend la règle `indetermine` (ou fait l'objet d'un constat de format), jamais une
 * exception.
 *
 * @example
 * ```ts
 * const contrat: ContratAControler = {
 *   apprenti: { dateNaissance: "2007-03-14" },
 *   contrat: { dateDebutContrat: "2025-09-01", dateFinContrat: "2027-08-31" },
 * };
 * ```
 */
export type ContratAControler = object;
