/**
 * Variantes de forme des réponses de l'API Convergence observées chez certains OPCO
 * (`opco-echanges.md` §1.6, §2.2, §8), que l'émulateur peut produire :
 * - `pageEnListe` : page paginée enveloppée dans une liste à un élément ;
 * - `listeVideFinDePages` : pas de `total` ; la page après la dernière est `[]` ;
 * - `blocEmployeur` : nom du bloc employeur renvoyé quel que soit le protocole
 *   (`employeur`, `employeurV2`, ou `les_deux` : le bloc attendu vide, l'autre rempli) ;
 * - `etatEnToutesLettres` : `RUPTURE` au lieu du code `RUPTU` ;
 * - `natureFraisMajuscules` : `RESTAURATION`, `PREMIER EQUIPEMENT`… au lieu de l'orthographe documentée ;
 * - `commentaireRacine` : le commentaire d'état renvoyé dans `comment` à la racine.
 *
 * @example
 * ```ts
 * const v: VariantesApiConvergence = { pageEnListe: true, etatEnToutesLettres: true };
 * ```
 */
export interface VariantesApiConvergence {
  readonly pageEnListe?: boolean;
  readonly listeVideFinDePages?: boolean;
  readonly blocEmployeur?: "employeur" | "employeurV2" | "les_deux";
  readonly etatEnToutesLettres?: boolean;
  readonly natureFraisMajuscules?: boolean;
  readonly commentaireRacine?: boolean;
}
