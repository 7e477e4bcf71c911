import { articleCode } from "@communs-opco/parametres";
import { type ContratAControler, Lecture, regleParConsultations, cleDesChemins } from "@communs-opco/regles";
import { consulterReferentiel } from "./consulterReferentiel";
import type { Referentiel } from "../Referentiel";
import { noterPreuve } from "./noterPreuve";
import { referencePrepaiement } from "./referencePrepaiement";
import { sansConclusion } from "./sansConclusion";

/**
 * PP-QUALIOPI — le CFA responsable est certifié Qualiopi pour les actions de formation par
 * apprentissage (Liste publique des organismes de formation, Référentiel des organismes) et a un
 * numéro de déclaration d'activité (NDA, `renseignements_specifiques.numero_activite`).
 *
 * NDA : un numéro donné par la source doit compter 11 chiffres (sinon bloquant : à corriger
 * au référentiel ou au contrat) ; sans numéro, l'existence du NDA n'est admise que sur une
 * déduction documentée de la source (`numeroActiviteDeduit`, p. ex. Qualiopi lu dans la LPOF, qui
 * ne recense que des organismes déclarés : cas de l'instantané hors ligne, dont l'export du
 * Référentiel n'a pas de NDA) ; à défaut, le point est indéterminé, jamais conforme.
 *
 * @example
 * ```ts
 * await evaluerReglesAsync([reglePrepaiementQualiopi], contrat, { dateEvaluation: "2026-11-26", ports: { referentiel } });
 * ```
 */
export const reglePrepaiementQualiopi = regleParConsultations<ContratAControler, { referentiel: Referentiel }>({
  nature: "asynchrone",
  ports: ["referentiel"],
  id: "prepaiement.qualiopi",
  titre: "CFA certifié Qualiopi (apprentissage)",
  description: "Le CFA responsable détient la certification Qualiopi au titre des actions de formation par apprentissage et un numéro de déclaration d'activité (NDA).",
  severite: "bloquant",
  references: [referencePrepaiement("PP-QUALIOPI"), articleCode("travail", "L6316-1", "(certification qualité)"), articleCode("travail", "L6351-1", "(déclaration d'activité)")],
  parametres: [],
  chemins: ["organismeFormation.siret"],
  idSpecification: ["PP-QUALIOPI"],
  points: ["cfa.qualiopi", "cfa.nda"],
  // Les étapes ne lisent que le SIRET du CFA : une explication par CFA (réemployée hors ligne).
  cleEntrees: cleDesChemins(["organismeFormation.siret"]),
  *etapes(contrat, contexte) {
    const l = new Lecture(contrat);
    const siret = l.texte("organismeFormation.siret");
    if (siret === undefined) return [l.indetermine()];
    const r = yield* consulterReferentiel("organisme", siret);
    noterPreuve(contexte, "cfa.qualiopi", r, r.statut === "trouve" && r.valeur.qualiopi === true, r.statut === "trouve" ? `certification Qualiopi ${String(r.valeur.qualiopi)}` : undefined);
    const ndaConnu = r.statut === "trouve" ? (r.valeur.numeroActivite ?? null) : null;
    noterPreuve(
      contexte,
      "cfa.nda",
      r,
      r.statut === "trouve" && ((ndaConnu !== null && /^\d{11}$/.test(ndaConnu.replace(/\s/g, ""))) || (ndaConnu === null && r.valeur.numeroActiviteDeduit !== undefined)),
      ndaConnu === null ? (r.statut === "trouve" && r.valeur.numeroActiviteDeduit !== undefined ? "NDA déduit" : "NDA non renseigné") : `NDA « ${ndaConnu} »`,
    );
    if (r.statut === "absent") return [{ statut: "indetermine", chemins: ["organismeFormation.siret"], message: `CFA ${siret} introuvable : Qualiopi non vérifiable (voir prepaiement.cfa.connu).`, manquants: ["organismeFormation.siret"], details: { source: r.source } }];
    if (r.statut !== "trouve") return [sansConclusion("organismeFormation.siret", `la certification Qualiopi du CFA ${siret}`, r)];
    if (r.valeur.qualiopi === true) {
      const nda = r.valeur.numeroActivite ?? null;
      if (nda !== null) {
        if (/^\d{11}$/.test(nda.replace(/\s/g, ""))) return [];
        return [{ statut: "non_conforme", chemins: ["organismeFormation.siret"], message: `Le numéro de déclaration d'activité du CFA ${siret} (« ${nda} ») n'a pas 11 chiffres.`, details: { source: r.source, numeroActivite: nda } }];
      }
      if (r.valeur.numeroActiviteDeduit !== undefined) return [];
      return [sansConclusion("organismeFormation.siret", `le numéro de déclaration d'activité (NDA) du CFA ${siret}`, r, "NDA non renseigné")];
    }
    if (r.valeur.qualiopi === false) return [{ statut: "non_conforme", chemins: ["organismeFormation.siret"], message: `Le CFA ${siret} n'est pas certifié Qualiopi pour les actions de formation par apprentissage.`, details: { source: r.source } }];
    return [sansConclusion("organismeFormation.siret", `la certification Qualiopi du CFA ${siret}`, r, "certification Qualiopi non renseignée")];
  },
});
