import type { MetadonneesFormat } from "@communs-opco/adaptateur";
import { effectifsDepuisDeca } from "@communs-opco/adaptateur-deca";
import type { Dossier } from "@communs-opco/schemas";
import { convertirEnregistrement } from "./convertirEnregistrement";

/**
 * Prépare un enregistrement lu pour l'écrivain du format cible : conversion de type
 * (contrat ↔ dossier, voir {@link convertirEnregistrement}) ; un dossier DECA vers un
 * format d'effectifs (Tableau de bord) suit le complément DECA de `indicateurs.md` §8.3
 * (un effectif par année scolaire, ou la raison du rejet). Renvoie les valeurs à écrire
 * (zéro, une ou plusieurs) ou la raison de l'échec.
 *
 * @example
 * ```ts
 * convertirPourCible({ apprenti: {} }, { typeEnregistrement: "contrat", nom: "cerfa-pdf" }, { typeEnregistrement: "dossier", nom: "deca" });
 * // { ok: true, valeurs: [{ contrat: { apprenti: {} } }] }
 * ```
 */
export function convertirPourCible(
  valeur: unknown,
  origine: Pick<MetadonneesFormat, "nom" | "typeEnregistrement">,
  cible: Pick<MetadonneesFormat, "nom" | "typeEnregistrement">,
): { readonly ok: true; readonly valeurs: readonly unknown[] } | { readonly ok: false; readonly raison: string } {
  if (origine.typeEnregistrement === "dossier" && cible.typeEnregistrement === "effectif" && origine.nom.startsWith("deca")) {
    const r = effectifsDepuisDeca(valeur as Dossier);
    return r.ok ? { ok: true, valeurs: r.effectifs } : { ok: false, raison: `pas d'effectif DECA : ${r.raison}` };
  }
  const converti = convertirEnregistrement(valeur, origine.typeEnregistrement, cible.typeEnregistrement);
  return converti === undefined
    ? { ok: false, raison: `un enregistrement « ${origine.typeEnregistrement} » ne se convertit pas en « ${cible.typeEnregistrement} »` }
    : { ok: true, valeurs: [converti] };
}
