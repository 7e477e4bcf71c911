import type { CapaciteOpco, NomCapacite } from "./CapaciteOpco";
import type { CritereMaturite } from "./ClassementMaturite";

const ETATS: Readonly<Record<CapaciteOpco["etat"], string>> = {
  production: "en production",
  recette: "en recette",
  developpement: "en développement",
  absent: "absente",
};

/**
 * Évalue une capacité d'une matrice à une date (`AAAA-MM-JJ`), sans horloge : la date est une
 * entrée.
 *
 * @example
 * ```ts
 * evaluerCritere(afdas.capacites, "certificats", 4, "2025-09-01").statut; // "non_rempli" (en production depuis le 2025-10-20)
 * ```
 */
export function evaluerCritere(capacites: readonly CapaciteOpco[], capacite: NomCapacite, niveau: 1 | 2 | 3 | 4, date: string): CritereMaturite {
  const fait = capacites.find((c) => c.capacite === capacite);
  if (fait === undefined) return { capacite, niveau, statut: "indetermine", raison: "capacité absente de la matrice", fait: null };
  if (!fait.disponible || fait.etat !== "production") {
    const prevu = fait.prevu === undefined ? "" : ` (prévue : ${fait.prevu})`;
    return { capacite, niveau, statut: "non_rempli", raison: `${ETATS[fait.etat]} au ${fait.constateLe}${prevu}`, fait };
  }
  if (fait.depuis !== undefined) {
    return date >= fait.depuis
      ? { capacite, niveau, statut: "rempli", raison: `en production depuis le ${fait.depuis}`, fait }
      : { capacite, niveau, statut: "non_rempli", raison: `en production seulement depuis le ${fait.depuis}`, fait };
  }
  return date >= fait.constateLe
    ? { capacite, niveau, statut: "rempli", raison: `en production au ${fait.constateLe}`, fait }
    : { capacite, niveau, statut: "indetermine", raison: `constatée en production le ${fait.constateLe}, date de mise en production inconnue`, fait };
}
