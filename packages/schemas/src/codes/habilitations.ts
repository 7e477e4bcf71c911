/**
 * Habilitations d'un organisme pour une fiche RNCP (`referentiels.md` §2.3) : code →
 * libellé.
 *
 * @example
 * ```ts
 * habilitations.former; // "Habilitation pour former"
 * ```
 */
export const habilitations = {
  certificateur: "L'organisme est certificateur de la fiche",
  former: "Habilitation pour former",
  evaluer: "Habilitation pour organiser l'évaluation",
  former_evaluer: "Habilitation pour former et organiser l'évaluation",
} as const;

/**
 * Libellés et codes d'habilitation des sources (catalogue, export France compétences)
 * → code standard.
 *
 * @example
 * ```ts
 * correspondancesHabilitation["HABILITATION_ORGA_FORM"]; // "former"
 * ```
 */
export const correspondancesHabilitation: Readonly<Record<string, keyof typeof habilitations>> = {
  "Habilitation pour former": "former",
  "Habilitation pour organiser l'évaluation": "evaluer",
  "Habilitation pour former et organiser l'évaluation": "former_evaluer",
  HABILITATION_ORGA_FORM: "former",
};
