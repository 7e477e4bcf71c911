import { formaterEuros } from "@communs-opco/referentiels";
import type { ResumeMontantEnJeu } from "./BilanMontantEnJeu";

/**
 * Phrases (texte brut, sans échappement) du montant en jeu des contrats bloqués avant paiement
 * (I-OPCO-INDUS), communes à la sortie texte et au rapport HTML de `opco controle` : contrats au
 * financement suspendu, montant en jeu des contrats valorisés, et contrats bloqués non valorisés
 * avec leur motif principal — jamais comptés pour 0 € (sans contrat valorisé, le montant est dit
 * inconnu, pas nul).
 *
 * @example
 * ```ts
 * lignesMontantEnJeu(bilanMontant.resume());
 * // ["Financement suspendu (écart bloquant avant paiement) : 3 contrat(s) ; montant en jeu 37 988,00 € pour 2 contrat(s) valorisé(s) (échéancier NPEC, I-OPCO-INDUS).", …]
 * ```
 */
export function lignesMontantEnJeu(m: ResumeMontantEnJeu): string[] {
  if (m.contratsSuspendus === 0) return ["Financement suspendu (écart bloquant avant paiement) : aucun contrat."];
  const montant =
    m.montantEnJeuCentimes === null || m.contratsValorises === 0
      ? "montant en jeu inconnu : aucun contrat valorisé (I-OPCO-INDUS)"
      : `montant en jeu ${formaterEuros(m.montantEnJeuCentimes)} pour ${m.contratsValorises} contrat(s) valorisé(s) (échéancier NPEC, I-OPCO-INDUS)`;
  const lignes = [`Financement suspendu (écart bloquant avant paiement) : ${m.contratsSuspendus} contrat(s) ; ${montant}.`];
  if (m.contratsNonValorises > 0) {
    const principal = m.motifsNonValorises[0];
    const autres = m.motifsNonValorises.length > 1 ? ` ; autres motifs : ${m.motifsNonValorises.slice(1, 4).map((x) => `${x.motif} (${x.contrats})`).join(", ")}` : "";
    lignes.push(
      `Non valorisés : ${m.contratsNonValorises} contrat(s) bloqué(s) dont le montant n'a pas pu être calculé (non comptés dans le montant en jeu, jamais pour 0 €)${principal === undefined ? "" : ` ; motif principal : ${principal.motif} (${principal.contrats})`}${autres}.`,
    );
  }
  return lignes;
}
