import type { Parametre } from "./Parametre";
import { valeursSmic } from "./valeursSmic";

/**
 * SMIC horaire brut en France métropolitaine (et départements d'outre-mer hors Mayotte), de 2018
 * au 1er juin 2026 : chaque revalorisation du 1er janvier et chaque revalorisation automatique en
 * cours d'année (2021-10-01, 2022-05-01, 2022-08-01, 2023-05-01, 2024-11-01, 2026-06-01). Aucune
 * revalorisation en 2025.
 *
 * @example
 * ```ts
 * import { smicHoraireMetropole, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(smicHoraireMetropole, "2025-12-31")?.valeur; // 11.88
 * valeurParametre(smicHoraireMetropole, "2026-01-01")?.valeur; // 12.02
 * ```
 */
export const smicHoraireMetropole: Parametre<number> = {
  id: "smic.horaire.metropole",
  titre: "SMIC horaire brut (métropole)",
  description:
    "Salaire minimum interprofessionnel de croissance, montant brut par heure, en France métropolitaine et dans les départements d'outre-mer autres que Mayotte (C. trav. L3231-2 et suivants).",
  unite: "EUR/heure",
  valeurs: valeursSmic(
    [
      { dateEffet: "2018-01-01", montant: 9.88 },
      { dateEffet: "2019-01-01", montant: 10.03 },
      { dateEffet: "2020-01-01", montant: 10.15 },
      { dateEffet: "2021-01-01", montant: 10.25 },
      { dateEffet: "2021-10-01", montant: 10.48 },
      { dateEffet: "2022-01-01", montant: 10.57 },
      { dateEffet: "2022-05-01", montant: 10.85 },
      { dateEffet: "2022-08-01", montant: 11.07 },
      { dateEffet: "2023-01-01", montant: 11.27 },
      { dateEffet: "2023-05-01", montant: 11.52 },
      { dateEffet: "2024-01-01", montant: 11.65 },
      { dateEffet: "2024-11-01", montant: 11.88 },
      { dateEffet: "2026-01-01", montant: 12.02 },
      { dateEffet: "2026-06-01", montant: 12.31 },
    ],
    { statutMinimal: "verifie" },
  ),
};
