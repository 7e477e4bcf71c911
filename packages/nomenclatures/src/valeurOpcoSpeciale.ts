import { normaliserNomOpco } from "./normaliserNomOpco";

const SPECIALES = new Map<string, "inconnu" | "multiple">([
  [normaliserNomOpco("inconnu"), "inconnu"],
  [normaliserNomOpco("UNKNOWN_OPCO"), "inconnu"],
  [normaliserNomOpco("Je ne sais pas"), "inconnu"],
  [normaliserNomOpco("N/C"), "inconnu"],
  [normaliserNomOpco("OPCO multiple"), "multiple"],
  [normaliserNomOpco("MULTIPLE_OPCO"), "multiple"],
]);

/**
 * Reconnaît les valeurs qui, dans les systèmes d'échange, tiennent la place d'un OPCO sans en
 * désigner un : OPCO inconnu (La bonne alternance « inconnu », « UNKNOWN_OPCO », « Je ne sais pas »,
 * France compétences « N/C ») ou plusieurs OPCO (« OPCO multiple », CFA Dock « MULTIPLE_OPCO »).
 *
 * @param nom - valeur reçue.
 * @returns `"inconnu"`, `"multiple"`, ou `undefined` si la valeur n'est pas une de ces valeurs spéciales.
 * @example
 * ```ts
 * import { valeurOpcoSpeciale } from "@communs-opco/nomenclatures";
 * valeurOpcoSpeciale("N/C"); // "inconnu"
 * valeurOpcoSpeciale("MULTIPLE_OPCO"); // "multiple"
 * valeurOpcoSpeciale("AKTO"); // undefined
 * ```
 */
export function valeurOpcoSpeciale(nom: string): "inconnu" | "multiple" | undefined {
  return SPECIALES.get(normaliserNomOpco(nom));
}
