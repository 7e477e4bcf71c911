import type { ConstatRegle } from "@communs-opco/regles";
import type { ReponseReferentiel } from "../Referentiel";

/**
 * Constat `indetermine` pour une réponse de référentiel qui ne permet pas de conclure (source
 * indisponible, absente de l'instantané, valeur inconnue) : le message et `manquants` nomment la
 * source en cause. Une vérification avant paiement n'est jamais conforme sans réponse.
 *
 * @example
 * ```ts
 * sansConclusion("organismeFormation.siret", "la certification Qualiopi du CFA 13000492600015", reponse);
 * ```
 */
export function sansConclusion(chemin: string, objet: string, reponse: ReponseReferentiel<unknown>, precision?: string): ConstatRegle {
  const motif =
    reponse.statut === "indisponible"
      ? `source indisponible (${reponse.source.nom} : ${reponse.raison})`
      : reponse.statut === "trouve"
        ? `${precision ?? "information absente de la réponse"} (${reponse.source.nom})`
        : `réponse sans conclusion (${reponse.source.nom} : ${reponse.raison})`;
  return {
    statut: "indetermine",
    chemins: [chemin],
    message: `Vérification impossible pour ${objet} : ${motif}. Le point n'est pas vérifié.`,
    manquants: [`ports.referentiel:${reponse.source.nom}`],
    details: { source: reponse.source, statutReponse: reponse.statut },
  };
}
