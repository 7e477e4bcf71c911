import type { ContratAControler } from "../ContratAControler";

/**
 * Réponse de l'historique des dossiers : le contrat précédent trouvé (enregistrement standard de
 * `@communs-opco/schemas`, complet ou réduit aux champs utiles : `employeur.siret`,
 * `contrat.dateSignature`, `contrat.dateFinContrat`, `contrat.dateRupture`,
 * `contrat.remunerationsAnnuelles`, `formation.typeDiplome`), ou la raison pour laquelle il ne
 * l'est pas ; `source` nomme l'origine (« lot contrôlé », base de l'OPCO…).
 *
 * @example
 * ```ts
 * const r: ReponseHistoriqueContrats = { statut: "absent", raison: "contrat 069202309000123 inconnu", source: "base des dossiers" };
 * ```
 */
export type ReponseHistoriqueContrats =
  | { statut: "trouve"; contrat: ContratAControler; source: string }
  | { statut: "absent" | "indisponible"; raison: string; source: string };

/**
 * Identité d'un apprenti transmise à l'historique des dossiers quand le numéro du contrat
 * précédent n'est pas renseigné.
 *
 * @example
 * ```ts
 * const a: ApprentiRecherche = { nom: "MARTIN", prenom: "Léa", dateNaissance: "1995-03-14" };
 * ```
 */
export interface ApprentiRecherche {
  nom: string;
  prenom: string;
  dateNaissance: string;
  nir?: string;
}

/**
 * Port vers l'historique des dossiers de l'OPCO (contrats déjà enregistrés) : le contrat
 * précédent d'un apprenti, par le numéro DECA porté par `contrat.numeroContratPrecedent` ou, à
 * défaut, par l'identité de l'apprenti (dernier contrat conclu avant une date). Un OPCO
 * l'implémente sur sa base de dossiers ; `opco controle` l'implémente sur le lot contrôlé (et les
 * fichiers `--historique`). Une méthode absente ou une réponse `absent`/`indisponible` laisse les
 * règles des contrats successifs sans conclusion, jamais conformes.
 *
 * @example
 * ```ts
 * const historique: PortHistoriqueContrats = {
 *   async contratPrecedent(numero) {
 *     const c = await maBase.contratParNumero(numero);
 *     return c === undefined ? { statut: "absent", raison: `contrat ${numero} inconnu`, source: "base des dossiers" } : { statut: "trouve", contrat: c, source: "base des dossiers" };
 *   },
 * };
 * ```
 */
export interface PortHistoriqueContrats {
  /** Contrat dont le numéro DECA est `numero`. */
  contratPrecedent(numero: string): Promise<ReponseHistoriqueContrats>;
  /** Dernier contrat de l'apprenti conclu avant `avant` (`AAAA-MM-JJ`), facultatif. */
  dernierContratDeLApprenti?(apprenti: ApprentiRecherche, avant: string): Promise<ReponseHistoriqueContrats>;
}

/**
 * Ports des règles des contrats successifs (écart d'un an, rémunération minimale).
 *
 * @example
 * ```ts
 * await evaluerReglesAsync(registreContrat, contrat, { dateEvaluation: "2026-12-06", ports: { historique } });
 * ```
 */
export interface PortsHistoriqueContrats {
  historique: PortHistoriqueContrats;
}
