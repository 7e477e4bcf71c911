import type { ParametreConsulte } from "@communs-opco/parametres";
import type { Constat } from "../Constat";
import type { ConstatRegle, MetadonneesRegle } from "../Regle";
import { representer } from "./representer";

/** Complète le constat produit par une règle avec ses métadonnées et les paramètres consultés. */
export function completerConstat(regle: MetadonneesRegle, c: ConstatRegle, parametres: ParametreConsulte<unknown>[]): Constat {
  const constat: Constat = {
    regle: regle.id,
    severite: c.severite ?? regle.severite,
    statut: c.statut,
    chemins: c.chemins ?? [...regle.chemins],
    message: c.message,
    references: regle.references,
    parametres: [...parametres],
    details: c.details ?? {},
  };
  if (c.manquants !== undefined && c.manquants.length > 0) constat.manquants = c.manquants;
  return constat;
}

/** Constat `indetermine` d'une règle qui a levé une exception : jamais conforme. */
export function constatErreurInterne(regle: MetadonneesRegle, erreur: unknown, parametres: ParametreConsulte<unknown>[]): Constat {
  const texte = representer(erreur);
  return completerConstat(
    regle,
    {
      statut: "indetermine",
      message: `La règle ${regle.id} n'a pas pu être évaluée (erreur interne) : le point n'est pas vérifié.`,
      details: { erreur: texte },
    },
    parametres,
  );
}
