import { type ConstatRegle, type ContratAControler, Lecture, regleParConsultations } from "@communs-opco/regles";
import { etapesFormationsDuResponsable } from "./etapesFormationsDuResponsable";
import type { PortFormations } from "./PortFormations";
import { noterPreuve } from "./noterPreuve";
import { referencePrepaiement } from "./referencePrepaiement";

/**
 * PP-FORMATION — la formation est offerte au catalogue : une formation du RNCP du contrat a ce
 * CFA pour responsable (et l'organisme formateur déclaré), est publiée (ou archivée pour un contrat
 * déjà commencé à la date d'évaluation), a une certification, un responsable et un formateur
 * connus, et une session qui recouvre le contrat (sinon avertissement ; une formation sans
 * aucune session au catalogue ne prouve pas le recouvrement : indéterminé).
 *
 * @example
 * ```ts
 * await evaluerReglesAsync([reglePrepaiementFormationOfferte], contrat, { dateEvaluation: "2026-11-26", ports: { formations } });
 * ```
 */
export const reglePrepaiementFormationOfferte = regleParConsultations<ContratAControler, { formations: PortFormations }>({
  nature: "asynchrone",
  ports: ["formations"],
  id: "prepaiement.formation.offre",
  titre: "Formation offerte au catalogue",
  description:
    "Le catalogue des formations en apprentissage contient une formation publiée de ce RNCP dont le CFA du contrat est responsable (et l'organisme déclaré formateur), avec une session qui recouvre le contrat.",
  severite: "bloquant",
  references: [referencePrepaiement("PP-FORMATION")],
  parametres: [],
  chemins: ["formation.rncp", "organismeFormation.siret", "etablissementFormation.siret", "contrat.dateDebutContrat", "contrat.dateFinContrat"],
  idSpecification: ["PP-FORMATION"],
  points: ["formation.publiee", "formation.session"],
  *etapes(contrat, contexte) {
    const r = yield* etapesFormationsDuResponsable(contrat);
    if ("constat" in r) {
      for (const point of ["formation.publiee", "formation.session"]) noterPreuve(contexte, point, r.reponse, false, "RNCP ou SIRET du CFA absent du contrat");
      return [r.constat];
    }
    const l = new Lecture(contrat);
    const formateur = l.brut("etablissementFormation.memeResponsable") === false ? l.texte("etablissementFormation.siret") : undefined;
    const candidates = formateur === undefined ? r.formations : r.formations.filter((f) => f.formateur.siret === formateur);
    if (candidates.length === 0) {
      return [{
        statut: "non_conforme",
        chemins: ["formation.rncp", "organismeFormation.siret", ...(formateur === undefined ? [] : ["etablissementFormation.siret"])],
        message: `Aucune formation ${r.rncp} au catalogue avec le CFA ${r.siret} pour responsable${formateur === undefined ? "" : ` et ${formateur} pour formateur`} (${r.toutes.length} formation(s) de ce RNCP chez d'autres organismes).`,
        details: { source: r.source },
      }];
    }
    const debut = l.date("contrat.dateDebutContrat");
    const fin = l.date("contrat.dateFinContrat");
    const admissibles = candidates.filter((f) => f.statut === "publié" || (f.statut === "archivé" && debut !== undefined && debut <= contexte.dateEvaluation));
    if (admissibles.length === 0) {
      return [{ statut: "non_conforme", chemins: ["formation.rncp", "organismeFormation.siret"], message: `La formation ${r.rncp} du CFA ${r.siret} n'est plus publiée au catalogue (${[...new Set(candidates.map((f) => f.statut))].join(", ")}).`, details: { source: r.source, cles: candidates.map((f) => f.cle) } }];
    }
    noterPreuve(contexte, "formation.publiee", { statut: "trouve", valeur: admissibles, source: r.source }, true, `formation(s) ${admissibles.map((f) => f.cle).join(", ")}`);
    const recouvrante = debut === undefined || fin === undefined ? undefined : admissibles.find((f) => f.sessions.some((s) => s.debut <= fin && s.fin >= debut));
    noterPreuve(contexte, "formation.session", { statut: "trouve", valeur: admissibles, source: r.source }, recouvrante !== undefined, recouvrante === undefined ? "aucune session connue ne recouvre le contrat" : `session de la formation ${recouvrante.cle}`);
    const constats: ConstatRegle[] = [];
    if (!admissibles.some((f) => f.certificationConnue && f.responsable.connu && f.formateur.connu)) {
      constats.push({ statut: "non_conforme", severite: "avertissement", chemins: ["formation.rncp", "organismeFormation.siret"], message: `La formation ${r.rncp} du CFA ${r.siret} a une certification, un responsable ou un formateur inconnu du catalogue.`, details: { source: r.source } });
    }
    if (debut === undefined || fin === undefined) constats.push(l.indetermine("Recouvrement des sessions non vérifiable : dates du contrat manquantes ou invalides."));
    else if (!admissibles.some((f) => f.sessions.some((s) => s.debut <= fin && s.fin >= debut))) {
      if (admissibles.some((f) => f.sessions.length === 0)) {
        constats.push({
          statut: "indetermine",
          chemins: ["contrat.dateDebutContrat", "contrat.dateFinContrat"],
          message: `Recouvrement du contrat (${debut} → ${fin}) non vérifiable : la formation ${r.rncp} du CFA ${r.siret} n'a aucune session au catalogue (${r.source.nom}). Le point n'est pas vérifié.`,
          manquants: [`ports.formations:${r.source.nom}`],
          details: { source: r.source },
        });
      } else {
        constats.push({ statut: "non_conforme", severite: "avertissement", chemins: ["contrat.dateDebutContrat", "contrat.dateFinContrat"], message: `Aucune session de la formation ${r.rncp} du CFA ${r.siret} ne recouvre le contrat (${debut} → ${fin}).`, details: { source: r.source } });
      }
    }
    return constats;
  },
});
