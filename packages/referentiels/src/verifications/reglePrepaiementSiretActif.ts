import { cleDesChemins, type ConstatRegle, type ContratAControler, Lecture, regleEtablissementEmployeur, regleParConsultations } from "@communs-opco/regles";
import { consulterReferentiel } from "./consulterReferentiel";
import type { Referentiel } from "../Referentiel";
import { noterPreuve } from "./noterPreuve";
import { referencePrepaiement } from "./referencePrepaiement";
import { cleReemployable } from "./reemploiParContrat";
import { sansConclusion } from "./sansConclusion";

const cleSiretActif = cleDesChemins(["employeur.siret", "organismeFormation.siret", "contrat.dateDebutContrat", "contrat.dateFinContrat"]);

/**
 * PP-SIRET-ACTIVE — SIRET actifs aux dates du contrat : reprend `employeur.siret.existence`
 * (établissement employeur connu et actif, API Entreprise) et la complète : le CFA n'était pas
 * fermé pendant le contrat (date de fermeture au référentiel des organismes ou à l'ACCE, comparée
 * au début et à la fin du contrat). Preuve exigée : un CFA introuvable, une source en échec ou un
 * état inconnu (ni date de fermeture, ni état ouvert) rendent le point indéterminé, jamais conforme.
 *
 * @example
 * ```ts
 * await evaluerReglesAsync([reglePrepaiementSiretActif], contrat, { dateEvaluation: "2026-11-26", ports: { referentiel } });
 * ```
 */
export const reglePrepaiementSiretActif = regleParConsultations<ContratAControler, { referentiel: Referentiel }>({
  nature: "asynchrone",
  ports: ["referentiel"],
  id: "prepaiement.siret.actif",
  titre: "Établissements actifs aux dates du contrat",
  description: "L'établissement employeur est actif ; le CFA n'était pas fermé pendant le contrat (du début à la fin).",
  severite: "bloquant",
  references: [referencePrepaiement("PP-SIRET-ACTIVE"), ...regleEtablissementEmployeur.references],
  parametres: [],
  chemins: ["employeur.siret", "organismeFormation.siret", "contrat.dateDebutContrat", "contrat.dateFinContrat"],
  idSpecification: ["PP-SIRET-ACTIVE"],
  points: ["employeur.actif", "cfa.ouvert.debut", "cfa.ouvert.fin"],
  // Les étapes (et celles de employeur.siret.existence) ne lisent que les deux SIRET et les dates de début et de fin : une
  // explication par quadruplet, propre au contrat (SIRET de l'employeur), réemployée seulement sur des ports qui le permettent.
  cleEntrees: (contrat, contexte) => cleReemployable(contexte.ports, "prepaiement.siret.actif", cleSiretActif, contrat),
  *etapes(contrat, contexte) {
    const l = new Lecture(contrat);
    const constats: ConstatRegle[] = [];
    if (regleEtablissementEmployeur.applicable?.(contrat, contexte) ?? true) {
      const employeur = yield* regleEtablissementEmployeur.etapes(contrat, contexte);
      // « sans objet » pour l'employeur n'exempte pas les établissements de formation vérifiés ensuite
      if (Array.isArray(employeur)) {
        constats.push(...employeur);
        const e = yield* consulterReferentiel("entreprise", String(l.brut("employeur.siret")));
        noterPreuve(contexte, "employeur.actif", e, employeur.length === 0 && e.statut === "trouve" && e.valeur.etat === "actif", e.statut === "trouve" ? `état « ${e.valeur.etat} »` : undefined);
      } else noterPreuve(contexte, "employeur.actif", undefined, true, "sans objet pour l'employeur");
    }
    else {
      noterPreuve(contexte, "employeur.actif", undefined, false, "SIRET de l'employeur absent ou mal formé");
      constats.push(new Lecture(contrat).indetermine("Vérification impossible : SIRET de l'employeur absent ou mal formé (employeur.siret)."));
    }
    const siret = l.texte("organismeFormation.siret");
    const debut = l.date("contrat.dateDebutContrat");
    const fin = l.date("contrat.dateFinContrat");
    if (siret === undefined || debut === undefined) {
      constats.push(l.indetermine("Activité du CFA non vérifiable : SIRET du CFA ou date de début du contrat absent."));
      return constats;
    }
    const r = yield* consulterReferentiel("organisme", siret);
    const chemins = ["organismeFormation.siret", "contrat.dateDebutContrat", ...(fin === undefined ? [] : ["contrat.dateFinContrat"])];
    const ouvertJusqua = (date: string | undefined) => r.statut === "trouve" && date !== undefined && (r.valeur.dateFermeture === null ? r.valeur.ouvert === true : date < r.valeur.dateFermeture);
    noterPreuve(contexte, "cfa.ouvert.debut", r, ouvertJusqua(debut), r.statut === "trouve" ? `ouvert ${String(r.valeur.ouvert)}, fermeture ${r.valeur.dateFermeture ?? "inconnue"}` : undefined);
    noterPreuve(contexte, "cfa.ouvert.fin", r, ouvertJusqua(fin), fin === undefined ? "date de fin du contrat absente" : r.statut === "trouve" ? `ouvert ${String(r.valeur.ouvert)}, fermeture ${r.valeur.dateFermeture ?? "inconnue"}` : undefined);
    if (r.statut === "absent") {
      constats.push({ statut: "indetermine", chemins: ["organismeFormation.siret"], message: `CFA ${siret} introuvable : son activité aux dates du contrat n'est pas vérifiable (voir prepaiement.cfa.connu).`, manquants: ["organismeFormation.siret"], details: { source: r.source } });
    } else if (r.statut !== "trouve") {
      constats.push(sansConclusion("organismeFormation.siret", `l'activité du CFA ${siret} aux dates du contrat`, r));
    } else if (r.valeur.dateFermeture !== null) {
      const fermeture = r.valeur.dateFermeture;
      if (fermeture <= debut) {
        constats.push({ statut: "non_conforme", chemins, message: `Le CFA ${siret} est fermé depuis le ${fermeture}, avant le début du contrat (${debut}).`, details: { source: r.source, dateFermeture: fermeture } });
      } else if (fin === undefined) {
        constats.push(l.indetermine(`Le CFA ${siret} ferme le ${fermeture} : sans date de fin du contrat, son activité pendant tout le contrat n'est pas vérifiable.`));
      } else if (fermeture <= fin) {
        constats.push({ statut: "non_conforme", chemins, message: `Le CFA ${siret} ferme le ${fermeture}, pendant le contrat (${debut} → ${fin}).`, details: { source: r.source, dateFermeture: fermeture } });
      }
    } else if (r.valeur.ouvert === false) {
      constats.push({ statut: "indetermine", chemins, message: `Le CFA ${siret} est fermé à une date que la source ne donne pas (${r.source.nom}) : son activité aux dates du contrat n'est pas vérifiable. Le point n'est pas vérifié.`, manquants: [`ports.referentiel:${r.source.nom}`], details: { source: r.source } });
    } else if (r.valeur.ouvert !== true) {
      constats.push(sansConclusion("organismeFormation.siret", `l'activité du CFA ${siret} aux dates du contrat`, r, "état d'ouverture et date de fermeture inconnus"));
    }
    return constats;
  },
});
