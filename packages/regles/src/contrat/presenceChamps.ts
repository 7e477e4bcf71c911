import type { ContratAControler } from "../ContratAControler";
import { accesseurChemin } from "../compile/accesseurChemin";
import type { VueContrat } from "../compile/VueContrat";
import { estRenseigne, Lecture } from "../Lecture";
import type { ConstatRegle, RegleSynchrone } from "../Regle";
import { champsSimplesRemplis } from "../generated/champsSimplesRemplis";
import { champsObligatoires, estChampSimple, type ChampObligatoire } from "./champsObligatoires";
import { articleCodeTravail, documentationControle, noticeCerfa } from "./referencesJuridiques";

/**
 * Le champ obligatoire est-il rempli (une de ses représentations renseignée ; `true` pour une
 * attestation) ? `null` quand le champ n'est pas exigé pour ce contrat.
 *
 * @example
 * ```ts
 * champRempli(champsObligatoires[0]!, new Lecture(contrat)); // true, false ou null
 * ```
 */
export function champRempli(champ: ChampObligatoire, l: Lecture): boolean | null {
  if (champ.condition !== undefined && !champ.condition(l)) return null;
  const chemins = [champ.chemin, ...(champ.alternatives ?? [])];
  return chemins.some((c) => (champ.doitEtreVrai === true ? l.brut(c) === true : l.renseigne(c)));
}

/** Conditions d'obligation distinctes des champs non simples (plusieurs champs partagent la même). */
const conditions = [...new Set(champsObligatoires.flatMap((champ) => (champ.condition === undefined ? [] : [champ.condition])))];
/**
 * Champs obligatoires non simples (condition, autres représentations, attestation), compilés pour
 * la garde : mêmes champs que les constats ; `condition` est le rang de leur condition dans
 * `conditions` (-1 sans condition).
 */
const champsCompiles = champsObligatoires
  .filter((champ) => !estChampSimple(champ))
  .map((champ) => ({
    doitEtreVrai: champ.doitEtreVrai === true,
    condition: champ.condition === undefined ? -1 : conditions.indexOf(champ.condition),
    lire: [champ.chemin, ...(champ.alternatives ?? [])].map(accesseurChemin),
  }));

/**
 * Garde : chaque champ exigé (condition comprise) a une représentation renseignée (`true` pour une
 * attestation). Les champs simples sont vérifiés par le code généré au build depuis la même table
 * (`champsSimplesRemplis`), chaque objet du contrat lu une fois ; chaque condition distincte
 * (fonction pure du contrat) est évaluée au plus une fois.
 */
function tousChampsRemplis(vue: VueContrat): boolean {
  const contrat = vue.contrat;
  if (!champsSimplesRemplis(contrat)) return false;
  let l: Lecture | undefined;
  let evaluees = 0; // bit i : condition i évaluée
  let vraies = 0; // bit i : condition i vraie
  for (const { doitEtreVrai, condition, lire } of champsCompiles) {
    if (condition >= 0) {
      const bit = 1 << condition;
      if ((evaluees & bit) === 0) {
        evaluees |= bit;
        if ((conditions[condition] as (l: Lecture) => boolean)((l ??= new Lecture(contrat)))) vraies |= bit;
      }
      if ((vraies & bit) === 0) continue;
    }
    let rempli = false;
    for (const lecture of lire) {
      const v = lecture(contrat);
      if (doitEtreVrai ? v === true : estRenseigne(v)) {
        rempli = true;
        break;
      }
    }
    if (!rempli) return false;
  }
  return true;
}

/**
 * Présence des champs obligatoires du CERFA, statiques et conditionnels (R-REQ) :
 * un constat par champ exigé et vide, avec le message « … est obligatoire ». La table est
 * `champsObligatoires`.
 *
 * @example
 * ```ts
 * evaluerRegles([reglePresenceChamps], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const reglePresenceChamps: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "contrat.presence.obligatoires",
  titre: "Champs obligatoires renseignés",
  description:
    "Chaque champ obligatoire du CERFA est renseigné, y compris les champs exigés sous condition : représentant légal d'un mineur non émancipé, numéro du contrat et date d'effet d'un avenant (types 31 à 38), lieu de formation distinct du CFA, attestations.",
  severite: "bloquant",
  references: [articleCodeTravail("L6222-4"), noticeCerfa("ensemble des rubriques : mentions obligatoires du contrat"), documentationControle("saisie", "R-REQ")],
  parametres: [],
  chemins: champsObligatoires.map((c) => c.chemin),
  idSpecification: ["R-REQ"],
  garde: tousChampsRemplis,
  evaluer(contrat) {
    const l = new Lecture(contrat);
    const constats: ConstatRegle[] = [];
    for (const champ of champsObligatoires) {
      if (champRempli(champ, l) !== false) continue;
      constats.push({
        statut: "non_conforme",
        chemins: [champ.chemin],
        message: `${champ.libelle} est obligatoire${champ.conditionTexte === undefined ? "" : ` (${champ.conditionTexte})`}.`,
        details: { bloc: champ.bloc },
      });
    }
    return constats;
  },
};
