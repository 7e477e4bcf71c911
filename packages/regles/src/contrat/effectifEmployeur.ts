import type { ContratAControler } from "../ContratAControler";
import { Lecture } from "../Lecture";
import type { RegleSynchrone } from "../Regle";
import { documentationControle } from "./referencesJuridiques";
import { siRenseigne } from "../compile/applicabiliteChamp";

/** Borne de saisie du champ « effectif » du CERFA (7 chiffres) : limite de format, pas valeur légale. */
const EFFECTIF_MAXIMUM_SAISIE = 9_999_999;

/**
 * L'effectif de l'entreprise est un entier positif ou nul d'au plus 7 chiffres (R-EFFECTIF).
 *
 * @example
 * ```ts
 * evaluerRegles([regleEffectifEmployeur], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleEffectifEmployeur: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "employeur.effectif.format",
  titre: "Effectif de l'entreprise",
  description: "L'effectif salarié de l'entreprise (et non de l'établissement) est un nombre entier positif ou nul, d'au plus 7 chiffres.",
  severite: "bloquant",
  references: [documentationControle("identifiants", "R-EFFECTIF"), { titre: "Code de la sécurité sociale, article L130-1 (effectif de l'entreprise)" }],
  parametres: [],
  chemins: ["employeur.nombreDeSalaries"],
  idSpecification: ["R-EFFECTIF"],
  ...siRenseigne("employeur.nombreDeSalaries"),
  garde(vue) {
    const n = (vue.contrat as { employeur?: { nombreDeSalaries?: unknown } }).employeur?.nombreDeSalaries;
    return typeof n === "number" && Number.isInteger(n) && n >= 0 && n <= EFFECTIF_MAXIMUM_SAISIE;
  },
  evaluer(contrat) {
    const l = new Lecture(contrat);
    const n = l.nombre("employeur.nombreDeSalaries");
    if (n !== undefined && Number.isInteger(n) && n >= 0 && n <= EFFECTIF_MAXIMUM_SAISIE) return [];
    return [{ statut: "non_conforme", message: "L'effectif de l'entreprise doit être un nombre entier compris entre 0 et 9 999 999.", details: { valeur: l.brut("employeur.nombreDeSalaries") } }];
  },
};
