import type { ConventionDares } from "../importeurs/importerDaresCcn";
import type { ConventionKali } from "../importeurs/importerKali";
import type { CertificationOpco } from "../importeurs/importerOpcoRncp";
import type { CorrespondanceCfdRncp } from "../importeurs/importerKit";
import type { DiplomeBcn } from "../importeurs/importerBcn";
import type { EtablissementUai } from "../importeurs/importerAcce";
import type { FicheRncp } from "../importeurs/importerFranceCompetences";
import type { OrganismeFormation } from "../importeurs/importerOrganismes";
import type { PassageApeIdcc } from "../importeurs/importerDaresApeIdcc";
import type { RattachementIdccOpco } from "../importeurs/importerIdccOpco";
import type { StatistiquesImport } from "../importeurs/ResultatImport";
import type { CorrespondanceCpneIdcc } from "../npec/CorrespondanceCpneIdcc";
import type { EditionNpec } from "../npec/EditionNpec";
import type { ValeurNpec } from "../npec/ValeurNpec";
import type { CouvertureSource } from "./CouvertureSource";
import type { TypeSource } from "./TypeSource";

/**
 * Version courante du format d'instantané.
 *
 * @example
 * ```ts
 * VERSION_INSTANTANE; // 1
 * ```
 */
export const VERSION_INSTANTANE = 1;

/**
 * Un fichier source intégré à l'instantané, avec sa provenance.
 *
 * @example
 * ```ts
 * const s: SourceInstantane = {
 *   type: "kit", fichier: "Kit_apprentissage_20250131.xlsx", importeLe: "2026-11-26T21:00:00.000Z", dateDonnees: "2025-01-31",
 *   editeur: "Certif Info", licence: "Licence Ouverte / Etalab 2.0",
 *   statistiques: { lignesLues: 6822, lignesRetenues: 6791, lignesRejetees: 31, lignesIgnorees: 0, enregistrements: 6791 },
 *   couverture: "complete",
 * };
 * ```
 */
export interface SourceInstantane {
  type: TypeSource;
  fichier: string;
  /** Date-heure d'import (ISO), fournie par l'appelant. */
  importeLe: string;
  /** Date des données quand le fichier la donne (date d'export, d'édition), sinon `null`. */
  dateDonnees: string | null;
  editeur: string;
  licence: string;
  statistiques: StatistiquesImport;
  /**
   * Couverture du fichier : `extrait` pour un échantillon (une clé absente ne prouve rien),
   * `complete` ou absent pour le fichier complet (valeur par défaut, instantanés anciens compris).
   */
  couverture?: CouvertureSource;
}

/**
 * Instantané hors ligne des référentiels : un document JSON versionné (écrit compressé en gzip),
 * construit à partir des fichiers open data. Chaque section est remplacée par un nouvel import de
 * son type, sauf le NPEC (une édition par fichier, historique conservé) et les listes RNCP des
 * OPCO (une liste par OPCO).
 *
 * @example
 * ```ts
 * const i: Instantane = await chargerInstantaneEmbarque();
 * i.npec.valeurs.length;
 * ```
 */
export interface Instantane {
  format: "communs-opco/instantane-referentiels";
  version: typeof VERSION_INSTANTANE;
  /** Date-heure de (re)construction (ISO), fournie par l'appelant. */
  construitLe: string;
  sources: SourceInstantane[];
  npec: { editions: EditionNpec[]; valeurs: ValeurNpec[]; correspondances: CorrespondanceCpneIdcc[] };
  fichesRncp: FicheRncp[];
  diplomes: DiplomeBcn[];
  cfdRncp: CorrespondanceCfdRncp[];
  conventionsKali: ConventionKali[];
  conventionsDares: ConventionDares[];
  apeIdcc: PassageApeIdcc[];
  etablissementsUai: EtablissementUai[];
  organismes: OrganismeFormation[];
  opcoRncp: CertificationOpco[];
  idccOpco: RattachementIdccOpco[];
}
