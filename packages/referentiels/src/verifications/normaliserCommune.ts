/**
 * Forme comparable d'un nom de commune : sans accents ni casse, tirets et apostrophes changés en
 * espaces, « ST »/« STE » développés en « SAINT »/« SAINTE », mention CEDEX et arrondissement
 * retirées (« PARIS 11E ARRONDISSEMENT », « Lyon 3e », « Marseille 08 » → « paris », « lyon »,
 * « marseille »), espaces réduits.
 *
 * @example
 * ```ts
 * normaliserCommune("ST-DENIS"); // "saint denis"
 * normaliserCommune("Saint-Étienne Cedex 2"); // "saint etienne"
 * normaliserCommune("PARIS 11E ARRONDISSEMENT"); // "paris"
 * ```
 */
export function normaliserCommune(nom: string): string {
  if (nom.length > LONGUEUR_MEMORISEE) return normaliser(nom);
  const connue = formes.get(nom);
  if (connue !== undefined) return connue;
  const forme = normaliser(nom);
  // mémoire bornée (nombre et longueur des noms retenus) : vidée quand elle atteint sa capacité
  if (formes.size >= CAPACITE) formes.clear();
  formes.set(nom, forme);
  return forme;
}

/** Formes déjà calculées (les mêmes communes reviennent d'un contrat à l'autre). */
const formes = new Map<string, string>();
const CAPACITE = 20_000;
const LONGUEUR_MEMORISEE = 120;

function normaliser(nom: string): string {
  return nom
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[-'’_.,/]/g, " ")
    .replace(/\bcedex\b(\s*\d+)?/g, " ")
    .replace(/\s+(\d{1,2})\s*(e|er|eme|ieme)?(\s+arrondissement|\s+arrt?)?\s*$/g, " ")
    .replace(/\s+arrondissement\s*$/g, " ")
    .replace(/\bste\b/g, "sainte")
    .replace(/\bst\b/g, "saint")
    .replace(/\s+/g, " ")
    .trim();
}
