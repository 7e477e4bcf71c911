import { validerCandidat, versStandard, type ResultatLecteur, type TableCorrespondance } from "@communs-opco/adaptateur";
import { lireDossier, type Dossier } from "@communs-opco/schemas";
import type { ContexteLecture } from "./lireDossierApiConvergence.js";
import { FORMAT_API_CONVERGENCE } from "./tableDossierApiConvergence.js";

/**
 * Lit un enregistrement API Convergence (état, facture, convention, certificat) avec sa
 * table de correspondance, complète le candidat (`completer` reçoit l'enregistrement
 * brut et le candidat, et renvoie les chemins standard ajoutés et leur pointeur source),
 * puis le valide comme dossier standard. Ne lève jamais d'exception.
 *
 * @example
 * ```ts
 * const r = lireAvecTable({ numeroInterne: "A-1" }, tableEtatDossierApiConvergence, { fichier: "etats.json" }, "v2");
 * ```
 */
export function lireAvecTable(
  brut: Record<string, unknown>,
  table: TableCorrespondance,
  contexte: ContexteLecture,
  version: string | undefined,
  completer?: (brut: Record<string, unknown>, candidat: Record<string, unknown>) => Readonly<Record<string, string>>,
): ResultatLecteur<Dossier> {
  const conversion = versStandard(brut, table);
  const candidat: Record<string, unknown> = { ...conversion.candidat };
  const origines = new Map(conversion.origines);
  if (completer !== undefined) {
    for (const [chemin, pointeur] of Object.entries(completer(brut, candidat))) origines.set(chemin, pointeur);
  }
  if (contexte.opco !== undefined) candidat["opco"] = contexte.opco;
  candidat["source"] = version === undefined ? { systeme: FORMAT_API_CONVERGENCE } : { systeme: FORMAT_API_CONVERGENCE, version };
  return validerCandidat(
    { candidat, extensions: conversion.extensions, origines },
    { lecteur: lireDossier, fichier: contexte.fichier, ...(contexte.pointeur === undefined ? {} : { pointeur: contexte.pointeur }) },
  );
}
