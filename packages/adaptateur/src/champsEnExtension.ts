import { estObjet } from "./estObjet.js";

/**
 * Compte, sur des enregistrements standard lus, les champs source conservés en
 * extension (clés de `extensions` à la racine et dans `contrat.extensions`) : c'est la
 * partie observée du rapport de correspondance, à montrer à l'utilisateur pour que rien
 * ne soit perdu en silence. Résultat trié par clé.
 *
 * @example
 * ```ts
 * champsEnExtension([{ extensions: { "deca:/flag_correction": false } }, { extensions: { "deca:/flag_correction": true } }]);
 * // [{ champ: "deca:/flag_correction", occurrences: 2 }]
 * ```
 */
export function champsEnExtension(enregistrements: Iterable<unknown>): { champ: string; occurrences: number }[] {
  const comptes = new Map<string, number>();
  for (const enregistrement of enregistrements) {
    if (!estObjet(enregistrement)) continue;
    const contrat = enregistrement["contrat"];
    for (const extensions of [enregistrement["extensions"], estObjet(contrat) ? contrat["extensions"] : undefined]) {
      if (!estObjet(extensions)) continue;
      for (const cle of Object.keys(extensions)) comptes.set(cle, (comptes.get(cle) ?? 0) + 1);
    }
  }
  return [...comptes.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([champ, occurrences]) => ({ champ, occurrences }));
}
