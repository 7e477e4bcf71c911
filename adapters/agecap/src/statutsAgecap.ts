/**
 * Statuts AGECAP (WS03 `changementStatut`, `opco-echanges.md` §4.3) et état standard
 * correspondant (§7.1).
 *
 * @example
 * ```ts
 * statutsAgecap["Non déposable"]; // "REFUSE"
 * ```
 */
export const statutsAgecap = {
  "Transmis au gestionnaire": "TRANSMIS",
  "En cours d'instruction": "EN_COURS_INSTRUCTION",
  "Non déposable": "REFUSE",
  "Déposé": "DEPOSE",
} as const;

/**
 * Libellé AGECAP d'un état standard, ou `undefined` si AGECAP n'a pas cet état.
 *
 * @example
 * ```ts
 * libelleStatutAgecap("DEPOSE"); // "Déposé"
 * ```
 */
export function libelleStatutAgecap(etat: unknown): string | undefined {
  return (Object.keys(statutsAgecap) as (keyof typeof statutsAgecap)[]).find((libelle) => statutsAgecap[libelle] === etat);
}
