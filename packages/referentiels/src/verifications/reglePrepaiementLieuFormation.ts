import { Lecture, type ConstatRegle, type ContratAControler, type RegleAsynchrone } from "@communs-opco/regles";
import { formationsDuResponsable } from "./formationsDuResponsable";
import type { PortFormations } from "./PortFormations";
import { referencePrepaiement } from "./referencePrepaiement";

/**
 * PP-LIEU — le lieu de formation déclaré (établissement de formation distinct, sinon le CFA) est
 * un lieu d'une formation du catalogue de ce RNCP et de ce CFA (UAI ou SIRET du lieu) ; un code
 * postal différent de celui du lieu au catalogue est un avertissement.
 *
 * @example
 * ```ts
 * await evaluerReglesAsync([reglePrepaiementLieuFormation], contrat, { dateEvaluation: "2026-11-26", ports: { formations } });
 * ```
 */
export const reglePrepaiementLieuFormation: RegleAsynchrone<ContratAControler, { formations: PortFormations }> = {
  nature: "asynchrone",
  ports: ["formations"],
  id: "prepaiement.formation.lieu",
  titre: "Lieu de formation au catalogue",
  description: "L'UAI ou le SIRET du lieu de formation déclaré est celui d'un lieu de la formation au catalogue ; son code postal concorde.",
  severite: "bloquant",
  references: [referencePrepaiement("PP-LIEU")],
  parametres: [],
  chemins: ["etablissementFormation.uaiCfa", "etablissementFormation.siret", "organismeFormation.uaiCfa", "organismeFormation.adresse.codePostal", "etablissementFormation.adresse.codePostal"],
  idSpecification: ["PP-LIEU"],
  async evaluer(contrat, contexte) {
    const r = await formationsDuResponsable(contrat, contexte.ports.formations);
    if ("constat" in r) return [r.constat];
    if (r.formations.length === 0) {
      return [{ statut: "indetermine", chemins: ["formation.rncp"], message: `Lieu non vérifiable : aucune formation ${r.rncp} du CFA ${r.siret} au catalogue (voir prepaiement.formation.offre).`, manquants: ["formation.rncp"], details: { source: r.source } }];
    }
    const l = new Lecture(contrat);
    const prefixe = l.brut("etablissementFormation.memeResponsable") === false ? "etablissementFormation" : "organismeFormation";
    const uai = l.texte(`${prefixe}.uaiCfa`);
    const siret = l.texte(`${prefixe}.siret`);
    if (uai === undefined && siret === undefined) return [l.indetermine()];
    const lieux = r.formations.filter((f) => (uai !== undefined && f.lieu.uai === uai) || (siret !== undefined && f.lieu.siret === siret));
    const chemins = [`${prefixe}.uaiCfa`, `${prefixe}.siret`];
    if (lieux.length === 0) {
      const connus = [...new Set(r.formations.map((f) => f.lieu.uai ?? f.lieu.siret).filter((x) => x !== null))];
      return [{ statut: "non_conforme", chemins, message: `Le lieu de formation déclaré (${[uai, siret].filter((x) => x !== undefined).join(" / ")}) n'est pas un lieu de la formation ${r.rncp} du CFA ${r.siret} au catalogue (lieux connus : ${connus.join(", ") || "aucun"}).`, details: { source: r.source, lieuxConnus: connus } }];
    }
    const constats: ConstatRegle[] = [];
    const codePostal = l.brut(`${prefixe}.adresse.codePostal`);
    if (typeof codePostal === "string" && lieux.every((f) => f.lieu.codePostal !== null && f.lieu.codePostal !== codePostal.trim())) {
      constats.push({ statut: "non_conforme", severite: "avertissement", chemins: [`${prefixe}.adresse.codePostal`], message: `Le code postal déclaré du lieu de formation (${codePostal}) diffère de celui du catalogue (${lieux.map((f) => f.lieu.codePostal).join(", ")}).`, details: { source: r.source } });
    }
    return constats;
  },
};
