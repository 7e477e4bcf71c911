import { type ConstatRegle, type ContratAControler, Lecture, regleParConsultations, cleDesChemins } from "@communs-opco/regles";
import { consulterReferentiel } from "./consulterReferentiel";
import type { Referentiel } from "../Referentiel";
import { etapesFormationsDuResponsable } from "./etapesFormationsDuResponsable";
import type { PortFormations } from "./PortFormations";
import { noterPreuve } from "./noterPreuve";
import { referencePrepaiement } from "./referencePrepaiement";
import { sansConclusion } from "./sansConclusion";

const cleAvecCatalogue = cleDesChemins(["organismeFormation.siret", "organismeFormation.uaiCfa", "formation.codeDiplome", "formation.rncp"]);
const cleCfa = cleDesChemins(["organismeFormation.siret", "organismeFormation.uaiCfa"]);

/**
 * PP-CROSS — cohérence croisée : la certification des formations du CFA au catalogue porte le CFD
 * du contrat (quand les deux sont connus) et l'UAI déclaré du CFA est celui que le référentiel des
 * organismes associe à son SIRET (UAI de l'organisme ou de l'un de ses lieux). Le port `formations`
 * est facultatif : sans lui, la comparaison du CFD est indéterminée (jamais conforme) mais celle
 * de l'UAI est faite. Un catalogue sans formation de ce CFA, ou dont les formations ne donnent
 * aucun code diplôme, ne prouve rien : la comparaison est alors indéterminée.
 *
 * @example
 * ```ts
 * await evaluerReglesAsync([reglePrepaiementCoherence], contrat, { dateEvaluation: "2026-11-26", ports: { referentiel, formations } });
 * ```
 */
export const reglePrepaiementCoherence = regleParConsultations<ContratAControler, { referentiel: Referentiel; formations?: PortFormations }>({
  nature: "asynchrone",
  ports: ["referentiel"],
  id: "prepaiement.coherence",
  titre: "Cohérence croisée contrat, catalogue et organismes",
  description: "Le code diplôme des formations du CFA au catalogue est celui du contrat ; l'UAI déclaré du CFA correspond à son SIRET au référentiel des organismes.",
  severite: "bloquant",
  references: [referencePrepaiement("PP-CROSS")],
  parametres: [],
  chemins: ["formation.rncp", "formation.codeDiplome", "organismeFormation.siret", "organismeFormation.uaiCfa"],
  idSpecification: ["PP-CROSS"],
  points: ["cfa.uai", "formation.codeDiplome"],
  // Seules entrées lues par les étapes (et par etapesFormationsDuResponsable) : sans catalogue, le
  // code diplôme et le RNCP ne comptent que par leur présence (constat constant « catalogue non fourni »).
  cleEntrees(contrat, contexte) {
    const formations = (contexte.ports as { formations?: unknown } | undefined)?.formations;
    if (formations !== undefined && formations !== null) return cleAvecCatalogue(contrat);
    const cfa = cleCfa(contrat);
    if (cfa === undefined) return undefined;
    const l = new Lecture(contrat);
    return `${cfa}|${l.texte("formation.codeDiplome") === undefined ? "0" : "1"}${l.renseigne("formation.rncp") ? "1" : "0"}`;
  },
  *etapes(contrat, contexte) {
    const l = new Lecture(contrat);
    const constats: ConstatRegle[] = [];
    const siret = l.texte("organismeFormation.siret");
    const uai = l.texte("organismeFormation.uaiCfa");
    if (siret === undefined || uai === undefined) constats.push(l.indetermine());
    else {
      const r = yield* consulterReferentiel("organisme", siret);
      noterPreuve(contexte, "cfa.uai", r, r.statut === "trouve" && (r.valeur.uai === uai || (r.valeur.lieuxUai ?? []).includes(uai)), r.statut === "trouve" ? `UAI du référentiel ${r.valeur.uai ?? "inconnu"}` : undefined);
      if (r.statut !== "trouve") constats.push(sansConclusion("organismeFormation.siret", `l'UAI du CFA ${siret}`, r));
      else if (r.valeur.uai === null && (r.valeur.lieuxUai ?? []).length === 0) constats.push(sansConclusion("organismeFormation.uaiCfa", `l'UAI du CFA ${siret}`, r, "UAI non renseigné"));
      else if (r.valeur.uai !== uai && !(r.valeur.lieuxUai ?? []).includes(uai)) {
        constats.push({ statut: "non_conforme", chemins: ["organismeFormation.siret", "organismeFormation.uaiCfa"], message: `L'UAI déclaré ${uai} n'est pas celui du CFA ${siret} au référentiel des organismes (${r.valeur.uai ?? "?"}).`, details: { source: r.source, uaiReferentiel: r.valeur.uai } });
      }
    }
    const cfd = l.texte("formation.codeDiplome");
    if (cfd === undefined || !l.renseigne("formation.rncp")) noterPreuve(contexte, "formation.codeDiplome", undefined, true, "sans objet : code diplôme ou RNCP non déclaré");
    else {
      const port = contexte.ports.formations;
      const f = port === undefined || port === null ? undefined : yield* etapesFormationsDuResponsable(contrat);
      if (f === undefined) {
        constats.push({ statut: "indetermine", chemins: ["formation.codeDiplome"], message: "Code diplôme du catalogue non comparé : catalogue des formations non fourni (port formations). Le point n'est pas vérifié.", manquants: ["ports.formations"], details: {} });
      } else if ("constat" in f) {
        noterPreuve(contexte, "formation.codeDiplome", f.reponse, false, "RNCP ou SIRET du CFA absent du contrat");
        constats.push(f.constat);
      }
      else {
        const codes = [...new Set(f.formations.map((x) => x.cfd).filter((x) => x !== null))];
        if (codes.length === 0) {
          constats.push({
            statut: "indetermine",
            chemins: ["formation.codeDiplome"],
            message: `Code diplôme du contrat (${cfd}) non comparé : ${f.formations.length === 0 ? `aucune formation ${f.rncp} du CFA au catalogue` : `aucune formation ${f.rncp} du CFA au catalogue ne donne de code diplôme`} (${f.source.nom}). Le point n'est pas vérifié.`,
            manquants: [`ports.formations:${f.source.nom}`],
            details: { source: f.source },
          });
        }
        noterPreuve(contexte, "formation.codeDiplome", { statut: "trouve", valeur: codes, source: f.source }, codes.includes(cfd.padStart(8, "0")), `codes du catalogue : ${codes.join(", ") || "aucun"}`);
        if (codes.length > 0 && !codes.includes(cfd.padStart(8, "0"))) {
          constats.push({ statut: "non_conforme", chemins: ["formation.codeDiplome"], message: `Le code diplôme du contrat (${cfd}) diffère de celui des formations ${f.rncp} du CFA au catalogue (${codes.join(", ")}).`, details: { source: f.source } });
        }
      }
    }
    return constats;
  },
});
