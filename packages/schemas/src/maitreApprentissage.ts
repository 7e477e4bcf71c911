import { z } from "zod";
import { champBooleen } from "./champs/champBooleen.js";
import { champCode } from "./champs/champCode.js";
import { champDate } from "./champs/champDate.js";
import { champTexte } from "./champs/champTexte.js";
import { codesCerfa } from "./codes/codesCerfa.js";

/**
 * Maître d'apprentissage (`contrat.md` §2.4), aux chemins `maitre1` et `maitre2`.
 * `attestationEligibilite` n'a de sens que pour `maitre1` (attestation de l'employeur).
 *
 * @example
 * ```ts
 * const maitre: MaitreApprentissage = { nom: "MARTIN", prenom: "Paul", dateNaissance: "1978-05-02", niveauDiplome: "3" };
 * schemaMaitreApprentissage.parse(maitre);
 * ```
 */
export const schemaMaitreApprentissage = z
  .strictObject({
    nom: champTexte("Nom de naissance", {}, 80).optional(),
    prenom: champTexte("Prénom", {}, 80).optional(),
    dateNaissance: champDate("Date de naissance").optional(),
    nir: champTexte("NIR (CERFA *10 et suivants) — donnée sensible", { majuscules: true, sansEspaces: true }).optional(),
    courriel: champTexte("Courriel").optional(),
    emploiOccupe: champTexte("Emploi occupé").optional(),
    diplome: champTexte("Intitulé du diplôme ou titre le plus élevé obtenu").optional(),
    niveauDiplome: champCode("Niveau de diplôme ou titre le plus élevé obtenu", codesCerfa.niveauDiplomeMaitre).optional(),
    attestationEligibilite: champBooleen("L'employeur atteste sur l'honneur que le maître d'apprentissage répond à l'ensemble des critères d'éligibilité (maitre1)").optional(),
  })
  .meta({ title: "MaitreApprentissage", description: "Maître d'apprentissage" });

/** Maître d'apprentissage (voir {@link schemaMaitreApprentissage}). @example `const m: MaitreApprentissage = { nom: "MARTIN" };` */
export type MaitreApprentissage = z.infer<typeof schemaMaitreApprentissage>;
