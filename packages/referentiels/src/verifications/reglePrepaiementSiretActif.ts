import { Lecture, regleEtablissementEmployeur, type ConstatRegle, type ContratAControler, type RegleAsynchrone } from "@communs-opco/regles";
import type { Referentiel } from "../Referentiel";
import { referencePrepaiement } from "./referencePrepaiement";

/**
 * PP-SIRET-ACTIVE — SIRET actifs aux dates du contrat : reprend `employeur.siret.existence`
 * (établissement employeur connu et actif, API Entreprise) et la complète : le CFA n'était pas
 * fermé au début du contrat (date de fermeture au référentiel des organismes ou à l'ACCE).
 *
 * @example
 * ```ts
 * await evaluerReglesAsync([reglePrepaiementSiretActif], contrat, { dateEvaluation: "2026-11-26", ports: { referentiel } });
 * ```
 */
export const reglePrepaiementSiretActif: RegleAsynchrone<ContratAControler, { referentiel: Referentiel }> = {
  nature: "asynchrone",
  ports: ["referentiel"],
  id: "prepaiement.siret.actif",
  titre: "Établissements actifs aux dates du contrat",
  description: "L'établissement employeur est actif ; le CFA n'était pas fermé à la date de début du contrat.",
  severite: "bloquant",
  references: [referencePrepaiement("PP-SIRET-ACTIVE"), ...regleEtablissementEmployeur.references],
  parametres: [],
  chemins: ["employeur.siret", "organismeFormation.siret", "contrat.dateDebutContrat"],
  idSpecification: ["PP-SIRET-ACTIVE"],
  async evaluer(contrat, contexte) {
    const l = new Lecture(contrat);
    const constats: ConstatRegle[] = [];
    if (regleEtablissementEmployeur.applicable?.(contrat, contexte) ?? true) {
      const employeur = await regleEtablissementEmployeur.evaluer(contrat, contexte);
      // « sans objet » pour l'employeur n'exempte pas les établissements de formation vérifiés ensuite
      if (Array.isArray(employeur)) constats.push(...employeur);
    }
    else constats.push(new Lecture(contrat).indetermine("Vérification impossible : SIRET de l'employeur absent ou mal formé (employeur.siret)."));
    const siret = l.texte("organismeFormation.siret");
    const debut = l.date("contrat.dateDebutContrat");
    if (siret !== undefined && debut !== undefined) {
      const r = await contexte.ports.referentiel.organisme(siret);
      if (r.statut === "trouve" && r.valeur.dateFermeture !== null && r.valeur.dateFermeture <= debut) {
        constats.push({ statut: "non_conforme", chemins: ["organismeFormation.siret", "contrat.dateDebutContrat"], message: `Le CFA ${siret} est fermé depuis le ${r.valeur.dateFermeture}, avant le début du contrat (${debut}).`, details: { source: r.source } });
      }
    }
    return constats;
  },
};
