import type { ContratAControler } from "../ContratAControler";
import { accesseurChemin } from "../compile/accesseurChemin";
import type { VueContrat } from "../compile/VueContrat";
import { estRenseigne, Lecture } from "../Lecture";
import type { ConstatRegle, RegleSynchrone } from "../Regle";
import { champsObligatoires, type ChampObligatoire } from "./champsObligatoires";
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

/** Champ toujours exigé, sans autre représentation, qu'il suffit de trouver renseigné. */
const estSimple = (champ: ChampObligatoire): boolean => champ.condition === undefined && champ.alternatives === undefined && champ.doitEtreVrai !== true;
/** Champs obligatoires compilés pour la garde : chemins lus par des accesseurs fixes, même table que les constats. */
const lectureSimples = champsObligatoires.filter(estSimple).map((champ) => accesseurChemin(champ.chemin));
const champsCompiles = champsObligatoires.filter((champ) => !estSimple(champ)).map((champ) => ({ champ, lire: [champ.chemin, ...(champ.alternatives ?? [])].map(accesseurChemin) }));

/** Garde : chaque champ exigé (condition comprise) a une représentation renseignée (`true` pour une attestation). */
function tousChampsRemplis(vue: VueContrat): boolean {
  const contrat = vue.contrat;
  for (let i = 0; i < lectureSimples.length; i++) if (!estRenseigne((lectureSimples[i] as (racine: unknown) => unknown)(contrat))) return false;
  let l: Lecture | undefined;
  for (const { champ, lire } of champsCompiles) {
    if (champ.condition !== undefined && !champ.condition((l ??= new Lecture(contrat)))) continue;
    let rempli = false;
    for (const lecture of lire) {
      const v = lecture(contrat);
      if (champ.doitEtreVrai === true ? v === true : estRenseigne(v)) {
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
