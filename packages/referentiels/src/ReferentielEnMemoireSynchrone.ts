import type { Referentiel } from "./Referentiel";

/**
 * Port {@link Referentiel} **en mémoire**, sans promesse : chaque méthode rend directement sa
 * réponse (`trouve`, `absent`, `indetermine`, `indisponible`). C'est la forme que prend un
 * référentiel hors ligne (`ReferentielHorsLigne.enMemoire`) pour l'évaluation synchrone des
 * vérifications avant paiement (`evaluerReglesEnMemoire`, `avantPaiementEnMemoire`).
 *
 * @example
 * ```ts
 * const referentiel: ReferentielEnMemoireSynchrone = new ReferentielHorsLigne(await chargerInstantaneEmbarque()).enMemoire;
 * referentiel.organisme("13000492600015").statut; // "trouve", sans await
 * ```
 */
export type ReferentielEnMemoireSynchrone = { readonly nom: string } & {
  [M in Exclude<keyof Referentiel, "nom" | "capacites">]-?: Referentiel[M] extends (...args: infer A) => Promise<infer R> ? (...args: A) => R : never;
};
