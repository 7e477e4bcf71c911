import type { ReferenceJuridique } from "@communs-opco/parametres";

/**
 * Références des valeurs de configuration reprises du code source public de La bonne alternance
 * et de La bonne boîte (ce ne sont pas des valeurs légales : ce sont des règles de fonctionnement
 * de ces services, relevées dans leur code).
 *
 * @example
 * ```ts
 * sourcesLba.cycleVieOffres.titre; // "La bonne alternance, …"
 * ```
 */
export const sourcesLba = {
  cycleVieOffres: {
    titre: "La bonne alternance, dépôt mission-apprentissage/labonnealternance (commit b632524 du 2026-08-22) : server/src/jobs/jobs.ts, server/src/services/formulaire.service.ts",
    url: "https://github.com/mission-apprentissage/labonnealternance",
  },
  specificationLba: {
    titre: "Communs OPCO, packages/lba/README.md, section « Cycle de vie des offres »",
    url: "https://github.com/communs-opco/communs-opco/blob/main/packages/lba/README.md#cycle-de-vie-des-offres",
  },
  scoringLaBonneBoite: {
    titre: "La bonne boîte, dépôt StartupsPoleEmploi/labonneboite : labonneboite/common/scoring.py, labonneboite/importer/compute_score.py",
    url: "https://github.com/StartupsPoleEmploi/labonneboite",
  },
  specificationAlgorithme: {
    titre: "Communs OPCO, packages/lba/README.md, section « Ciblage prédictif »",
    url: "https://github.com/communs-opco/communs-opco/blob/main/packages/lba/README.md#ciblage-prédictif",
  },
} as const satisfies Record<string, ReferenceJuridique>;
