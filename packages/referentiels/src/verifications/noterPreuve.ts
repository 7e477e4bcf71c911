import type { ContexteRegle } from "@communs-opco/regles";
import type { ReponseReferentiel } from "../Referentiel";

/**
 * Enregistre l'état d'un point d'une vérification avant paiement d'après la réponse d'un port
 * (référentiel, catalogue, géographie) : `prouve` avec la source qui a répondu, ou `non_prouve`
 * avec la source qui a échoué et la raison (source indisponible, absent, information inconnue).
 * Sans réponse (point établi par le contrat lui-même, p. ex. sans objet), la source est « contrat ».
 *
 * @example
 * ```ts
 * noterPreuve(contexte, "cfa.qualiopi", reponse, reponse.statut === "trouve" && reponse.valeur.qualiopi === true);
 * ```
 */
export function noterPreuve(
  contexte: Pick<ContexteRegle, "preuve">,
  point: string,
  reponse: ReponseReferentiel<unknown> | undefined,
  prouve: boolean,
  raison?: string,
): void {
  const source = reponse === undefined ? "contrat" : reponse.source.nom;
  if (prouve) {
    contexte.preuve(point, "prouve", source, raison);
    return;
  }
  const motif =
    reponse === undefined || reponse.statut === "trouve"
      ? (raison ?? "information absente de la réponse")
      : reponse.statut === "indisponible"
        ? `source indisponible : ${reponse.raison}`
        : reponse.statut === "absent"
          ? `absent de la source : ${reponse.raison}`
          : `réponse sans conclusion : ${reponse.raison}`;
  contexte.preuve(point, "non_prouve", source, motif);
}
