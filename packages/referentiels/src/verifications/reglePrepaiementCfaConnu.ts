import { type ConstatRegle, type ContratAControler, Lecture, regleOrganismesFormation, regleParConsultations, cleDesChemins } from "@communs-opco/regles";
import { consulterReferentiel } from "./consulterReferentiel";
import type { Referentiel } from "../Referentiel";
import { noterPreuve } from "./noterPreuve";
import { referencePrepaiement } from "./referencePrepaiement";
import { sansConclusion } from "./sansConclusion";

const NATURES_REFERENTIEL = new Set(["responsable", "formateur", "responsable_formateur", "lieu_formation", "inconnue"]);

/**
 * PP-CFA-KNOWN — CFA connu et cohérent : reprend `organismes.existence` (SIRET et UAI connus,
 * établissements ouverts) et la complète : le CFA facturant est un organisme responsable
 * (`responsable` ou `responsable_formateur` au Référentiel) ; un formateur distinct lui est relié.
 *
 * @example
 * ```ts
 * await evaluerReglesAsync([reglePrepaiementCfaConnu], contrat, { dateEvaluation: "2026-11-26", ports: { referentiel } });
 * ```
 */
export const reglePrepaiementCfaConnu = regleParConsultations<ContratAControler, { referentiel: Referentiel }>({
  nature: "asynchrone",
  ports: ["referentiel"],
  id: "prepaiement.cfa.connu",
  titre: "CFA connu, ouvert et responsable (avant paiement)",
  description:
    "Le CFA responsable et le lieu de formation sont connus et ouverts ; le CFA qui facture est de nature responsable ; un organisme formateur distinct lui est relié au Référentiel.",
  severite: "bloquant",
  references: [referencePrepaiement("PP-CFA-KNOWN"), ...regleOrganismesFormation.references],
  parametres: [],
  chemins: regleOrganismesFormation.chemins,
  idSpecification: ["PP-CFA-KNOWN"],
  points: ["cfa.ouvert", "cfa.nature", "formateur.relie"],
  // Seules entrées lues par les étapes, celles de organismes.existence comprises.
  cleEntrees: cleDesChemins(["organismeFormation.siret", "organismeFormation.uaiCfa", "etablissementFormation.memeResponsable", "etablissementFormation.siret", "etablissementFormation.uaiCfa"]),
  *etapes(contrat, contexte) {
    const base = yield* regleOrganismesFormation.etapes(contrat, contexte);
    if (!Array.isArray(base)) return base;
    const constats: ConstatRegle[] = [...base];
    const l = new Lecture(contrat);
    const siret = l.texte("organismeFormation.siret");
    if (siret === undefined) return constats;
    const r = yield* consulterReferentiel("organisme", siret);
    noterPreuve(contexte, "cfa.ouvert", r, r.statut === "trouve" && r.valeur.ouvert === true, r.statut === "trouve" ? `état d'ouverture ${String(r.valeur.ouvert)}` : undefined);
    if (r.statut !== "trouve") return constats; // déjà signalé par organismes.existence
    const nature = r.valeur.nature;
    noterPreuve(contexte, "cfa.nature", r, nature === "responsable" || nature === "responsable_formateur", `nature « ${nature ?? "inconnue"} »`);
    if (nature === null || !NATURES_REFERENTIEL.has(nature)) {
      constats.push(sansConclusion("organismeFormation.siret", `la nature du CFA ${siret}`, r, "nature au sens du Référentiel des organismes inconnue"));
    } else if (nature !== "responsable" && nature !== "responsable_formateur") {
      constats.push({ statut: "non_conforme", chemins: ["organismeFormation.siret"], message: `Le CFA ${siret} est de nature « ${nature} » : seul un organisme responsable (gestionnaire) peut facturer l'OPCO.`, details: { source: r.source, nature } });
    }
    const formateur = l.brut("etablissementFormation.memeResponsable") === false ? l.texte("etablissementFormation.siret") : undefined;
    if (formateur !== undefined && formateur !== siret) {
      const relie = (r.valeur.relations ?? []).some((x) => x.siret === formateur);
      if (relie) noterPreuve(contexte, "formateur.relie", r, true);
      else {
        const rf = yield* consulterReferentiel("organisme", formateur);
        const inverse = rf.statut === "trouve" && (rf.valeur.relations ?? []).some((x) => x.siret === siret);
        noterPreuve(contexte, "formateur.relie", rf, inverse, `aucune relation responsable → formateur avec ${siret}`);
        if (!inverse) {
          constats.push({
            statut: "non_conforme",
            severite: "avertissement",
            chemins: ["organismeFormation.siret", "etablissementFormation.siret"],
            message: `Aucune relation responsable → formateur connue entre le CFA ${siret} et l'établissement de formation ${formateur}.`,
            details: { source: r.source },
          });
        }
      }
    }
    else if (l.brut("etablissementFormation.memeResponsable") === false && formateur === undefined) {
      noterPreuve(contexte, "formateur.relie", undefined, false, "établissement de formation distinct sans SIRET (etablissementFormation.siret)");
    } else noterPreuve(contexte, "formateur.relie", undefined, true, "sans objet : pas d'organisme formateur distinct");
    return constats;
  },
});
