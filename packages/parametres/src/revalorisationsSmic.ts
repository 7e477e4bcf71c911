import type { ReferenceJuridique, StatutVerification } from "./Parametre";

/**
 * Un texte de revalorisation du SMIC (décret du 1er janvier ou arrêté de revalorisation
 * automatique en cours d'année) : date d'effet, référence, date de publication au JO et statut de
 * vérification de la référence.
 */
export interface RevalorisationSmic {
  /** Date d'effet `AAAA-MM-JJ` de la revalorisation. */
  dateEffet: string;
  reference: ReferenceJuridique;
  /** Date `AAAA-MM-JJ` de publication au Journal officiel. */
  publieAuJO: string;
  /** `a_verifier` quand la spécification du projet signale la référence ou la date comme à vérifier. */
  statut: StatutVerification;
  notes?: string;
}

const LEGIFRANCE_JORF = "https://www.legifrance.gouv.fr/jorf/id/";

/**
 * Les textes de revalorisation du SMIC de 2018 au 1er juin 2026, partagés par les paramètres du
 * SMIC horaire et mensuel (métropole et Mayotte). Source : tableau des revalorisations de
 * la spécification du projet (rémunération).
 *
 * @example
 * ```ts
 * import { revalorisationsSmic } from "@communs-opco/parametres";
 * revalorisationsSmic.find((r) => r.dateEffet === "2026-01-01")?.reference.titre;
 * // "Décret n° 2025-1228 du 17 décembre 2025 portant relèvement du salaire minimum de croissance"
 * ```
 */
