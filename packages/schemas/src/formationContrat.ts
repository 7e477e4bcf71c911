import { z } from "zod";
import { champCode } from "./champs/champCode.js";
import { champDate } from "./champs/champDate.js";
import { champNombre } from "./champs/champNombre.js";
import { champTexte } from "./champs/champTexte.js";
import { codesCerfa } from "./codes/codesCerfa.js";
import { avecAlias } from "./normalisation/avecAlias.js";
import { normaliserRncp } from "./normalisation/normaliserRncp.js";

/**
 * Bloc « formation » du contrat (`contrat.md` §2.6), au chemin `formation`. Le code RNCP
 * et le CFD restent des textes (contrôlés par R-RNCP et R-CFD) ; en entrée ils sont mis
 * en majuscules sans espaces, et `intituleOuQualification` (DECA) est lu comme
 * `intituleQualification`.
 *
 * @example
 * ```ts
 * const formation: FormationContrat = {
 *   rncp: "RNCP37537", codeDiplome: "50022137", typeDiplome: "33",
 *   dateDebutFormation: "2025-09-08", dateFinFormation: "2027-06-30", dureeFormation: 800,
 * };
 * schemaFormationContrat.parse(formation);
 * ```
 */
export const schemaFormationContrat = avecAlias(
  z
    .strictObject({
      rncp: champTexte("Code RNCP (RNCP + 3 à 5 chiffres)", { majuscules: true, sansEspaces: true, normaliser: normaliserRncp }).optional(),
      codeDiplome: champTexte("Code formation diplôme (CFD, 8 caractères)", { majuscules: true, sansEspaces: true }).optional(),
      typeDiplome: champCode("Diplôme ou titre visé", codesCerfa.diplome).optional(),
      intituleQualification: champTexte("Intitulé précis du diplôme ou titre visé", {}, 255).optional(),
      dateDebutFormation: champDate("Date de début du cycle de formation théorique").optional(),
      dateFinFormation: champDate("Date prévue de fin des épreuves ou examens").optional(),
      dureeFormation: champNombre("Durée de la formation (heures)", { min: 0, entier: true }).optional(),
      dureeFormationCalc: champNombre("Durée de la formation en mois (calculée, [Pub])", { min: 0 }).optional(),
      nombreHeuresEnDistanciel: champNombre("Dont heures en distanciel", { min: 0 }).optional(),
      dateObtentionDiplome: champDate("Date d'obtention du diplôme ([Pub])").optional(),
    })
    .meta({ title: "FormationContrat", description: "Formation préparée (CERFA FA13, cadre « La formation »)" }),
  { intituleOuQualification: "intituleQualification" },
);

/** Formation du contrat (voir {@link schemaFormationContrat}). @example `const f: FormationContrat = { rncp: "RNCP37537" };` */
export type FormationContrat = z.infer<typeof schemaFormationContrat>;
