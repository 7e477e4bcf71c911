/**
 * Morceau d'un fichier JSON Lines découpé sur des fins de ligne, prêt à être **transféré** (et non
 * copié) à un fil de calcul : ses octets occupent le début de `octets` (`longueur` octets). Le fil
 * principal y a compté les lignes et les enregistrements (lignes non vides) : le morceau connaît
 * ainsi la ligne et le rang de son premier enregistrement dans l'ensemble des fichiers.
 *
 * @example
 * ```ts
 * const m: MorceauLignes = { fichier: "contrats.jsonl", octets: new ArrayBuffer(8), longueur: 3, ligneAvant: 0, rangAvant: 0, lignes: 1, enregistrements: 1 };
 * ```
 */
export interface MorceauLignes {
  /** Nom du fichier dans les provenances (tel que donné sur la ligne de commande). */
  readonly fichier: string;
  readonly octets: ArrayBuffer;
  readonly longueur: number;
  /** Lignes du fichier avant ce morceau. */
  readonly ligneAvant: number;
  /** Enregistrements (tous fichiers confondus) avant ce morceau. */
  readonly rangAvant: number;
  /** Lignes de ce morceau (fins de ligne LF, CR LF ou CR seul ; la dernière ligne sans fin comptée). */
  readonly lignes: number;
  /** Lignes non vides de ce morceau : autant d'enregistrements. */
  readonly enregistrements: number;
}
