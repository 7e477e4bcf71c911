import { indusEvites, type ResultatControleFinancement } from "@communs-opco/indicateurs";
import {
  chargerInstantaneEmbarque,
  financementDuContrat,
  ReferentielHorsLigne,
  registrePrepaiement,
  valoriserConstatsPrepaiement,
  type ValorisationPrepaiement,
} from "@communs-opco/referentiels";
import { evaluerReglesAsync, type Constat } from "@communs-opco/regles";
import type { DossierExemple } from "./dossiersExemple";

/** Décision de l'OPCO sur les constats bloquants d'un dossier, après instruction. */
export type DecisionOpco = "confirme" | "faux_positif" | "en_attente";

/** Résultat d'un dossier : constats avant paiement et valorisation du financement suspendu. */
export interface DossierVerifie {
  numero: string;
  constats: Constat[];
  valorisation: ValorisationPrepaiement;
}

/**
 * Vérifie un lot de dossiers avant paiement, hors ligne (instantané embarqué), à une date
 * d'évaluation explicite : les 12 vérifications PP-*, le financement (NPEC applicable à la date de
 * conclusion, échéancier) des dossiers bloqués, puis l'indicateur I-OPCO-INDUS une fois les
 * décisions de l'OPCO connues.
 */
export async function verifierAvantPaiement(
  dossiers: readonly DossierExemple[],
  dateEvaluation: string,
  decisions: Readonly<Record<string, DecisionOpco>>,
): Promise<{ dossiers: DossierVerifie[]; indus: ReturnType<typeof indusEvites> }> {
  const referentiel = new ReferentielHorsLigne(await chargerInstantaneEmbarque());
  const verifies: DossierVerifie[] = [];
  const lignes: ResultatControleFinancement[] = [];
  for (const d of dossiers) {
    const { constats } = await evaluerReglesAsync(registrePrepaiement({ opcoPayeur: d.opco }), d.contrat, { dateEvaluation, ports: { referentiel } });
    const financement = await financementDuContrat(d.contrat, referentiel);
    const valorisation = valoriserConstatsPrepaiement({ contrat: d.numero, opco: d.opco, date: dateEvaluation, constats, financement });
    verifies.push({ numero: d.numero, constats, valorisation });
    if (valorisation.statut === "valorise") {
      for (const ligne of valorisation.constats) lignes.push({ ...ligne, decision: decisions[d.numero] ?? "en_attente" });
    }
  }
  return { dossiers: verifies, indus: indusEvites(lignes) };
}
