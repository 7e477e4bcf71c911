import type { Provenance } from "@communs-opco/formulaire";

function dateFr(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m === null ? iso : `${m[3]}/${m[2]}/${m[1]}`;
}

/**
 * Provenance d'une valeur du formulaire, en clair pour l'utilisateur (et les lecteurs d'écran).
 *
 * @example
 * ```ts
 * libelleProvenance("referentiel:Kit apprentissage", "2025-01-31"); // "Source : référentiel Kit apprentissage (données du 31/01/2025)"
 * ```
 */
export function libelleProvenance(provenance: Provenance, date: string | null): string {
  const quand = date === null ? "" : ` (données du ${dateFr(date)})`;
  if (provenance === "saisie") return "Source : saisie";
  if (provenance.startsWith("profil:")) return `Source : profil « ${provenance.slice(7)} »${date === null ? "" : ` (mis à jour le ${dateFr(date)})`}`;
  if (provenance.startsWith("referentiel:")) return `Source : référentiel ${provenance.slice(12)}${quand}`;
  return `Source : déduit automatiquement (${provenance.slice(10)})`;
}
