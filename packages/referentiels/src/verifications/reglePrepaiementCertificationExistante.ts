import { cleDesChemins, type ConstatRegle, type ContratAControler, Lecture, regleCertificationExistante, regleParConsultations } from "@communs-opco/regles";
import { consulterReferentiel } from "./consulterReferentiel";
import type { Referentiel } from "../Referentiel";
import { noterPreuve } from "./noterPreuve";
import { referencePrepaiement } from "./referencePrepaiement";
import { sansConclusion } from "./sansConclusion";

/**
 * PP-CERTIF-EXISTS — la certification existe : reprend `formation.certification.existence`
 * (chaque code connu et actif) et la complète : un code inactif remplacé (continuité RNCP/CFD)
 * n'est qu'un avertissement qui nomme le nouveau code ; quand le RNCP et le CFD sont tous deux
 * donnés, le couple doit exister (correspondance CFD ↔ RNCP).
 *
 * @example
 * ```ts
 * await evaluerReglesAsync([reglePrepaiementCertificationExistante], contrat, { dateEvaluation: "2026-11-26", ports: { referentiel } });
 * ```
 */
export const reglePrepaiementCertificationExistante = regleParConsultations<ContratAControler, { referentiel: Referentiel }>({
  nature: "asynchrone",
  ports: ["referentiel"],
  id: "prepaiement.certification.existence",
  titre: "Certification existante (avant paiement)",
  description:
    "Le RNCP et/ou le CFD existent dans les référentiels ; un code remplacé est accepté avec un avertissement ; si les deux sont donnés, ils désignent la même certification.",
  severite: "bloquant",
  references: [referencePrepaiement("PP-CERTIF-EXISTS"), ...regleCertificationExistante.references],
  parametres: [],
  chemins: ["formation.rncp", "formation.codeDiplome"],
  idSpecification: ["PP-CERTIF-EXISTS"],
  points: ["certification.active", "certification.couple"],
  // Les étapes (et celles de formation.certification.existence) ne lisent que les deux codes et la date de début : une explication par triplet (réemployée hors ligne).
  cleEntrees: cleDesChemins(["formation.rncp", "formation.codeDiplome", "contrat.dateDebutContrat"]),
  *etapes(contrat, contexte) {
    const base = yield* regleCertificationExistante.etapes(contrat, contexte);
    if (!Array.isArray(base)) return base;
    const constats: ConstatRegle[] = [];
    for (const c of base) {
      const chemin = c.chemins?.[0];
      const code = chemin === undefined ? undefined : new Lecture(contrat).texte(chemin);
      if (c.statut === "non_conforme" && code !== undefined) {
        const r = yield* consulterReferentiel("certification", code);
        const nouvelles = r.statut === "trouve" && r.valeur.actif === false ? r.valeur.continuite.nouvelles : [];
        if (nouvelles.length > 0) {
          constats.push({
            ...c,
            severite: "avertissement",
            message: `Le code ${code} est inactif mais remplacé par ${nouvelles.join(", ")} (continuité) : à confirmer pour ce parcours.`,
            details: { ...c.details, nouvelles },
          });
          continue;
        }
      }
      constats.push(c);
    }
    const l = new Lecture(contrat);
    const rncp = l.texte("formation.rncp");
    const cfd = l.texte("formation.codeDiplome");
    // chaque code déclaré est prouvé actif aux dates du contrat quand formation.certification.existence n'a rien signalé
    for (const code of [rncp, cfd]) {
      if (code === undefined) continue;
      const r = yield* consulterReferentiel("certification", code);
      noterPreuve(contexte, "certification.active", r, base.length === 0 && r.statut === "trouve", base.length === 0 ? `code ${code}` : `code ${code} : voir constats`);
    }
    if (rncp === undefined && cfd === undefined) noterPreuve(contexte, "certification.active", undefined, false, "ni code RNCP ni code diplôme");
    if (rncp === undefined || cfd === undefined) noterPreuve(contexte, "certification.couple", undefined, true, "sans objet : un seul code déclaré");
    if (rncp !== undefined && cfd !== undefined && base.length === 0) {
      const r = yield* consulterReferentiel("certification", rncp);
      noterPreuve(contexte, "certification.couple", r, r.statut === "trouve" && r.valeur.correspondances.cfd.includes(cfd.padStart(8, "0")), r.statut === "trouve" ? `correspondances CFD : ${r.valeur.correspondances.cfd.join(", ") || "aucune"}` : undefined);
      if (r.statut !== "trouve") constats.push(sansConclusion("formation.rncp", `le couple ${rncp} / ${cfd}`, r));
      else if (r.valeur.correspondances.cfd.length === 0) {
        constats.push(sansConclusion("formation.codeDiplome", `le couple ${rncp} / ${cfd}`, r, "aucune correspondance CFD connue pour ce RNCP"));
      } else if (!r.valeur.correspondances.cfd.includes(cfd.padStart(8, "0"))) {
        constats.push({
          statut: "non_conforme",
          chemins: ["formation.rncp", "formation.codeDiplome"],
          message: `Le code diplôme ${cfd} ne correspond pas à la fiche ${rncp} (correspondances connues : ${r.valeur.correspondances.cfd.join(", ")}).`,
          details: { source: r.source, correspondances: r.valeur.correspondances.cfd },
        });
      }
    }
    return constats;
  },
});
