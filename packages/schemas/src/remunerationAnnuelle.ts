import { z } from "zod";
import { champCode } from "./champs/champCode.js";
import { champDate } from "./champs/champDate.js";
import { champNombre } from "./champs/champNombre.js";
import { codesCerfa } from "./codes/codesCerfa.js";

/**
 * Une ligne de rémunération du contrat (`contrat.remunerationsAnnuelles[]`, au plus 8 :
 * « 1.1 » … « 4.2 », voir `remuneration.md` §4). `taux` est le pourcentage choisi,
 * `tauxMinimal` le pourcentage légal, `salaireBrut` le montant mensuel brut en euros.
 *
 * @example
 * ```ts
 * const ligne: RemunerationAnnuelle = {
 *   ordre: "1.1", dateDebut: "2025-09-01", dateFin: "2026-08-31",
 *   taux: 53, tauxMinimal: 53, typeSalaire: "SMIC", salaireBrut: 952.55,
 * };
 * schemaRemunerationAnnuelle.parse(ligne);
 * ```
 */
export const schemaRemunerationAnnuelle = z
  .strictObject({
    ordre: champCode("Numéro de ligne (année.période)", codesCerfa.ordreRemuneration).optional(),
    dateDebut: champDate("Début de la période").optional(),
    dateFin: champDate("Fin de la période").optional(),
    taux: champNombre("Pourcentage choisi du salaire de référence", { min: 0 }).optional(),
    tauxMinimal: champNombre("Pourcentage légal minimal", { min: 0 }).optional(),
    typeSalaire: champCode("Salaire de référence", codesCerfa.typeSalaire, { majuscules: true }).optional(),
    salaireBrut: champNombre("Salaire brut mensuel (€)", { min: 0 }).optional(),
  })
  .meta({ title: "RemunerationAnnuelle", description: "Ligne de rémunération de l'apprenti" });

/** Ligne de rémunération (voir {@link schemaRemunerationAnnuelle}). @example `const l: RemunerationAnnuelle = { ordre: "1.1", taux: 53 };` */
export type RemunerationAnnuelle = z.infer<typeof schemaRemunerationAnnuelle>;
