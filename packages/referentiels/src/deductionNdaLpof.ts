/**
 * Déduction documentée de l'existence d'un numéro de déclaration d'activité (NDA) quand la source
 * ne donne pas le numéro : la certification Qualiopi « actions de formation par apprentissage » du
 * Référentiel des organismes vient de la Liste publique des organismes de formation (LPOF,
 * C. trav. L6351-7-1), qui ne recense que des organismes ayant déclaré leur activité, donc titulaires
 * d'un NDA (au niveau du SIREN : le Référentiel propage l'indicateur aux établissements du même
 * SIREN). Seul `qualiopi === true` lu dans une source issue de la LPOF permet la déduction ; un
 * indicateur faux ou inconnu ne permet de rien déduire.
 *
 * @returns la phrase de preuve, ou `undefined` quand rien ne peut être déduit.
 * @example
 * ```ts
 * deductionNdaLpof(true); // "NDA existant déduit : Qualiopi apprentissage lu dans la LPOF, qui ne recense que des organismes déclarés"
 * deductionNdaLpof(null); // undefined
 * ```
 */
export function deductionNdaLpof(qualiopi: boolean | null | undefined): string | undefined {
  return qualiopi === true ? "NDA existant déduit : Qualiopi apprentissage lu dans la LPOF, qui ne recense que des organismes déclarés" : undefined;
}
