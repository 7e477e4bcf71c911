import { communesDuCodePostal } from "@communs-opco/regles";
import type { CommunesPort, ReponsePort } from "./PortReferentielFormulaire";

const SOURCE = { nom: "Codes postaux (@etalab/decoupage-administratif)", date: null };

/**
 * Communes d'un code postal d'après la base embarquée de `@communs-opco/regles`
 * (`@etalab/decoupage-administratif`), sans réseau : `absent` pour un code inconnu (CEDEX compris).
 *
 * @example
 * ```ts
 * const r = await communesEmbarquees("97600");
 * if (r.statut === "trouve") r.valeur.departements; // ["976"]
 * ```
 */
export async function communesEmbarquees(codePostal: string): Promise<ReponsePort<CommunesPort>> {
  const c = communesDuCodePostal(codePostal);
  if (c === undefined) return { statut: "absent", raison: `code postal ${codePostal} inconnu de la base des codes postaux`, source: SOURCE };
  return { statut: "trouve", valeur: c, source: SOURCE };
}
