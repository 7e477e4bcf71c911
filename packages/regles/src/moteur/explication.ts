import type { ParametreConsulte } from "@communs-opco/parametres";
import type { Constat } from "../Constat";
import type { MetadonneesRegle } from "../Regle";
import type { Explication, StatutRegle } from "../Resultat";

/** Explication d'une règle : métadonnées, statut, paramètres consultés et constats. */
export function explication(
  regle: MetadonneesRegle,
  statut: StatutRegle,
  parametres: ParametreConsulte<unknown>[],
  constats: Constat[],
): Explication {
  const e: Explication = {
    regle: regle.id,
    titre: regle.titre,
    severite: regle.severite,
    statut,
    chemins: regle.chemins,
    references: regle.references,
    parametres,
    constats,
  };
  if (regle.idSpecification !== undefined) e.idSpecification = regle.idSpecification;
  return e;
}
