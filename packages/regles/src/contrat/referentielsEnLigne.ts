import type { ContratAControler } from "../ContratAControler";
import { Lecture } from "../Lecture";
import { consulter } from "../consulter";
import type { ConstatRegle } from "../Regle";
import { regleParConsultations } from "../regleParConsultations";
import type { PortReferentielContrat, PortsReferentielContrat, ReponseReferentielContrat } from "./PortReferentielContrat";
import { documentationControle } from "./referencesJuridiques";

/** Réponse d'une méthode du port `referentiel` des règles du contrat. */
type Reponse<M extends keyof PortReferentielContrat> = Awaited<ReturnType<PortReferentielContrat[M]>>;

/** Constat `indetermine` pour une réponse sans conclusion, qui nomme la source et sa raison. */
function sansConclusion(chemin: string, libelle: string, r: ReponseReferentielContrat<unknown>): ConstatRegle {
  return {
    statut: "indetermine",
    chemins: [chemin],
    message: `Vérification impossible pour ${libelle} : ${r.statut === "indisponible" ? "source indisponible" : "réponse sans conclusion"} (${r.source.nom}${r.statut === "trouve" ? "" : ` : ${r.raison}`}).`,
    manquants: [`ports.referentiel:${r.source.nom}`],
    details: { source: r.source },
  };
}

/**
 * L'établissement employeur existe et est actif (R-SIRET) : recherche par le port `referentiel`
 * (API Entreprise en ligne). Établissement inconnu ou fermé → bloquant ; source indisponible ou
 * état inconnu → indéterminé, avec la source en cause.
 *
 * @example
 * ```ts
 * await evaluerReglesAsync([regleEtablissementEmployeur], contrat, { dateEvaluation: "2026-11-26", ports: { referentiel } });
 * ```
 */
export const regleEtablissementEmployeur = regleParConsultations<ContratAControler, PortsReferentielContrat>({
  nature: "asynchrone",
  ports: ["referentiel"],
  id: "employeur.siret.existence",
  titre: "Établissement employeur existant et actif",
  description: "Le SIRET de l'employeur correspond à un établissement connu du répertoire SIRENE et en activité.",
  severite: "bloquant",
  references: [documentationControle("identifiants", "R-SIRET"), { titre: "Répertoire SIRENE (INSEE), API Entreprise" }],
  parametres: [],
  chemins: ["employeur.siret"],
  idSpecification: ["R-SIRET"],
  applicable: (c) => {
    const siret = new Lecture(c).brut("employeur.siret");
    return typeof siret === "string" && /^\d{14}$/.test(siret);
  },
  *etapes(contrat) {
    const siret = String(new Lecture(contrat).brut("employeur.siret"));
    const r = yield* consulter<Reponse<"entreprise">>("referentiel", "entreprise", siret);
    if (r.statut === "absent") return [{ statut: "non_conforme", message: `Le Siret ${siret} n'existe pas ou n'a pas été retrouvé.`, details: { source: r.source } }];
    if (r.statut !== "trouve" || r.valeur.etat === "inconnu") return [sansConclusion("employeur.siret", `le SIRET ${siret}`, r)];
    if (r.valeur.etat === "ferme") return [{ statut: "non_conforme", message: `Siret inactif : le siret ${siret} correspond à un établissement fermé.`, details: { source: r.source } }];
    return [];
  },
});

/**
 * Le CFA responsable et le lieu de formation existent et sont ouverts (R-SIRET-OF) : SIRET
 * inconnu ou fermé → bloquant ; UAI inconnu → avertissement ; source indisponible ou état
 * d'ouverture inconnu (`null`) → indéterminé : un établissement n'est ouvert que si la source le dit.
 *
 * @example
 * ```ts
 * await evaluerReglesAsync([regleOrganismesFormation], contrat, { dateEvaluation: "2026-11-26", ports: { referentiel } });
 * ```
 */
