import { ajouterMois, dateDepuisJour } from "@communs-opco/dates";
import { STATUTS, type Statut } from "../statut/Statut";
import type { TableEffectifs } from "./TableEffectifs";

/**
 * Une cohorte : les entrants d'un mois et leur statut plusieurs mois après leur entrée.
 *
 * @example
 * ```ts
 * c; // { mois: "2024-09", entrants: 120, apres: { 3: { APPRENTI: 80, INSCRIT: 30, ... }, 6: {...}, 12: {...} } }
 * ```
 */
export interface Cohorte {
  mois: string;
  entrants: number;
  apres: Record<number, Record<Statut, number>>;
}

/**
 * Cohortes d'entrants : un apprenant entre le premier jour de son parcours (début de session, ou début
 * d'un contrat antérieur) ; la cohorte d'un mois réunit les entrants de ce mois, et pour chaque délai
 * (3, 6 et 12 mois par défaut) compte leur statut à la date d'entrée + délai (même quantième, ramené à
 * la fin du mois). Le dernier statut du parcours perdure après la fin de session. Les organismes non
 * fiables sont écartés ; les mois sont triés.
 *
 * @example
 * ```ts
 * cohortes(table, { delais: [3, 6, 12] });
 * ```
 */
export function cohortes(table: TableEffectifs, options: { delais?: readonly number[] | undefined; filtrerFiabilite?: boolean | undefined } = {}): Cohorte[] {
  const delais = options.delais ?? [3, 6, 12];
  const parMois = new Map<string, Cohorte>();
  const { debutsParcours, joursParcours, statutsParcours } = table;
  for (let i = 0; i < table.taille; i++) {
    if (options.filtrerFiabilite !== false && table.fiable[i] === 0) continue;
    const debut = debutsParcours[i]!;
    const fin = debutsParcours[i + 1]!;
    if (debut === fin) continue;
    const entree = joursParcours[debut]!;
    const mois = dateDepuisJour(entree).slice(0, 7);
    let c = parMois.get(mois);
    if (c === undefined) {
      c = { mois, entrants: 0, apres: {} };
      for (const d of delais) c.apres[d] = Object.fromEntries(STATUTS.map((s) => [s, 0])) as Record<Statut, number>;
      parMois.set(mois, c);
    }
    c.entrants++;
    for (const d of delais) {
      const jour = ajouterMois(entree, d);
      let k = debut;
      while (k + 1 < fin && joursParcours[k + 1]! <= jour) k++;
      c.apres[d]![STATUTS[statutsParcours[k]!]!]++;
    }
  }
  return [...parMois.values()].sort((a, b) => a.mois.localeCompare(b.mois));
}
