import { estObjet } from "@communs-opco/adaptateur";
import type { InfoCleApiConvergence } from "./InfoCleApiConvergence.js";
import { lireDateApiConvergence } from "./lireDateApiConvergence.js";

const JOUR_MS = 86_400_000;

/**
 * Lit la réponse de `GET /v2/cfakeyinfo` (`{ status, dateFinValidite, comment }`, forme
 * relevée dans une abstraction tierce de la norme [S]) à une date de contrôle explicite
 * (`AAAA-MM-JJ`) : `status: "error"` → clé invalide ; date de fin passée → invalide ;
 * réponse sans statut ni date lisible → indéterminé (`valide: undefined`). Ne lève jamais
 * d'exception.
 *
 * @example
 * ```ts
 * lireInfoCleApiConvergence({ status: "success", dateFinValidite: "2026-12-31", comment: null }, "2026-12-06");
 * // { valide: true, dateFinValidite: "2026-12-31", joursRestants: 25, dateControle: "2026-12-06" }
 * ```
 */
export function lireInfoCleApiConvergence(corps: unknown, dateControle: string): InfoCleApiConvergence {
  if (!estObjet(corps)) return { valide: undefined, dateControle };
  const statut = typeof corps["status"] === "string" ? corps["status"].toLowerCase() : undefined;
  const date = lireDateApiConvergence(corps["dateFinValidite"]);
  const commentaire = typeof corps["comment"] === "string" && corps["comment"] !== "" ? corps["comment"] : undefined;
  const dateFin = typeof date === "string" && /^\d{4}-\d{2}-\d{2}$/u.test(date) ? date : undefined;
  const joursRestants = dateFin === undefined ? undefined : Math.round((Date.parse(`${dateFin}T00:00:00Z`) - Date.parse(`${dateControle}T00:00:00Z`)) / JOUR_MS);
  let valide: boolean | undefined;
  if (statut === "error") valide = false;
  else if (joursRestants !== undefined && joursRestants < 0) valide = false;
  else if (statut === "success") valide = true;
  return {
    valide,
    ...(dateFin === undefined ? {} : { dateFinValidite: dateFin }),
    ...(joursRestants === undefined ? {} : { joursRestants }),
    dateControle,
    ...(commentaire === undefined ? {} : { commentaire }),
  };
}
