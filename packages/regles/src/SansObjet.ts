/**
 * Réponse d'une règle asynchrone qui découvre, en consultant une source, qu'elle ne s'applique
 * pas à l'entrée (p. ex. l'habilitation d'un organisme par le certificateur pour un diplôme d'État
 * enregistré de droit). Le moteur la consigne `non_applicable` avec son motif (mode explication),
 * sans constat : ni conforme, ni non conforme, ni indéterminé.
 *
 * @example
 * ```ts
 * const r: SansObjet = sansObjet("diplôme d'État enregistré de droit (Kit apprentissage ↔ BCN)");
 * ```
 */
export interface SansObjet {
  readonly sansObjet: string;
}

/**
 * Construit la réponse « sans objet » d'une règle asynchrone, avec son motif en français.
 *
 * @example
 * ```ts
 * async evaluer(contrat, contexte) {
 *   const h = await contexte.ports.referentiel.habilitation(rncp, siret);
 *   if (h.statut === "trouve" && h.valeur.habilite === null) return sansObjet(h.valeur.motif);
 *   return [];
 * }
 * ```
 */
export function sansObjet(motif: string): SansObjet {
  return { sansObjet: motif };
}
