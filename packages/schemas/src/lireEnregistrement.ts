import { z } from "zod";

/**
 * Anomalie de lecture d'un enregistrement : chemin pointé du champ, code stable
 * (code d'anomalie zod, ou `champ_hors_standard`) et message en français.
 *
 * @example
 * ```ts
 * const e: AnomalieLecture = { chemin: "apprenti.dateNaissance", code: "invalid_format", message: "La date doit être…" };
 * ```
 */
export interface AnomalieLecture {
  readonly chemin: string;
  readonly code: string;
  readonly message: string;
}

/**
 * Résultat de la lecture d'un enregistrement : la valeur standard et ses avertissements
 * (champs hors standard conservés dans `extensions`), ou la liste des erreurs.
 *
 * @example
 * ```ts
 * const r: ResultatLecture<{ a?: string }> = { ok: true, valeur: {}, avertissements: [] };
 * ```
 */
export type ResultatLecture<T> =
  | { readonly ok: true; readonly valeur: T; readonly avertissements: readonly AnomalieLecture[] }
  | { readonly ok: false; readonly erreurs: readonly AnomalieLecture[] };

const localeFr = z.locales.fr();

/**
 * Lit des données quelconques avec un schéma d'entrée tolérant : ne lève jamais
 * d'exception, renvoie des erreurs chemin/code/message en français.
 *
 * @example
 * ```ts
 * const r = lireEnregistrement(schemaContratEntree, { apprenti: { dateNaissance: "14/03/2007" } });
 * if (r.ok) r.valeur.apprenti?.dateNaissance; // "2007-03-14"
 * ```
 */
export function lireEnregistrement<T>(schemaEntree: z.ZodType<T>, donnees: unknown): ResultatLecture<T> {
  if (typeof donnees !== "object" || donnees === null || Array.isArray(donnees)) {
    return {
      ok: false,
      erreurs: [{ chemin: "", code: "invalid_type", message: "L'enregistrement doit être un objet JSON." }],
    };
  }
  const resultat = schemaEntree.safeParse(donnees, { error: localeFr.localeError });
  if (!resultat.success) {
    return {
      ok: false,
      erreurs: resultat.error.issues.map((issue) => ({
        chemin: issue.path.map(String).join("."),
        code: issue.code,
        message: issue.message,
      })),
    };
  }
  const valeur = resultat.data;
  const extensions =
    typeof valeur === "object" && valeur !== null && "extensions" in valeur
      ? (valeur as { extensions?: Record<string, unknown> }).extensions
      : undefined;
  const avertissements = Object.keys(extensions ?? {}).map((chemin) => ({
    chemin,
    code: "champ_hors_standard",
    message: `Le champ « ${chemin} » ne fait pas partie du standard : il est conservé dans « extensions ».`,
  }));
  return { ok: true, valeur, avertissements };
}
