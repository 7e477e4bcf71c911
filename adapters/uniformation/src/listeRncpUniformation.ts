// Généré à partir de data/uniformation.csv (copie de shared/data/opco-rncp/uniformation.csv) ; le test vérifie la concordance.
import type { ListeRncpOpco } from "@communs-opco/adaptateur-api-convergence";

/**
 * Liste des certifications RNCP transmise par Uniformation au Tableau de bord de l'apprentissage
 * (53 codes, fichier `uniformation.csv` de `mission-apprentissage/flux-retour-cfas`, licence MIT).
 *
 * @example
 * ```ts
 * listeRncpUniformation.codes.includes("RNCP28048"); // true
 * ```
 */
export const listeRncpUniformation: ListeRncpOpco = {
  fichier: "uniformation.csv",
  source: "mission-apprentissage/flux-retour-cfas, server/static/opcos/uniformation.csv",
  licence: "MIT (dépôt source) ; liste transmise par l'OPCO au Tableau de bord, non publiée en open data",
  remarque: "« rncp_opco_uniformation.csv » transmis par Uniformation.",
  codes: [
    "RNCP28048",
    "RNCP28557",
    "RNCP32369",
    "RNCP35832",
    "RNCP14922",
    "RNCP38565",
    "RNCP28573",
    "RNCP38662",
    "RNCP37722",
    "RNCP36004",
    "RNCP4900",
    "RNCP37715",
    "RNCP37191",
    "RNCP35830",
    "RNCP37274",
    "RNCP36939",
    "RNCP37679",
    "RNCP36939",
    "RNCP35512",
    "RNCP38360",
    "RNCP36938",
    "RNCP37679",
    "RNCP37678",
    "RNCP492",
    "RNCP37715",
    "RNCP36788",
    "RNCP30157",
    "RNCP36938",
    "RNCP38274",
    "RNCP37676",
    "RNCP36241",
    "RNCP38380",
    "RNCP35993",
    "RNCP36073",
    "RNCP36788",
    "RNCP4503",
    "RNCP35590",
    "RNCP32360",
    "RNCP38368",
    "RNCP35521",
    "RNCP34350",
    "RNCP37198",
    "RNCP35924",
    "RNCP35585",
    "RNCP38364",
    "RNCP36804",
    "RNCP38504",
    "RNCP35377",
    "RNCP35340",
    "RNCP35526",
    "RNCP35030",
    "RNCP34000",
    "RNCP35907",
  ],
};
