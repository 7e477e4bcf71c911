import type { Constat } from "@communs-opco/regles";
import { financementDuContrat, reglesBloquantesPrepaiement, valoriserConstatsPrepaiement, type Referentiel, type ValorisationPrepaiement } from "@communs-opco/referentiels";

/**
 * Valorise un enregistrement contrôlé pour l'indicateur I-OPCO-INDUS : s'il porte au moins un
 * constat **bloquant non conforme** d'une vérification avant paiement (`prepaiement.*`), calcule le
 * financement du contrat (`financementDuContrat`, NPEC cherché dans le même référentiel que les
 * vérifications) puis `valoriserConstatsPrepaiement` ; sinon `sans_constat_bloquant`, sans calcul.
 * Un financement indéterminé (NPEC introuvable, date absente…) donne `non_valorise` avec ses
 * raisons, jamais un montant nul. Ne lève pas et ne lit pas l'horloge.
 *
 * @example
 * ```ts
 * const v = await valoriserAvantPaiement({ valeur, constats, referentiel: ports.referentiel, contrat: "contrats.jsonl:3", opco: "akto", date: "2025-11-03" });
 * if (v.statut === "valorise") console.log(v.montantEnJeuCentimes);
 * ```
 */
export async function valoriserAvantPaiement(entree: {
  valeur: unknown;
  constats: readonly Constat[];
  referentiel: Pick<Referentiel, "npec" | "certification">;
  contrat: string;
  opco: string;
  date: string;
}): Promise<ValorisationPrepaiement> {
  // Le financement n'est calculé (recherche du NPEC) que pour un contrat dont la prise en charge est suspendue.
  if (reglesBloquantesPrepaiement(entree.constats).length === 0) return { statut: "sans_constat_bloquant" };
  const financement = await financementDuContrat(entree.valeur, entree.referentiel);
  return valoriserConstatsPrepaiement({ contrat: entree.contrat, opco: entree.opco, date: entree.date, constats: entree.constats, financement });
}
