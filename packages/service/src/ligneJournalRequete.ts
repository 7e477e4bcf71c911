/**
 * Champs de la ligne de journal d'une requête terminée : jamais l'URL complète, les en-têtes, le
 * corps ni la clé d'API.
 *
 * @example
 * ```ts
 * const champs: ChampsJournalRequete = { requete: "suivi-42", methode: "POST", route: "/v1/contrats/controle", statut: 200, dureeMs: 2, titulaire: "akto", contrats: 1 };
 * ```
 */
export interface ChampsJournalRequete {
  readonly requete: string;
  readonly methode: string;
  readonly route: string;
  readonly statut: number;
  readonly dureeMs: number;
  readonly titulaire: string;
  readonly contrats: number;
}

/** Dernier instant écrit (ms) et son texte ISO : les requêtes d'une même milliseconde le reprennent. */
let dernierInstant = Number.NaN;
let dernierTexte = "";

/** Texte ISO 8601 d'un instant (ms), celui de `pino.stdTimeFunctions.isoTime`. */
function horodatage(instant: number): string {
  if (instant !== dernierInstant) {
    dernierTexte = new Date(instant).toISOString();
    dernierInstant = instant;
  }
  return dernierTexte;
}

/**
 * Ligne JSON du journal d'une requête, de forme fixe, écrite telle que pino l'écrirait avec la
 * configuration par défaut du service (`level`, `time` ISO, `service`, les champs, `msg`), mais
 * construite d'un seul gabarit : ni parcours générique de l'objet, ni masquage `redact` (aucun de
 * ces champs n'est une donnée personnelle ni un secret). Chaque texte passe par `JSON.stringify`.
 *
 * @example
 * ```ts
 * flux.write(ligneJournalRequete({ requete: "r1", methode: "GET", route: "/sante", statut: 200, dureeMs: 0, titulaire: "anonyme", contrats: 0 }, Date.now()));
 * ```
 */
export function ligneJournalRequete(champs: ChampsJournalRequete, instant: number): string {
  const { requete, methode, route, statut, dureeMs, titulaire, contrats } = champs;
  return `{"level":30,"time":"${horodatage(instant)}","service":"communs-opco","requete":${JSON.stringify(requete)},"methode":${JSON.stringify(methode)},"route":${JSON.stringify(route)},"statut":${statut},"dureeMs":${dureeMs},"titulaire":${JSON.stringify(titulaire)},"contrats":${contrats},"msg":"requête traitée"}\n`;
}
