import { Lecture, type ContratAControler, type RegleAsynchrone } from "@communs-opco/regles";
import type { Referentiel } from "../Referentiel";
import { referencePrepaiement } from "./referencePrepaiement";
import { sansConclusion } from "./sansConclusion";

/**
 * PP-QUALIOPI — le CFA responsable est certifié Qualiopi pour les actions de formation par
 * apprentissage (Liste publique des organismes de formation, Référentiel des organismes).
 *
 * @example
 * ```ts
 * await evaluerReglesAsync([reglePrepaiementQualiopi], contrat, { dateEvaluation: "2026-11-26", ports: { referentiel } });
 * ```
 */
export const reglePrepaiementQualiopi: RegleAsynchrone<ContratAControler, { referentiel: Referentiel }> = {
  nature: "asynchrone",
  ports: ["referentiel"],
  id: "prepaiement.qualiopi",
  titre: "CFA certifié Qualiopi (apprentissage)",
  description: "Le CFA responsable détient la certification Qualiopi au titre des actions de formation par apprentissage.",
  severite: "bloquant",
  references: [referencePrepaiement("PP-QUALIOPI"), { titre: "Code du travail, article L6316-1 (certification qualité)" }],
  parametres: [],
  chemins: ["organismeFormation.siret"],
  idSpecification: ["PP-QUALIOPI"],
  async evaluer(contrat, contexte) {
    const l = new Lecture(contrat);
    const siret = l.texte("organismeFormation.siret");
    if (siret === undefined) return [l.indetermine()];
    const r = await contexte.ports.referentiel.organisme(siret);
    if (r.statut === "absent") return [{ statut: "indetermine", chemins: ["organismeFormation.siret"], message: `CFA ${siret} introuvable : Qualiopi non vérifiable (voir prepaiement.cfa.connu).`, manquants: ["organismeFormation.siret"], details: { source: r.source } }];
    if (r.statut !== "trouve") return [sansConclusion("organismeFormation.siret", `la certification Qualiopi du CFA ${siret}`, r)];
    if (r.valeur.qualiopi === true) return [];
    if (r.valeur.qualiopi === false) return [{ statut: "non_conforme", chemins: ["organismeFormation.siret"], message: `Le CFA ${siret} n'est pas certifié Qualiopi pour les actions de formation par apprentissage.`, details: { source: r.source } }];
    return [sansConclusion("organismeFormation.siret", `la certification Qualiopi du CFA ${siret}`, r, "certification Qualiopi non renseignée")];
  },
};
