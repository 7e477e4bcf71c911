import { consulter, type EtapesRegle } from "@communs-opco/regles";
import type { Referentiel } from "../Referentiel";

/** Méthodes de consultation du port {@link Referentiel}. */
type MethodeReferentiel = Exclude<keyof Referentiel, "nom" | "capacites">;

/**
 * Consulte le port `referentiel` depuis les étapes d'une vérification avant paiement
 * (`yield* consulterReferentiel("organisme", siret)`) : la réponse a le type de la méthode du port,
 * qu'elle soit attendue (en ligne, mixte) ou lue directement en mémoire (hors ligne).
 *
 * @example
 * ```ts
 * const r = yield* consulterReferentiel("organisme", "13000492600015");
 * if (r.statut === "trouve") console.log(r.valeur.qualiopi);
 * ```
 */
export function consulterReferentiel<M extends MethodeReferentiel>(methode: M, ...args: Parameters<Referentiel[M]>): EtapesRegle<Awaited<ReturnType<Referentiel[M]>>> {
  return consulter<Awaited<ReturnType<Referentiel[M]>>>("referentiel", methode, ...args);
}
