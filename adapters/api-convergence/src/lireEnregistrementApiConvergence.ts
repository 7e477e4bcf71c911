import { estObjet, type ResultatLecteur } from "@communs-opco/adaptateur";
import type { Dossier } from "@communs-opco/schemas";
import { lireAvecTable } from "./lireAvecTable.js";
import { lireDossierApiConvergence, type ContexteLecture } from "./lireDossierApiConvergence.js";
import { natureEnregistrementApiConvergence } from "./natureEnregistrementApiConvergence.js";
import { normaliserEnregistrementApiConvergence } from "./normaliserEnregistrementApiConvergence.js";
import { TOLERANCES_API_CONVERGENCE, type ToleranceApiConvergence } from "./ToleranceApiConvergence.js";
import { tableCertificatApiConvergence } from "./tableCertificatApiConvergence.js";
import { tableConventionApiConvergence } from "./tableConventionApiConvergence.js";
import { tableEtatDossierApiConvergence } from "./tableEtatDossierApiConvergence.js";
import { tableEtatFactureApiConvergence } from "./tableEtatFactureApiConvergence.js";

/** Coûts de convention → financement standard (RQTH par année, repas, nuitées, premier équipement). */
function completerConvention(brut: Record<string, unknown>, candidat: Record<string, unknown>): Record<string, string> {
  const couts = brut["couts"];
  if (!estObjet(couts)) return {};
  const origines: Record<string, string> = {};
  const financement: Record<string, unknown> = estObjet(candidat["financement"]) ? candidat["financement"] : {};
  const majorations: { annee: unknown; montant: unknown }[] = [];
  for (const annee of [1, 2]) {
    const montant = couts[`montantRQTHAnnee${annee}`];
    if (montant === undefined || montant === null) continue;
    origines[`financement.majorationsRqth.${majorations.length}`] = `/couts/montantRQTHAnnee${annee}`;
    majorations.push({ annee, montant });
  }
  if (majorations.length > 0) financement["majorationsRqth"] = majorations;
  const frais: Record<string, unknown>[] = [];
  const ajouter = (cle: string, nature: string, champ: "quantite" | "montantTotal"): void => {
    const valeur = couts[cle];
    if (valeur === undefined || valeur === null) return;
    origines[`financement.fraisAnnexes.${frais.length}`] = `/couts/${cle}`;
    frais.push({ nature, [champ]: valeur });
  };
  ajouter("nombreRepasTotaux", "RESTAURATION", "quantite");
  ajouter("nombreHebergementTotaux", "HEBERGEMENT", "quantite");
  ajouter("montantPremierEquipement", "PREMIER_EQUIPEMENT", "montantTotal");
  if (frais.length > 0) financement["fraisAnnexes"] = frais;
  if (Object.keys(financement).length > 0) candidat["financement"] = financement;
  return origines;
}

/** Historique : l'état daté devient un événement `api-convergence`. */
function completerEtat(brut: Record<string, unknown>, candidat: Record<string, unknown>): Record<string, string> {
  if (typeof candidat["etat"] !== "string" || typeof candidat["dateEtat"] !== "string") return {};
  const evenement: Record<string, unknown> = { type: candidat["etat"], date: candidat["dateEtat"], source: "api-convergence" };
  if (typeof brut["commentaireEtat"] === "string" && brut["commentaireEtat"] !== "") evenement["commentaire"] = brut["commentaireEtat"];
  candidat["evenements"] = [evenement];
  return { "evenements.0": "/dateEtat", "evenements.0.type": "/etat" };
}

/**
 * Lit un enregistrement JSON de l'API Convergence, quelle que soit sa nature (voir
 * {@link natureEnregistrementApiConvergence}), vers le dossier standard :
 * - détail de dossier v1/v2 → dossier complet ;
 * - état de dossier → numéros, état, date et événement daté ;
 * - état de facture → dossier portant `factures[0]` ;
 * - convention → contrat, organisme, formation, `financement` (RQTH, frais annexes) ;
 * - certificat → numéro de dossier, facture et échéance certifiée.
 * Les tolérances activées (`contexte.tolerances`, toutes par défaut) sont appliquées
 * avant la lecture ; celles qui ont servi (et celles de l'enveloppe de la réponse) sont
 * notées dans `source.tolerances`. Un enregistrement non reconnu donne une erreur
 * `structure_invalide`. Ne lève jamais d'exception.
 *
 * @example
 * ```ts
 * const r = lireEnregistrementApiConvergence({ numeroInterne: "A-1", etat: "ENGAGE", dateEtat: "2025-09-18T00:00:00Z" }, { fichier: "etats.json" });
 * if (r.ok) r.valeur.evenements; // [{ type: "ENGAGE", date: "2025-09-18", source: "api-convergence" }]
 * ```
 */
export function lireEnregistrementApiConvergence(recu: unknown, contexte: ContexteLecture): ResultatLecteur<Dossier> {
  const emplacement = { fichier: contexte.fichier, ...(contexte.pointeur === undefined ? {} : { pointeur: contexte.pointeur }) };
  if (!estObjet(recu)) {
    return { ok: false, erreur: { code: "enregistrement_invalide", message: "Un enregistrement API Convergence doit être un objet JSON.", source: emplacement } };
  }
  const { brut, appliquees } = normaliserEnregistrementApiConvergence(recu, contexte.tolerances ?? TOLERANCES_API_CONVERGENCE, contexte.versionAttendue);
  const toutes: ToleranceApiConvergence[] = [...(contexte.tolerancesAppliquees ?? []), ...appliquees];
  const resultat = lireSelonNature(brut, contexte, emplacement);
  if (!resultat.ok || toutes.length === 0) return resultat;
  return { ...resultat, valeur: { ...resultat.valeur, source: { ...resultat.valeur.source, tolerances: toutes } } };
}

function lireSelonNature(brut: Record<string, unknown>, contexte: ContexteLecture, emplacement: { fichier: string; pointeur?: string }): ResultatLecteur<Dossier> {
  switch (natureEnregistrementApiConvergence(brut)) {
    case "dossier":
      return lireDossierApiConvergence(brut, contexte);
    case "etat_dossier":
      return lireAvecTable(brut, tableEtatDossierApiConvergence, contexte, undefined, completerEtat);
    case "etat_facture":
      return lireAvecTable(brut, tableEtatFactureApiConvergence, contexte, "v2");
    case "convention":
      return lireAvecTable(brut, tableConventionApiConvergence(), contexte, "v1", completerConvention);
    case "certificat":
      return lireAvecTable(brut, tableCertificatApiConvergence(), contexte, "v2");
    case undefined:
      return {
        ok: false,
        erreur: {
          code: "structure_invalide",
          message: "Enregistrement API Convergence non reconnu (ni dossier, ni état, ni facture, ni convention, ni certificat).",
          source: emplacement,
        },
      };
  }
}