export const regleOrganismesFormation = regleParConsultations<ContratAControler, PortsReferentielContrat>({
  nature: "asynchrone",
  ports: ["referentiel"],
  id: "organismes.existence",
  titre: "Organismes de formation existants et ouverts",
  description: "Le SIRET et l'UAI du CFA responsable et, s'il est distinct, du lieu de formation sont connus des référentiels ; les établissements sont ouverts.",
  severite: "bloquant",
  references: [documentationControle("identifiants", "R-SIRET-OF"), { titre: "Référentiel des organismes de formation (ONISEP), ACCE" }],
  parametres: [],
  chemins: ["organismeFormation.siret", "organismeFormation.uaiCfa", "etablissementFormation.siret", "etablissementFormation.uaiCfa"],
  idSpecification: ["R-SIRET-OF"],
  *etapes(contrat) {
    const l = new Lecture(contrat);
    const prefixes = ["organismeFormation", ...(l.brut("etablissementFormation.memeResponsable") === false ? ["etablissementFormation"] : [])];
    const constats: ConstatRegle[] = [];
    for (const prefixe of prefixes) {
      for (const [champ, libelle] of [["siret", "Siret"], ["uaiCfa", "UAI"]] as const) {
        const chemin = `${prefixe}.${champ}`;
        const valeur = l.texte(chemin);
        if (valeur === undefined) continue;
        const r = yield* consulter<Reponse<"organisme">>("referentiel", "organisme", valeur);
        if (r.statut === "absent") {
          constats.push({ statut: "non_conforme", chemins: [chemin], severite: champ === "siret" ? "bloquant" : "avertissement", message: `Le ${libelle} ${valeur} (${chemin}) n'a pas été retrouvé dans le référentiel des organismes.`, details: { source: r.source } });
        } else if (r.statut !== "trouve") {
          constats.push(sansConclusion(chemin, `le ${libelle} ${valeur}`, r));
        } else if (r.valeur.ouvert === false) {
          constats.push({ statut: "non_conforme", chemins: [chemin], message: `Le ${libelle} ${valeur} est un établissement fermé.`, details: { source: r.source } });
        } else if (r.valeur.ouvert !== true) {
          constats.push(sansConclusion(chemin, `l'ouverture du ${libelle} ${valeur} (état inconnu de la source)`, r));
        }
      }
    }
    if (constats.length === 0 && l.manquants().length === 2 * prefixes.length) return [l.indetermine()];
    return constats;
  },
});

/**
 * La certification préparée existe et est active (R-RNCP, R-CFD) : code RNCP et code diplôme
 * recherchés par le port `referentiel`. L'activité est jugée aux dates du contrat : une
 * certification dont la fin de validité est postérieure au début du contrat y était active, même
 * fermée depuis. Inconnu ou inactif au début du contrat → bloquant ; source indisponible ou état
 * inconnu (`null`) → indéterminé. Les contrôles avant paiement (ouverture à l'apprentissage, dates de validité) sont
 * du ressort des règles `PP-*`.
 *
 * @example
 * ```ts
 * await evaluerReglesAsync([regleCertificationExistante], contrat, { dateEvaluation: "2026-11-26", ports: { referentiel } });
 * ```
 */
export const regleCertificationExistante = regleParConsultations<ContratAControler, PortsReferentielContrat>({
  nature: "asynchrone",
  ports: ["referentiel"],
  id: "formation.certification.existence",
  titre: "Certification existante et active",
  description: "Le code RNCP et le code diplôme de la formation existent dans les référentiels et sont actifs.",
  severite: "bloquant",
  references: [documentationControle("identifiants", "R-RNCP, R-CFD"), { titre: "RNCP (France compétences), BCN (Éducation nationale), API Apprentissage" }],
  parametres: [],
  chemins: ["formation.rncp", "formation.codeDiplome", "contrat.dateDebutContrat"],
  idSpecification: ["R-RNCP", "R-CFD"],
  *etapes(contrat) {
    const l = new Lecture(contrat);
    const constats: ConstatRegle[] = [];
    const brutDebut = l.brut("contrat.dateDebutContrat");
    // lu sans trace : la date de début n'est qu'un contexte, son absence ne rend pas la règle indéterminée
    const debut = typeof brutDebut === "string" && /^\d{4}-\d{2}-\d{2}$/.test(brutDebut) ? brutDebut : undefined;
    for (const chemin of ["formation.rncp", "formation.codeDiplome"]) {
      const code = l.texte(chemin);
      if (code === undefined) continue;
      const r = yield* consulter<Reponse<"certification">>("referentiel", "certification", code);
      if (r.statut === "absent") constats.push({ statut: "non_conforme", chemins: [chemin], message: `Le code ${code} n'existe pas dans les référentiels de certifications.`, details: { source: r.source } });
      else if (r.statut !== "trouve") constats.push(sansConclusion(chemin, `le code ${code}`, r));
      else if (debut !== undefined && typeof r.valeur.dateFin === "string" && debut <= r.valeur.dateFin) continue; // active aux dates du contrat
      else if (r.valeur.actif === false) constats.push({ statut: "non_conforme", chemins: [chemin], message: `Le code ${code} est inactif${debut === undefined ? "" : ` à la date de début du contrat (${debut})`}.`, details: { source: r.source, dateFin: r.valeur.dateFin ?? null } });
      else if (r.valeur.actif !== true) constats.push(sansConclusion(chemin, `l'activité du code ${code} (état inconnu de la source)`, r));
    }
    if (constats.length === 0 && l.manquants().length === 2) return [l.indetermine()];
    return constats;
  },
});
