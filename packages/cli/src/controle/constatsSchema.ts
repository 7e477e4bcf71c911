import type { Constat } from "@communs-opco/regles";
import type { AnomalieLecture } from "@communs-opco/schemas";

const REFERENCE_SCHEMA = {
  titre: "Communs OPCO, docs/schemas (modèle de données du contrat standard, schémas JSON)",
  url: "https://github.com/communs-opco/communs-opco/tree/main/docs/schemas",
} as const;

/** `invalid_type` → `invalidType` (identifiants de règle en notation pointée, sans tiret bas). */
function codeEnCamel(code: string): string {
  return code.replace(/[_-]+([a-z0-9])/gi, (_, lettre: string) => lettre.toUpperCase());
}

/**
 * Convertit les anomalies de lecture du schéma tolérant (`@communs-opco/schemas`) en constats,
 * pour que rien ne soit perdu : une erreur de forme (type, format, valeur hors liste) devient un
 * constat **bloquant** `schema.<code>` (p. ex. `schema.invalidType`) ; un champ hors standard,
 * conservé dans `extensions`, devient un constat d'**information** `schema.champHorsStandard`.
 *
 * @example
 * ```ts
 * constatsSchema([{ chemin: "apprenti.dateNaissance", code: "invalid_format", message: "Date invalide" }], "bloquant");
 * // [{ regle: "schema.invalidFormat", severite: "bloquant", statut: "non_conforme", chemins: ["apprenti.dateNaissance"], … }]
 * ```
 */
export function constatsSchema(anomalies: readonly AnomalieLecture[], severite: Constat["severite"]): Constat[] {
  return anomalies.map((a) => ({
    regle: `schema.${codeEnCamel(a.code)}`,
    severite,
    statut: "non_conforme",
    chemins: [a.chemin],
    message: a.chemin === "" ? a.message : `${a.chemin} : ${a.message}`,
    references: [REFERENCE_SCHEMA],
    parametres: [],
    details: { code: a.code },
  }));
}
