import type { ContratAControler } from "../ContratAControler";
import { accesseurChemin } from "../compile/accesseurChemin";
import { gardeChamps } from "../compile/gardeChamps";
import { estRenseigne, Lecture } from "../Lecture";
import type { RegleSynchrone } from "../Regle";
import { controlerChamps } from "./controlerChamps";
import { articleCodeTravail, documentationControle, noticeCerfa } from "./referencesJuridiques";
import { siTexte, siVrai } from "../compile/applicabiliteChamp";

/** Bornes de saisie des montants d'avantages en nature du CERFA (en euros) : limites de format. */
const MONTANT_AVANTAGE = { minimum: 1, maximum: 10_000 } as const;

/**
 * Nouveau contrat avec le même employeur (type 21) : le numéro du contrat précédent devrait être
 * renseigné (proposition du projet, voir docs/controles.md). Avertissement.
 *
 * @example
 * ```ts
 * evaluerRegles([regleNumeroContratPrecedentSuccession], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
const lireNumeroPrecedent = accesseurChemin("contrat.numeroContratPrecedent");
const lireNourriture = accesseurChemin("contrat.avantageNourriture");
const lireLogement = accesseurChemin("contrat.avantageLogement");
const lireAutreAvantage = accesseurChemin("contrat.autreAvantageEnNature");

/** Montant d'avantage admis : nombre de 1 à 10 000 € avec au plus 2 décimales (même critère pour la garde et les constats). */
function montantAdmis(m: unknown): boolean {
  return typeof m === "number" && m >= MONTANT_AVANTAGE.minimum && m <= MONTANT_AVANTAGE.maximum && Math.abs(Math.round(m * 100) - m * 100) <= 1e-6;
}
const montantsAdmis = gardeChamps(["contrat.avantageNourriture", "contrat.avantageLogement"], montantAdmis);

export const regleNumeroContratPrecedentSuccession: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "contrat.numeroContratPrecedent.succession",
  titre: "Numéro du contrat précédent (même employeur)",
  description: "Pour un nouveau contrat avec un apprenti ayant terminé son précédent contrat chez le même employeur (type 21), le numéro du contrat précédent est renseigné.",
  severite: "avertissement",
  references: [noticeCerfa("rubrique « Le contrat » : numéro du contrat précédent"), documentationControle("saisie", "R-REQ", "numéro du contrat précédent pour le type 21, proposition")],
  parametres: [],
  chemins: ["contrat.typeContratApp", "contrat.numeroContratPrecedent"],
  idSpecification: ["R-REQ"],
  ...siTexte("contrat.typeContratApp", "21"),
  garde: (v) => estRenseigne(lireNumeroPrecedent(v.contrat)),
  evaluer(contrat) {
    return new Lecture(contrat).renseigne("contrat.numeroContratPrecedent")
      ? []
      : [{ statut: "non_conforme", chemins: ["contrat.numeroContratPrecedent"], message: "Le numéro du contrat précédent avec le même employeur devrait être renseigné.", details: {} }];
  },
};

/**
 * Avantages en nature (D6222-33) : quand la case est cochée, au moins un avantage est détaillé
 * (nourriture, logement ou autre) ; les montants sont compris entre 1 et 10 000 € avec au plus 2
 * décimales.
 *
 * @example
 * ```ts
 * evaluerRegles([regleAvantagesNature], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleAvantagesNature: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "contrat.avantagesNature.detail",
  titre: "Détail des avantages en nature",
  description: "Quand l'employeur déclare des avantages en nature, au moins l'un d'eux est détaillé (nourriture par repas, logement par mois, autre avantage) et les montants vont de 1 à 10 000 €.",
  severite: "bloquant",
  references: [articleCodeTravail("D6222-33"), documentationControle("saisie", "R-REQ", "sous-partie avantage en nature")],
  parametres: [],
  chemins: ["contrat.avantageNature", "contrat.avantageNourriture", "contrat.avantageLogement", "contrat.autreAvantageEnNature"],
  idSpecification: ["R-REQ"],
  ...siVrai("contrat.avantageNature"),
  garde: (v) => montantsAdmis(v) && (estRenseigne(lireNourriture(v.contrat)) || estRenseigne(lireLogement(v.contrat)) || lireAutreAvantage(v.contrat) === true),
  evaluer(contrat) {
    const l = new Lecture(contrat);
    const constats = controlerChamps(contrat, ["contrat.avantageNourriture", "contrat.avantageLogement"], (m, chemin) =>
      !montantAdmis(m)
        ? { message: `Le montant ${chemin} doit être compris entre 1 et 10 000 €, avec au plus 2 décimales.`, details: { valeur: m } }
        : null,
    );
    const detaille = l.renseigne("contrat.avantageNourriture") || l.renseigne("contrat.avantageLogement") || l.brut("contrat.autreAvantageEnNature") === true;
    if (!detaille) constats.push({ statut: "non_conforme", message: "Avantages en nature déclarés : au moins un avantage (nourriture, logement ou autre) doit être détaillé.", details: {} });
    return constats;
  },
};
