import { cleDesChemins, type ConstatRegle, type ContratAControler, Lecture, regleParConsultations } from "@communs-opco/regles";
import { etapesCertificationDuContrat } from "./etapesCertificationDuContrat";
import type { Referentiel } from "../Referentiel";
import { noterPreuve } from "./noterPreuve";
import { referencePrepaiement } from "./referencePrepaiement";
import { cleReemployable } from "./reemploiParContrat";
import { sansConclusion } from "./sansConclusion";

const cleCertificationDates = cleDesChemins(["formation.rncp", "formation.codeDiplome", "contrat.dateDebutContrat", "contrat.dateFinContrat"]);

/** Sans date d'ouverture : certification active selon une source datée d'avant le début du contrat. */
function ouverteAvantDebut(actif: boolean | null, dateSource: string | null, debut: string): boolean {
  return actif === true && dateSource !== null && dateSource.slice(0, 10) <= debut;
}

/**
 * PP-CERTIF-DATES — le contrat commence pendant la validité de la certification : avant
 * l'ouverture → bloquant ; après la fin d'enregistrement → avertissement (exception métier
 * possible : parcours en cours, nouveau contrat après rupture) ; dates inconnues → indéterminé.
 * Chaque borne est un point à prouver : une date d'ouverture inconnue rend le point indéterminé
 * (sauf certification déclarée active par une source datée d'avant le début du contrat) ;
 * une fin de validité inconnue aussi, sauf certification déclarée active par la source (diplôme
 * sans date de fermeture).
 *
 * Dernière session d'examen (BCN `DATE_DERNIERE_SESSION`, API `cfd.derniere_session`) : un contrat
 * qui finit une année postérieure à la dernière session ne permet pas de passer ce diplôme à son
 * terme → avertissement, pas bloquant : le CFA bascule en général l'apprenti sur le diplôme qui
 * remplace l'ancien (continuité, nommée dans le message) par avenant, et le contrat peut finir
 * après les épreuves (résultats, rattrapage). Sans dernière session connue, ce point est muet ;
 * sans date de fin de contrat, il est indéterminé. L'état actif/inactif de la fiche
 * (`periode_validite.rncp.actif`) est vérifié par PP-CERTIF-EXISTS.
 *
 * @example
 * ```ts
 * await evaluerReglesAsync([reglePrepaiementCertificationDates], contrat, { dateEvaluation: "2026-11-26", ports: { referentiel } });
 * ```
 */
export const reglePrepaiementCertificationDates = regleParConsultations<ContratAControler, { referentiel: Referentiel }>({
  nature: "asynchrone",
  ports: ["referentiel"],
  id: "prepaiement.certification.dates",
  titre: "Certification valide à la date de début du contrat",
  description: "Début de validité ≤ date de début du contrat ≤ fin de validité de la certification (fin dépassée : avertissement, exception métier possible).",
  severite: "bloquant",
  references: [referencePrepaiement("PP-CERTIF-DATES")],
  parametres: [],
  chemins: ["formation.rncp", "formation.codeDiplome", "contrat.dateDebutContrat", "contrat.dateFinContrat"],
  idSpecification: ["PP-CERTIF-DATES"],
  points: ["certification.ouverte", "certification.valide"],
  // Les étapes ne lisent que les deux codes (le CFD faute de RNCP) et les dates de début et de fin : une explication par
  // quadruplet, presque propre au contrat (ses deux dates), réemployée seulement sur des ports qui le permettent (reemployerParContrat).
  cleEntrees: (contrat, contexte) => cleReemployable(contexte.ports, "prepaiement.certification.dates", cleCertificationDates, contrat),
  *etapes(contrat, contexte) {
    const l = new Lecture(contrat);
    const debut = l.date("contrat.dateDebutContrat");
    if (debut === undefined) return [l.indetermine()];
    const c = yield* etapesCertificationDuContrat(contrat);
    if ("constat" in c) return [c.constat];
    const { code, chemin, reponse: r } = c;
    if (r.statut !== "trouve") {
      for (const point of ["certification.ouverte", "certification.valide"]) noterPreuve(contexte, point, r, false);
      return [sansConclusion(chemin, `la validité de ${code}`, r)];
    }
    const { dateDebut, dateFin } = r.valeur;
    const derniereSession = r.valeur.derniereSession ?? null;
    const constats: ConstatRegle[] = [];
    if (derniereSession !== null) {
      const fin = l.date("contrat.dateFinContrat");
      if (fin === undefined) constats.push(l.indetermine(`Dernière session d'examen de ${code} (${String(derniereSession)}) non comparable : date de fin du contrat absente.`));
      else if (Number(fin.slice(0, 4)) > derniereSession) {
        const nouvelles = r.valeur.continuite.nouvelles;
        constats.push({
          statut: "non_conforme",
          severite: "avertissement",
          chemins: [chemin, "contrat.dateFinContrat"],
          message: `Le contrat finit le ${fin}, après la dernière session d'examen de ${code} (${String(derniereSession)}) : l'apprenti ne pourra pas passer ce diplôme à son terme${nouvelles.length > 0 ? ` ; diplôme de remplacement : ${nouvelles.join(", ")} (avenant à prévoir)` : ""}.`,
          details: { source: r.source, derniereSession, dateFinContrat: fin, nouvelles },
        });
      }
    }
    noterPreuve(contexte, "certification.ouverte", r, dateDebut === null ? ouverteAvantDebut(r.valeur.actif, r.source.date, debut) : dateDebut <= debut, `ouverture ${dateDebut ?? "inconnue"}, début du contrat ${debut}`);
    noterPreuve(contexte, "certification.valide", r, dateFin === null ? r.valeur.actif === true : debut <= dateFin, `fin de validité ${dateFin ?? "inconnue"}, état actif ${String(r.valeur.actif)}`);
    if (dateDebut === null && dateFin === null) return [...constats, sansConclusion(chemin, `la validité de ${code}`, r, "dates de validité inconnues")];
    // sans date d'ouverture, une certification active à la date des données, antérieure au début du contrat, était déjà ouverte
    const ouverteAvant = ouverteAvantDebut(r.valeur.actif, r.source.date, debut);
    if (dateDebut === null && !ouverteAvant) constats.push(sansConclusion(chemin, `l'ouverture de ${code} au début du contrat (${debut})`, r, "date d'ouverture inconnue"));
    else if (dateDebut !== null && debut < dateDebut) {
      constats.push({ statut: "non_conforme", chemins: [chemin, "contrat.dateDebutContrat"], message: `Le contrat commence le ${debut}, avant l'ouverture de la certification ${code} (${dateDebut}).`, details: { source: r.source, dateDebut } });
    }
    if (dateFin === null) {
      // sans fin de validité, seule une certification déclarée active par la source est ouverte sans échéance
      if (r.valeur.actif !== true) constats.push(sansConclusion(chemin, `la fin de validité de ${code}`, r, "date de fin de validité inconnue et état actif non établi"));
    } else if (debut > dateFin) {
      constats.push({
        statut: "non_conforme",
        severite: "avertissement",
        chemins: [chemin, "contrat.dateDebutContrat"],
        message: `Le contrat commence le ${debut}, après la fin de validité de la certification ${code} (${dateFin}) : prise en charge seulement par exception (parcours en cours, nouveau contrat après rupture).`,
        details: { source: r.source, dateFin },
      });
    }
    return constats;
  },
});
