import type { ReferenceJuridique } from "./Parametre";

/**
 * Référence d'un texte publié au Journal officiel (loi, décret), désigné par son adresse ELI
 * Légifrance construite à partir de sa nature, de sa date de signature et de son numéro, avec
 * l'identifiant `JORFTEXT`/`JORFARTI` quand il est connu.
 *
 * @example
 * ```ts
 * texteJournalOfficiel("decret", "2025-06-27", "2025-585", "Décret n° 2025-585 du 27 juin 2025 …").url;
 * // "https://www.legifrance.gouv.fr/eli/decret/2025/6/27/2025-585/jo/texte"
 * ```
 */
export function texteJournalOfficiel(
  nature: "loi" | "decret",
  dateSignature: string,
  numero: string,
  titre: string,
  identifiant?: string,
): ReferenceJuridique {
  const [annee, mois, jour] = dateSignature.split("-").map((x) => Number(x));
  const reference: ReferenceJuridique = {
    titre,
    url: `https://www.legifrance.gouv.fr/eli/${nature}/${annee}/${mois}/${jour}/${numero}/jo/texte`,
  };
  if (identifiant !== undefined) reference.identifiant = identifiant;
  return reference;
}
