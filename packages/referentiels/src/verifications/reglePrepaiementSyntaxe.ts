import { type ConstatRegle, type ContratAControler, Lecture, regleFormatCfd, regleFormatRncp, regleFormatSiret, regleFormatUai, regleParConsultations } from "@communs-opco/regles";
import { referencePrepaiement } from "./referencePrepaiement";
import { vueContratParesseuse } from "./vueContratParesseuse";

/** Les règles de format reprises, dans l'ordre de leurs constats et de leurs preuves. */
const FORMATS = [regleFormatSiret, regleFormatUai, regleFormatRncp, regleFormatCfd];

/** Code du Répertoire spécifique (RS) à la place du RNCP. */
const CODE_RS = /^\s*RS\s*\d+\s*$/i;

/**
 * Clé des contrats dont tous les identifiants sont bien formés (ou non déclarés), sans code RS :
 * leurs étapes ne relèvent aucun constat et notent les mêmes preuves, une même explication pour
 * tous. Décidé par la garde compilée de chaque règle de format (vraie seulement quand la règle ne
 * relèverait aucun constat), sans construire de constat ; `undefined` (explication propre au
 * contrat) dès qu'une garde manque ou refuse.
 */
function cleIdentifiantsBienFormes(contrat: ContratAControler): string | undefined {
  const rncp = new Lecture(contrat).brut("formation.rncp");
  if (typeof rncp === "string" && CODE_RS.test(rncp)) return undefined;
  // Les gardes de format ne lisent que le contrat (aucune date, aucune date d'évaluation) : vue aux dates lues à la demande.
  const vue = vueContratParesseuse(contrat, Number.NaN);
  for (const regle of FORMATS) if (regle.garde === undefined || !regle.garde(vue)) return undefined;
  return "bien-formes";
}

/**
 * PP-ID-SYNTAX — syntaxe des identifiants avant paiement : reprend les règles de format du moteur
 * (`identifiants.siret.format`, `identifiants.uai.format`, `formation.rncp.format`,
 * `formation.codeDiplome.format` : Luhn et exception de La Poste, lettre clé UAI, formats CFD et
 * RNCP) et refuse explicitement un code du Répertoire spécifique (RS) à la place du RNCP.
 *
 * @example
 * ```ts
 * await evaluerReglesAsync([reglePrepaiementSyntaxe], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const reglePrepaiementSyntaxe = regleParConsultations<ContratAControler, Record<string, never>>({
  nature: "asynchrone",
  ports: [],
  id: "prepaiement.identifiants.syntaxe",
  titre: "Syntaxe des identifiants (avant paiement)",
  description:
    "Chaque SIRET (employeur, CFA, lieu) a une clé de Luhn valide (exception de La Poste), chaque UAI une lettre clé correcte, le CFD et le RNCP sont bien formés ; un code RS n'est pas admis pour l'apprentissage.",
  severite: "bloquant",
  references: [referencePrepaiement("PP-ID-SYNTAX")],
  parametres: [],
  chemins: [...regleFormatSiret.chemins, ...regleFormatUai.chemins, ...regleFormatRncp.chemins, ...regleFormatCfd.chemins],
  idSpecification: ["PP-ID-SYNTAX"],
  points: [regleFormatSiret.id, regleFormatUai.id, regleFormatRncp.id, regleFormatCfd.id],
  // Contrats aux identifiants tous bien formés : une explication conforme, réemployée hors ligne.
  cleEntrees: cleIdentifiantsBienFormes,
  *etapes(contrat, contexte) {
    const constats: ConstatRegle[] = [];
    const rncp = new Lecture(contrat).brut("formation.rncp");
    const codeRs = typeof rncp === "string" && CODE_RS.test(rncp);
    for (const regle of FORMATS) {
      const avant = constats.length;
      for (const c of regle.evaluer(contrat, contexte)) {
        if (codeRs && regle === regleFormatRncp) continue;
        constats.push({ ...c, details: { ...c.details, regleFormat: regle.id } });
      }
      const valide = constats.length === avant && !(codeRs && regle === regleFormatRncp);
      contexte.preuve(regle.id, valide ? "prouve" : "non_prouve", "contrôle local de syntaxe", valide ? "identifiants déclarés bien formés (ou non déclarés)" : "identifiant mal formé (voir constats)");
    }
    if (codeRs) {
      constats.push({
        statut: "non_conforme",
        chemins: ["formation.rncp"],
        message: `Le code ${String(rncp).trim()} relève du Répertoire spécifique (RS) : il n'ouvre pas droit à un contrat d'apprentissage (code RNCP attendu).`,
        details: { code: String(rncp).trim() },
      });
    }
    return constats;
  },
});
