import type { Parametre } from "./Parametre";
import { valeursSmic } from "./valeursSmic";

/**
 * SMIC mensuel brut pour 35 heures applicable à Mayotte (département 976), base de la grille de
 * rémunération des apprentis quand l'employeur est à Mayotte. Montants 2018-2024 de l'application
 * de référence ; 2026 calculés (horaire × 35 × 52 / 12). Statut `a_verifier` pour toutes les valeurs.
 *
 * @example
 * ```ts
 * import { smicMensuelMayotte, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(smicMensuelMayotte, "2024-09-01")?.valeur; // 1334.67
 * ```
 */
export const smicMensuelMayotte: Parametre<number> = {
  id: "smic.mensuel.mayotte",
  titre: "SMIC mensuel brut 35 h (Mayotte)",
  description:
    "Montant mensuel brut du SMIC pour 35 heures hebdomadaires applicable à Mayotte (département 976).",
  unite: "EUR/mois",
  valeurs: valeursSmic(
    [
      { dateEffet: "2018-01-01", montant: 1131.43 },
      { dateEffet: "2019-01-01", montant: 1148.12 },
      { dateEffet: "2020-01-01", montant: 1161.77 },
      {
        dateEffet: "2021-01-01",
        montant: 1173.27,
        reserve: "Montant de l'application de référence ; horaire × 35 × 52 / 12 donne 1 173,90 € (à vérifier).",
      },
      {
        dateEffet: "2021-10-01",
        montant: 1199.08,
        reserve: "Montant de l'application de référence ; horaire × 35 × 52 / 12 donne 1 199,68 € (à vérifier).",
      },
      { dateEffet: "2022-01-01", montant: 1210.3 },
      { dateEffet: "2022-05-01", montant: 1242.15 },
      { dateEffet: "2022-08-01", montant: 1266.42 },
      { dateEffet: "2023-01-01", montant: 1290.68 },
      { dateEffet: "2023-05-01", montant: 1319.5 },
      { dateEffet: "2024-01-01", montant: 1334.67 },
      { dateEffet: "2024-11-01", montant: 1361.97 },
      {
        dateEffet: "2026-01-01",
        montant: 1415.05,
        reserve: "Montant calculé (horaire × 35 × 52 / 12), à vérifier contre la valeur publiée.",
      },
      {
        dateEffet: "2026-06-01",
        montant: 1449.93,
        reserve: "Montant calculé (horaire × 35 × 52 / 12), à vérifier contre la valeur publiée.",
      },
    ],
    { statutMinimal: "a_verifier", notes: "Références des textes nationaux à vérifier pour Mayotte." },
  ),
};
