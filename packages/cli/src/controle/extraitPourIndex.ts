/** Champs lus par l'index du lot, par bloc du contrat standard (noms d'entrée acceptés compris). */
const CHAMPS: Record<string, readonly string[]> = {
  employeur: ["siret"],
  maitre1: ["nom", "prenom", "dateNaissance"],
  maitre2: ["nom", "prenom", "dateNaissance"],
  contrat: ["typeContratApp", "typeContrat", "noContrat", "numeroContratPrecedent", "dateSignature", "dateConclusion", "dateDebutContrat", "dateFinContrat", "dateRupture", "remunerationsAnnuelles"],
  formation: ["typeDiplome"],
};

/** Les blocs de {@link CHAMPS}, dans leur ordre (celui des clés de l'extrait). */
const BLOCS = Object.entries(CHAMPS);

/**
 * Extrait d'une valeur lue les seuls champs utiles à l'index du lot (SIRET, maîtres, dates,
 * numéros, type de contrat, lignes de rémunération, type de diplôme), pour que leur normalisation
 * par le schéma tolérant coûte peu sur un lot d'un million de contrats. Une valeur qui n'est pas
 * un objet est rendue telle quelle.
 *
 * @example
 * ```ts
 * extraitPourIndex({ apprenti: { nom: "MARTIN" }, employeur: { siret: "80123456700015", denomination: "X" } });
 * // { employeur: { siret: "80123456700015" } }
 * ```
 */
export function extraitPourIndex(valeur: unknown): unknown {
  if (typeof valeur !== "object" || valeur === null || Array.isArray(valeur)) return valeur;
  const extrait: Record<string, Record<string, unknown>> = {};
  // Boucles indexées sur des listes figées une fois pour toutes : ni `Object.entries` ni itérateur
  // par enregistrement (appelé une fois par contrat du lot).
  for (let b = 0; b < BLOCS.length; b++) {
    const [bloc, champs] = BLOCS[b] as (typeof BLOCS)[number];
    const source: unknown = Object.hasOwn(valeur, bloc) ? (valeur as Record<string, unknown>)[bloc] : undefined;
    if (typeof source !== "object" || source === null || Array.isArray(source)) continue;
    const copie: Record<string, unknown> = {};
    for (let i = 0; i < champs.length; i++) {
      const champ = champs[i] as string;
      if (Object.hasOwn(source, champ)) copie[champ] = (source as Record<string, unknown>)[champ];
    }
    extrait[bloc] = copie;
  }
  return extrait;
}
