import type { ProfilRecurrent } from "@communs-opco/formulaire";

/**
 * Vrai si la valeur (lue d'un fichier importé, donc hostile) est un profil récurrent
 * `{ nom, type: employeur|maitre|cfa, miseAJour, champs }` aux champs scalaires.
 *
 * @example
 * ```ts
 * estProfilRecurrent({ nom: "Boulangerie", type: "employeur", miseAJour: null, champs: { siret: "80123456700015" } }); // true
 * ```
 */
export function estProfilRecurrent(x: unknown): x is ProfilRecurrent {
  if (typeof x !== "object" || x === null) return false;
  const p = x as Record<string, unknown>;
  if (typeof p.nom !== "string" || p.nom.trim() === "" || p.nom.length > 200) return false;
  if (p.type !== "employeur" && p.type !== "maitre" && p.type !== "cfa") return false;
  if (p.miseAJour !== null && typeof p.miseAJour !== "string") return false;
  if (typeof p.champs !== "object" || p.champs === null || Array.isArray(p.champs)) return false;
  const champs = Object.entries(p.champs as Record<string, unknown>);
  return champs.length <= 200 && champs.every(([c, v]) => /^[A-Za-z0-9.]{1,100}$/.test(c) && (v === null || ["string", "number", "boolean"].includes(typeof v)));
}
