import type { ResultatIdentifiant } from "@communs-opco/identifiants";
import type { ContratAControler } from "../ContratAControler";
import type { MetadonneesRegle, RegleSynchrone } from "../Regle";
import { gardeChamps } from "../compile/gardeChamps";
import { controlerChamps } from "./controlerChamps";

/**
 * Description d'un contrôle de format d'identifiant sur un ou plusieurs chemins.
 *
 * @example
 * ```ts
 * const d: DefinitionFormatIdentifiant = {
 *   id: "opco.siret.format", titre: "SIRET", description: "…", severite: "bloquant",
 *   references: [{ titre: "…" }], chemins: ["employeur.siret"], libelle: "SIRET", verifier: verifierSiret,
 * };
 * ```
 */
export interface DefinitionFormatIdentifiant extends Omit<MetadonneesRegle, "parametres"> {
  /** Nom de l'identifiant dans les messages (« SIRET », « UAI »…). */
  libelle: string;
  verifier(valeur: string): ResultatIdentifiant;
  /**
   * Valeurs le plus souvent propres à chaque contrat (NIR) : la garde ne retient que le verdict de
   * la dernière valeur lue au lieu d'une table de verdicts pour l'exécution. Sans effet sur les constats.
   */
  valeursUniques?: boolean;
}

/**
 * Fabrique une règle de format d'identifiant (contrôle de `@communs-opco/identifiants`) sur tous
 * les chemins de la définition : un constat `non_conforme` par champ renseigné et invalide, avec
 * les motifs du contrôle. Un champ absent n'est pas signalé ici (voir la règle de présence). La
 * valeur contrôlée ne figure pas dans le message (elle peut être une donnée personnelle).
 *
 * @example
 * ```ts
 * const regle = regleFormatIdentifiant({ id: "identifiants.siret", libelle: "SIRET", verifier: verifierSiret, … });
 * ```
 */
export function regleFormatIdentifiant(definition: DefinitionFormatIdentifiant): RegleSynchrone<ContratAControler> {
  const { libelle, verifier, valeursUniques, ...meta } = definition;
  // Un identifiant est admis quand il est un texte (ou un nombre) que `verifier` déclare valide : même critère pour la garde et les constats.
  const admis = (valeur: unknown) => (typeof valeur === "string" || typeof valeur === "number") && verifier(String(valeur)).valide;
  return {
    ...meta,
    nature: "synchrone",
    parametres: [],
    garde: gardeChamps(meta.chemins, admis, valeursUniques === true ? 0 : undefined),
    evaluer(contrat) {
      return controlerChamps(contrat, meta.chemins, (valeur, chemin) => {
        const resultat = typeof valeur === "string" || typeof valeur === "number" ? verifier(String(valeur)) : undefined;
        if (resultat?.valide === true) return null;
        const motifs = resultat === undefined ? [{ code: "type", message: "la valeur n'est pas un texte" }] : resultat.erreurs;
        return { message: `${libelle} invalide (${chemin}) : ${motifs.map((m) => m.message).join(" ; ")}.`, details: { codes: motifs.map((m) => m.code) } };
      });
    },
  };
}
