import { attendreEtapes } from "./attendreEtapes";
import type { EtapesRegle } from "./Consultation";
import type { ConstatRegle, ContexteEtapes, RegleAsynchrone } from "./Regle";
import type { SansObjet } from "./SansObjet";

/**
 * Règle asynchrone écrite une seule fois en étapes (`etapes` : générateur qui cède ses
 * consultations, voir `consulter`) : sa méthode `evaluer` en dérive en attendant chaque port, et
 * `evaluerReglesEnMemoire` la rejoue sans promesse quand les ports sont en mémoire.
 *
 * @example
 * ```ts
 * const regle = regleParConsultations<{ siret?: string }, { referentiel: PortReferentielContrat }>({
 *   nature: "asynchrone", ports: ["referentiel"], id: "exemple.ouvert", titre: "Ouvert", description: "…",
 *   severite: "bloquant", references: [{ titre: "Exemple" }], parametres: [], chemins: ["siret"],
 *   *etapes(e) {
 *     const r = yield* consulter<ReponseReferentielContrat<{ ouvert: boolean | null }>>("referentiel", "organisme", e.siret ?? "");
 *     return r.statut === "trouve" && r.valeur.ouvert === true ? [] : [{ statut: "indetermine", message: "Ouverture non établie." }];
 *   },
 * });
 * ```
 */
export function regleParConsultations<E, Ports extends object>(
  definition: Omit<RegleAsynchrone<E, Ports>, "evaluer" | "etapes"> & {
    etapes(entree: E, contexte: ContexteEtapes<Ports>): EtapesRegle<ConstatRegle[] | SansObjet>;
  },
): RegleAsynchrone<E, Ports> & Required<Pick<RegleAsynchrone<E, Ports>, "etapes">> {
  return {
    ...definition,
    evaluer: (entree, contexte) => attendreEtapes(definition.etapes(entree, contexte as unknown as ContexteEtapes<Ports>), contexte.ports as Record<string, unknown>),
  };
}
