import { type ContratAControler, regleParConsultations, cleDesChemins } from "@communs-opco/regles";
import { etapesCertificationDuContrat } from "./etapesCertificationDuContrat";
import type { Referentiel } from "../Referentiel";
import { noterPreuve } from "./noterPreuve";
import { referencePrepaiement } from "./referencePrepaiement";
import { sansConclusion } from "./sansConclusion";

/**
 * PP-CERTIF-APPR — la certification est ouverte à l'apprentissage (voie d'accès RNCP
 * « apprentissage », ou diplôme d'État connu de la BCN quand seul le CFD est donné).
 *
 * @example
 * ```ts
 * await evaluerReglesAsync([reglePrepaiementCertificationApprentissage], contrat, { dateEvaluation: "2026-11-26", ports: { referentiel } });
 * ```
 */
export const reglePrepaiementCertificationApprentissage = regleParConsultations<ContratAControler, { referentiel: Referentiel }>({
  nature: "asynchrone",
  ports: ["referentiel"],
  id: "prepaiement.certification.apprentissage",
  titre: "Certification ouverte à l'apprentissage",
  description: "La fiche RNCP est accessible par la voie de l'apprentissage ; un diplôme d'État identifié par son seul CFD l'est de droit.",
  severite: "bloquant",
  references: [referencePrepaiement("PP-CERTIF-APPR")],
  parametres: [],
  chemins: ["formation.rncp", "formation.codeDiplome"],
  idSpecification: ["PP-CERTIF-APPR"],
  points: ["certification.apprentissage"],
  // Les étapes (etapesCertificationDuContrat) ne lisent que les codes : une explication par certification.
  cleEntrees: cleDesChemins(["formation.rncp", "formation.codeDiplome"]),
  *etapes(contrat, contexte) {
    const c = yield* etapesCertificationDuContrat(contrat);
    if ("constat" in c) return [c.constat];
    const { code, chemin, reponse: r } = c;
    noterPreuve(contexte, "certification.apprentissage", r, r.statut === "trouve" && r.valeur.accesApprentissage === true, r.statut === "trouve" ? `accès par l'apprentissage ${String(r.valeur.accesApprentissage)}` : undefined);
    if (r.statut === "absent") return [{ statut: "indetermine", chemins: [chemin], message: `Certification ${code} introuvable : ouverture à l'apprentissage non vérifiable (voir prepaiement.certification.existence).`, manquants: [chemin], details: { source: r.source } }];
    if (r.statut !== "trouve") return [sansConclusion(chemin, `l'ouverture à l'apprentissage de ${code}`, r)];
    if (r.valeur.accesApprentissage === true) return [];
    if (r.valeur.accesApprentissage === false) {
      return [{ statut: "non_conforme", chemins: [chemin], message: `La certification ${code} n'est pas accessible par la voie de l'apprentissage.`, details: { source: r.source, typeEnregistrement: r.valeur.typeEnregistrement } }];
    }
    return [sansConclusion(chemin, `l'ouverture à l'apprentissage de ${code}`, r, "voie d'accès inconnue")];
  },
});
