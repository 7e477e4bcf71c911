import type { Opco } from "./Opco";
import { OpcoInconnuErreur } from "./OpcoInconnuErreur";
import { resoudreOpco } from "./resoudreOpco";
import { valeurOpcoSpeciale } from "./valeurOpcoSpeciale";

/**
 * Comme {@link resoudreOpco}, mais échoue bruyamment sur un nom inconnu : à utiliser dans les
 * adaptateurs qui lisent un système d'échange, où un nom d'OPCO inattendu doit être signalé
 * plutôt qu'ignoré. Les règles de contrôle, elles, utilisent `resoudreOpco` et produisent un constat.
 *
 * @param nom - nom ou alias tel que reçu.
 * @returns l'OPCO.
 * @throws {@link OpcoInconnuErreur} si le nom ne désigne aucun OPCO (y compris « N/C », « OPCO multiple »…).
 * @example
 * ```ts
 * import { exigerOpco } from "@communs-opco/nomenclatures";
 * exigerOpco("OPCO MOBILITES").slug; // "opco-mobilites"
 * exigerOpco("N/C"); // lève OpcoInconnuErreur
 * ```
 */
export function exigerOpco(nom: string): Opco {
  const trouve = resoudreOpco(nom);
  if (trouve === undefined) throw new OpcoInconnuErreur(nom, valeurOpcoSpeciale(nom));
  return trouve;
}
