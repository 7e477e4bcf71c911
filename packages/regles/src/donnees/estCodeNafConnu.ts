import { codesNaf } from "./codesNaf";

let ensemble: Set<string> | undefined;

/**
 * Le code est-il une sous-classe de la NAF rév. 2 (forme normalisée `NN.NNX`) ? Données
 * embarquées de `@socialgouv/codes-naf`, sans accès réseau.
 *
 * @example
 * ```ts
 * estCodeNafConnu("62.01Z"); // true
 * estCodeNafConnu("62.99Z"); // false
 * ```
 */
export function estCodeNafConnu(code: string): boolean {
  ensemble ??= new Set(codesNaf.split(" "));
  return ensemble.has(code);
}
