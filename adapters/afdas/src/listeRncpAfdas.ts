// Généré à partir de data/afdas.csv (copie de shared/data/opco-rncp/afdas.csv) ; le test vérifie la concordance.
import type { ListeRncpOpco } from "@communs-opco/adaptateur-api-convergence";

/**
 * Liste des certifications RNCP transmise par AFDAS au Tableau de bord de l'apprentissage
 * (44 codes, fichier `afdas.csv` de `mission-apprentissage/flux-retour-cfas`, licence MIT).
 *
 * @example
 * ```ts
 * listeRncpAfdas.codes.includes("RNCP17282"); // true
 * ```
 */
export const listeRncpAfdas: ListeRncpOpco = {
  fichier: "afdas.csv",
  source: "mission-apprentissage/flux-retour-cfas, server/static/opcos/afdas.csv",
  licence: "MIT (dépôt source) ; liste transmise par l'OPCO au Tableau de bord, non publiée en open data",
  remarque: "« Top 45 des certifications Capp 2023.xlsx » transmis par l'AFDAS.",
  codes: [
    "RNCP17282",
    "RNCP17791",
    "RNCP28573",
    "RNCP30833",
    "RNCP31496",
    "RNCP31885",
    "RNCP31916",
    "RNCP31923",
    "RNCP31993",
    "RNCP32170",
    "RNCP32350",
    "RNCP32360",
    "RNCP34030",
    "RNCP34031",
    "RNCP34079",
    "RNCP34317",
    "RNCP34340",
    "RNCP34806",
    "RNCP35208",
    "RNCP35280",
    "RNCP35331",
    "RNCP35357",
    "RNCP35585",
    "RNCP35613",
    "RNCP35646",
    "RNCP35760",
    "RNCP35907",
    "RNCP35924",
    "RNCP35955",
    "RNCP35960",
    "RNCP36045",
    "RNCP36590",
    "RNCP36701",
    "RNCP36731",
    "RNCP36804",
    "RNCP36982",
    "RNCP36991",
    "RNCP37006",
    "RNCP37075",
    "RNCP37077",
    "RNCP37198",
    "RNCP4863",
    "RNCP619",
    "RNCP7481",
  ],
};
