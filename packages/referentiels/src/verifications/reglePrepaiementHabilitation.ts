import { type ConstatRegle, type ContratAControler, Lecture, regleParConsultations, sansObjet, cleDesChemins } from "@communs-opco/regles";
import { consulterReferentiel } from "./consulterReferentiel";
import type { Referentiel } from "../Referentiel";
import { noterPreuve } from "./noterPreuve";
import { referencePrepaiement } from "./referencePrepaiement";
import { sansConclusion } from "./sansConclusion";

/**
 * PP-HABILITATION — pour une fiche RNCP « sur demande », le CFA (et l'organisme formateur
 * distinct) est certificateur de la fiche ou partenaire habilité à former. Non applicable aux
 * diplômes d'État (enregistrement de droit) ni sans code RNCP. L'enregistrement de droit se lit
 * sur la fiche (`Type_Enregistrement`, `type.enregistrement_rncp`) ou, pour une fiche connue par
 * le seul Kit apprentissage, se prouve par la BCN : tous les CFD reliés au RNCP sont de nature 1
 * « diplôme national / diplôme d'État » (voir `preuveEnregistrementDeDroit`) ; sinon la vérification
 * reste indéterminée. Un enregistrement de droit ne produit aucun constat : les faits qui le
 * prouvent sont dans `HabilitationReferentiel.preuves` (le moteur, dont la non-applicabilité est
 * décidée avant l'appel aux ports, compte alors la règle « conforme »).
 *
 * @example
 * ```ts
 * await evaluerReglesAsync([reglePrepaiementHabilitation], contrat, { dateEvaluation: "2026-11-26", ports: { referentiel } });
 * ```
 */
export const reglePrepaiementHabilitation = regleParConsultations<ContratAControler, { referentiel: Referentiel }>({
  nature: "asynchrone",
  ports: ["referentiel"],
  id: "prepaiement.habilitation",
  titre: "Organisme habilité par le certificateur",
  description: "Pour une fiche RNCP enregistrée sur demande, le CFA et l'organisme formateur sont certificateurs ou partenaires habilités à former.",
  severite: "bloquant",
  references: [referencePrepaiement("PP-HABILITATION")],
  parametres: [],
  chemins: ["formation.rncp", "organismeFormation.siret", "etablissementFormation.siret"],
  idSpecification: ["PP-HABILITATION"],
  points: ["habilitation.cfa", "habilitation.formateur"],
  // Seules entrées lues par `applicable` et les étapes.
  cleEntrees: cleDesChemins(["formation.rncp", "organismeFormation.siret", "etablissementFormation.memeResponsable", "etablissementFormation.siret"]),
  applicable: (c) => new Lecture(c).renseigne("formation.rncp"),
  *etapes(contrat, contexte) {
    const l = new Lecture(contrat);
    const rncp = l.texte("formation.rncp");
    const siret = l.texte("organismeFormation.siret");
    if (rncp === undefined || siret === undefined) return [l.indetermine()];
    const sirets: [string, string][] = [["organismeFormation.siret", siret]];
    const formateur = l.brut("etablissementFormation.memeResponsable") === false ? l.texte("etablissementFormation.siret") : undefined;
    if (formateur !== undefined && formateur !== siret) sirets.push(["etablissementFormation.siret", formateur]);
    else if (l.brut("etablissementFormation.memeResponsable") === false && formateur === undefined) {
      noterPreuve(contexte, "habilitation.formateur", undefined, false, "établissement de formation distinct sans SIRET (etablissementFormation.siret)");
    } else noterPreuve(contexte, "habilitation.formateur", undefined, true, "sans objet : pas d'organisme formateur distinct");
    const constats: ConstatRegle[] = [];
    const motifsSansObjet: string[] = [];
    for (const [chemin, s] of sirets) {
      const r = yield* consulterReferentiel("habilitation", rncp, s);
      const point = chemin === "organismeFormation.siret" ? "habilitation.cfa" : "habilitation.formateur";
      noterPreuve(contexte, point, r, r.statut === "trouve" && r.valeur.habilite !== false, r.statut === "trouve" ? r.valeur.motif : undefined);
      if (r.statut !== "trouve") constats.push(sansConclusion(chemin, `l'habilitation de ${s} pour ${rncp}`, r));
      else if (r.valeur.habilite === false) {
        constats.push({ statut: "non_conforme", chemins: [chemin, "formation.rncp"], message: `L'organisme ${s} n'est pas habilité à préparer ${rncp} (${r.valeur.motif}).`, details: { source: r.source, motif: r.valeur.motif } });
      } else if (r.valeur.habilite === null) motifsSansObjet.push(`${r.valeur.motif}${r.valeur.preuves === undefined ? "" : ` — ${r.valeur.preuves.join(" ; ")}`} (${r.source.nom})`);
    }
    // Enregistrement de droit établi pour chaque organisme interrogé : la vérification est sans objet.
    if (constats.length === 0 && motifsSansObjet.length === sirets.length) return sansObjet(`${rncp} : ${[...new Set(motifsSansObjet)].join(" ; ")}`);
    return constats;
  },
});
