import type { SlugOpco } from "@communs-opco/nomenclatures";

/**
 * Mode de rattachement d'un effectif à un OPCO (`indicateurs.md` §6.2) :
 * - `rncp` : la formation figure dans la liste RNCP d'un OPCO (comme le Tableau de bord ; plusieurs OPCO
 *   possibles ; inclut les apprenants sans contrat) ;
 * - `siret` : OPCO de l'employeur du contrat en cours à la date, sinon du dernier contrat commencé
 *   (apprenants avec contrat seulement) ;
 * - `idcc` : OPCO de la convention collective (IDCC) de ce même contrat.
 *
 * @example
 * ```ts
 * const mode: ModeLiaisonOpco = "idcc";
 * ```
 */
export type ModeLiaisonOpco = "rncp" | "siret" | "idcc";

/**
 * Données du rattachement OPCO, selon le mode :
 * - `rncp` : RNCP normalisé (`RNCP12345`) → OPCO (voir `construireLiaisonRncp`) ;
 * - `siret` : SIRET (14 chiffres) ou SIREN (9 chiffres, avec `cleSiren`) → OPCO (résultat d'un
 *   résolveur SIRO / CFA Dock / cache, fourni par l'appelant) ;
 * - `idcc` : fonction IDCC → OPCO (par défaut la table IDCC → OPCO de `@communs-opco/nomenclatures`).
 *
 * @example
 * ```ts
 * const liaison: LiaisonOpco = { mode: "siret", parSiret: new Map([["424761419", "akto"]]), cleSiren: true };
 * ```
 */
export interface LiaisonOpco {
  mode: ModeLiaisonOpco;
  parRncp?: ReadonlyMap<string, readonly SlugOpco[]> | undefined;
  parSiret?: ReadonlyMap<string, SlugOpco> | undefined;
  /** Rechercher `parSiret` sur le SIREN (9 premiers chiffres) plutôt que sur le SIRET. */
  cleSiren?: boolean | undefined;
  parIdcc?: ((idcc: string) => SlugOpco | undefined) | undefined;
}
