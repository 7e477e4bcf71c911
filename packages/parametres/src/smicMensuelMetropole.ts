import type { Parametre } from "./Parametre";
import { valeursSmic } from "./valeursSmic";

/**
 * SMIC mensuel brut pour 35 heures hebdomadaires en France métropolitaine, tel que publié :
 * horaire × 35 × 52 / 12 (soit 151,666… heures) arrondi au centime. La valeur publiée est
 * stockée telle quelle, jamais recalculée (12,02 × 151,67 donnerait 1 823,07 au lieu de 1 823,03).
 *
 * @example
 * ```ts
 * import { smicMensuelMetropole, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(smicMensuelMetropole, "2024-09-01")?.valeur; // 1766.92
 * valeurParametre(smicMensuelMetropole, "2026-01-01")?.valeur; // 1823.03
 * ```
 */
export const smicMensuelMetropole: Parametre<number> = {
  id: "smic.mensuel.metropole",
  titre: "SMIC mensuel brut 35 h (métropole)",
  description:
    "Montant mensuel brut du SMIC pour la durée légale de 35 heures hebdomadaires (151,67 heures par mois, C. trav. L3121-27), en France métropolitaine et dans les départements d'outre-mer autres que Mayotte. Base de la grille de rémunération des apprentis.",
  unite: "EUR/mois",
  valeurs: valeursSmic(
    [
      { dateEffet: "2018-01-01", montant: 1498.47 },
      { dateEffet: "2019-01-01", montant: 1521.22 },
      { dateEffet: "2020-01-01", montant: 1539.42 },
      { dateEffet: "2021-01-01", montant: 1554.58 },
      { dateEffet: "2021-10-01", montant: 1589.47 },
      { dateEffet: "2022-01-01", montant: 1603.12 },
      { dateEffet: "2022-05-01", montant: 1645.58 },
      { dateEffet: "2022-08-01", montant: 1678.95 },
      { dateEffet: "2023-01-01", montant: 1709.28 },
      { dateEffet: "2023-05-01", montant: 1747.2 },
      { dateEffet: "2024-01-01", montant: 1766.92 },
      { dateEffet: "2024-11-01", montant: 1801.8 },
      { dateEffet: "2026-01-01", montant: 1823.03 },
      { dateEffet: "2026-06-01", montant: 1867.02 },
    ],
    { statutMinimal: "verifie" },
  ),
};
