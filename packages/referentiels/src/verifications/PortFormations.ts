import type { Referentiel, ReponseReferentiel } from "../Referentiel";
import type { FormationCatalogue } from "./FormationCatalogue";
import type { PortGeographie } from "./PortGeographie";

/**
 * Port du catalogue des formations en apprentissage, lu par les vérifications avant paiement
 * PP-FORMATION, PP-LIEU et PP-CROSS. Une réponse `indisponible` (catalogue injoignable, client non
 * configuré) rend ces vérifications indéterminées, jamais conformes.
 *
 * @example
 * ```ts
 * const formations: PortFormations = portFormationsApiApprentissage(creerClientApiApprentissage({ cleApi }));
 * const r = await formations.rechercher({ rncp: "RNCP35340" });
 * ```
 */
export interface PortFormations {
  /** Formations préparant une certification RNCP (archivées comprises). */
  rechercher(criteres: { rncp: string }): Promise<ReponseReferentiel<FormationCatalogue[]>>;
}

/**
 * Ports des vérifications avant paiement : le port `Referentiel` (hors ligne, en ligne ou mixte)
 * et, pour les vérifications sur l'offre de formation, le catalogue des formations.
 *
 * @example
 * ```ts
 * const ports: PortsPrepaiement = { referentiel: referentielMixte(horsLigne, enLigne), formations };
 * ```
 */
export interface PortsPrepaiement {
  referentiel: Referentiel;
  formations: PortFormations;
  /** Cohérence code postal ↔ commune du lieu de formation (PP-LIEU), facultatif. */
  geographie?: PortGeographie;
}
