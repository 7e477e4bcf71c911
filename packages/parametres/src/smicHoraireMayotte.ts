import type { Parametre } from "./Parametre";
import { valeursSmic } from "./valeursSmic";

/**
 * SMIC horaire brut applicable à Mayotte (département 976), de 2018 au 1er juin 2026. Les
 * références sont les textes de revalorisation nationaux de même date d'effet ; la spécification
 * les signale à vérifier pour Mayotte, toutes les valeurs ont donc le statut `a_verifier`.
 *
 * @example
 * ```ts
 * import { smicHoraireMayotte, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(smicHoraireMayotte, "2026-01-01")?.valeur; // 9.33
 * ```
 */
export const smicHoraireMayotte: Parametre<number> = {
  id: "smic.horaire.mayotte",
  titre: "SMIC horaire brut (Mayotte)",
  description: "Salaire minimum de croissance, montant brut par heure, applicable à Mayotte (département 976).",
  unite: "EUR/heure",
  valeurs: valeursSmic(
    [
      { dateEffet: "2018-01-01", montant: 7.46 },
      { dateEffet: "2019-01-01", montant: 7.57 },
      { dateEffet: "2020-01-01", montant: 7.66 },
      { dateEffet: "2021-01-01", montant: 7.74 },
      { dateEffet: "2021-10-01", montant: 7.91 },
      { dateEffet: "2022-01-01", montant: 7.98 },
      { dateEffet: "2022-05-01", montant: 8.19 },
      { dateEffet: "2022-08-01", montant: 8.35 },
      { dateEffet: "2023-01-01", montant: 8.51 },
      { dateEffet: "2023-05-01", montant: 8.7 },
      { dateEffet: "2024-01-01", montant: 8.8 },
      { dateEffet: "2024-11-01", montant: 8.98 },
      { dateEffet: "2026-01-01", montant: 9.33 },
      { dateEffet: "2026-06-01", montant: 9.56 },
    ],
    {
      statutMinimal: "a_verifier",
      notes:
        "Montants horaires 2018-2020 issus de l'application de référence, à partir de 2021 des règles mon-entreprise ; références des textes nationaux à vérifier pour Mayotte.",
    },
  ),
};
