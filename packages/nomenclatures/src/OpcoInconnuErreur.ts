/**
 * Erreur levée par {@link exigerOpco} quand un nom ne désigne aucun des 11 OPCO.
 *
 * @example
 * ```ts
 * import { exigerOpco, OpcoInconnuErreur } from "@communs-opco/nomenclatures";
 * try {
 *   exigerOpco("OPCO de Bretagne");
 * } catch (erreur) {
 *   if (erreur instanceof OpcoInconnuErreur) console.log(erreur.nom); // "OPCO de Bretagne"
 * }
 * ```
 */
export class OpcoInconnuErreur extends Error {
  /** Nom reçu, tel quel. */
  readonly nom: string;
  /** `"inconnu"` ou `"multiple"` quand le nom est une valeur spéciale, sinon `undefined`. */
  readonly valeurSpeciale: "inconnu" | "multiple" | undefined;

  constructor(nom: string, valeurSpeciale: "inconnu" | "multiple" | undefined) {
    const precision =
      valeurSpeciale === "inconnu"
        ? " (valeur signifiant « OPCO inconnu »)"
        : valeurSpeciale === "multiple"
          ? " (valeur signifiant « plusieurs OPCO »)"
          : "";
    super(`OPCO inconnu : « ${nom} »${precision}`);
    this.name = "OpcoInconnuErreur";
    this.nom = nom;
    this.valeurSpeciale = valeurSpeciale;
  }
}