export const revalorisationsSmic: readonly RevalorisationSmic[] = [
  {
    dateEffet: "2018-01-01",
    reference: {
      titre: "Décret n° 2017-1719 du 20 décembre 2017 portant relèvement du salaire minimum de croissance",
      identifiant: "JORFTEXT000036240563",
      url: `${LEGIFRANCE_JORF}JORFTEXT000036240563`,
    },
    publieAuJO: "2017-12-21",
    statut: "a_verifier",
    notes: "Référence absente des bases de règles consultées par la spécification (à vérifier) ; identifiant repris d'OpenFisca-France.",
  },
  {
    dateEffet: "2019-01-01",
    reference: {
      titre: "Décret n° 2018-1173 du 19 décembre 2018 portant relèvement du salaire minimum de croissance",
      url: "https://www.legifrance.gouv.fr/eli/decret/2018/12/19/2018-1173/jo/texte",
    },
    publieAuJO: "2018-12-20",
    statut: "verifie",
  },
  {
    dateEffet: "2020-01-01",
    reference: {
      titre: "Décret n° 2019-1387 du 18 décembre 2019 portant relèvement du salaire minimum de croissance",
      url: "https://www.legifrance.gouv.fr/eli/decret/2019/12/18/MTRX1933646D/jo/texte",
    },
    publieAuJO: "2019-12-19",
    statut: "verifie",
  },
  {
    dateEffet: "2021-01-01",
    reference: {
      titre: "Décret n° 2020-1598 du 16 décembre 2020 portant relèvement du salaire minimum de croissance",
      identifiant: "JORFTEXT000042677359",
      url: `${LEGIFRANCE_JORF}JORFTEXT000042677359`,
    },
    publieAuJO: "2020-12-17",
    statut: "verifie",
  },
  {
    dateEffet: "2021-10-01",
    reference: {
      titre: "Arrêté du 27 septembre 2021 relatif au relèvement du salaire minimum de croissance",
      identifiant: "JORFTEXT000044126026",
      url: `${LEGIFRANCE_JORF}JORFTEXT000044126026`,
    },
    publieAuJO: "2021-09-30",
    statut: "verifie",
  },
  {
    dateEffet: "2022-01-01",
    reference: {
      titre: "Décret n° 2021-1741 du 22 décembre 2021 portant relèvement du salaire minimum de croissance",
      identifiant: "JORFTEXT000044546647",
      url: `${LEGIFRANCE_JORF}JORFTEXT000044546647`,
    },
    publieAuJO: "2021-12-22",
    statut: "verifie",
  },
  {
    dateEffet: "2022-05-01",
    reference: {
      titre: "Arrêté relatif au relèvement du salaire minimum de croissance (revalorisation automatique du 1er mai 2022)",
      identifiant: "JORFTEXT000045602317",
      url: `${LEGIFRANCE_JORF}JORFTEXT000045602317`,
    },
    publieAuJO: "2022-04-20",
    statut: "a_verifier",
    notes:
      "OpenFisca-France date l'arrêté du 19/05/2022 alors que la publication au JO relevée par l'application de référence est du 20/04/2022 : l'arrêté est probablement du 19/04/2022 (à vérifier).",
  },
  {
    dateEffet: "2022-08-01",
    reference: {
      titre: "Arrêté du 29 juillet 2022 relatif au relèvement du salaire minimum de croissance",
      identifiant: "JORFTEXT000046113517",
      url: `${LEGIFRANCE_JORF}JORFTEXT000046113517`,
    },
    publieAuJO: "2022-07-29",
    statut: "a_verifier",
    notes: "Date de publication au JO à vérifier (spécification du projet).",
  },
  {
    dateEffet: "2023-01-01",
    reference: {
      titre: "Décret n° 2022-1608 du 22 décembre 2022 portant relèvement du salaire minimum de croissance",
      url: "https://www.legifrance.gouv.fr/eli/decret/2022/12/22/2022-1608/jo/texte",
    },
    publieAuJO: "2022-12-23",
    statut: "verifie",
  },
  {
    dateEffet: "2023-05-01",
    reference: {
      titre: "Arrêté du 26 avril 2023 relatif au relèvement du salaire minimum de croissance",
      identifiant: "JORFTEXT000047495817",
      url: `${LEGIFRANCE_JORF}JORFTEXT000047495817`,
    },
    publieAuJO: "2023-04-27",
    statut: "verifie",
  },
  {
    dateEffet: "2024-01-01",
    reference: {
      titre: "Décret n° 2023-1216 du 20 décembre 2023 portant relèvement du salaire minimum de croissance",
      url: "https://www.legifrance.gouv.fr/eli/decret/2023/12/20/2023-1216/jo/texte",
    },
    publieAuJO: "2023-12-21",
    statut: "verifie",
  },
  {
    dateEffet: "2024-11-01",
    reference: {
      titre: "Décret n° 2024-951 du 23 octobre 2024 portant relèvement du salaire minimum de croissance",
      url: "https://www.legifrance.gouv.fr/eli/decret/2024/10/23/2024-951/jo/texte",
    },
    publieAuJO: "2024-10-24",
    statut: "verifie",
    notes: "Aucune revalorisation en 2025 : cette valeur s'applique jusqu'au 31/12/2025.",
  },
  {
    dateEffet: "2026-01-01",
    reference: {
      titre: "Décret n° 2025-1228 du 17 décembre 2025 portant relèvement du salaire minimum de croissance",
      identifiant: "JORFTEXT000053042520",
      url: `${LEGIFRANCE_JORF}JORFTEXT000053042520`,
    },
    publieAuJO: "2025-12-18",
    statut: "verifie",
  },
  {
    dateEffet: "2026-06-01",
    reference: {
      titre: "Arrêté du 22 mai 2026 relatif au relèvement du salaire minimum de croissance",
      identifiant: "JORFTEXT000054126589",
      url: `${LEGIFRANCE_JORF}JORFTEXT000054126589`,
    },
    publieAuJO: "2026-05-24",
    statut: "a_verifier",
    notes:
      "Revalorisation automatique en cours d'année ; texte récent à vérifier sur Légifrance avant d'en faire une valeur par défaut (spécification du projet).",
  },
];
