/**
 * Champs du contrat apparus avec une version du CERFA FA13 (n° 10103), d'après
 * `opco-echanges.md` §5 : *10 ajoute l'IDCC de l'employeur, le NIR des maîtres
 * d'apprentissage et la date de début de formation pratique ; *13 ajoute les sous-cases
 * RQTH ; *14 ajoute le type d'avenant 38 (valeur `contrat.typeContratApp=38`).
 *
 * @example
 * ```ts
 * champsParVersionCerfa["13"]; // ["apprenti.handicapEquivalenceJeunes", "apprenti.handicapExtensionBoe"]
 * ```
 */
export const champsParVersionCerfa = {
  "09": [],
  "10": ["employeur.codeIdcc", "maitre1.nir", "maitre2.nir", "contrat.dateDebutFormationPratique"],
  "12": [],
  "13": ["apprenti.handicapEquivalenceJeunes", "apprenti.handicapExtensionBoe"],
  "14": ["contrat.typeContratApp=38"],
} as const satisfies Record<string, readonly string[]>;
