import { z } from "zod";
import type { ResultatIdentifiant } from "./ResultatIdentifiant";

/**
 * Construit un schéma zod normalisant à partir d'une fonction de contrôle : la sortie du schéma
 * est la valeur normalisée ; en cas d'échec, chaque erreur devient une issue zod `custom`
 * portant le message français et, dans `params.code`, le code stable de l'erreur.
 *
 * @example
 * ```ts
 * const schema = creerSchemaIdentifiant(verifierSiret);
 * schema.parse(" 356 000 000 09075 "); // "35600000009075"
 * schema.safeParse("35600000009090").error?.issues[0]?.message; // "la clé de contrôle est incorrecte"
 * ```
 */
export function creerSchemaIdentifiant(verifier: (valeur: string) => ResultatIdentifiant) {
  return z.string().transform((valeur, contexte) => {
    const resultat = verifier(valeur);
    if (resultat.valide) return resultat.normalise;
    for (const erreur of resultat.erreurs) {
      contexte.addIssue({ code: "custom", message: erreur.message, params: { code: erreur.code }, input: valeur });
    }
    return z.NEVER;
  });
}
