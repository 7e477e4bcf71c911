import { basename } from "node:path";
import { JournalImport } from "./JournalImport";
import { normaliserCfd } from "./normaliserCfd";
import { normaliserDate } from "./normaliserDate";
import { normaliserRncp } from "./normaliserRncp";
import type { OptionsImport } from "./OptionsImport";
import { parcourirTableau } from "./parcourirTableau";
import type { ResultatImport } from "./ResultatImport";
import { texteCellule } from "./texteCellule";

/**
 * Couple code diplôme (CFD) ↔ fiche RNCP du Kit apprentissage (Certif Info, ex-France compétences).
 *
 * @example
 * ```ts
 * const c: CorrespondanceCfdRncp = { cfd: "01022103", rncp: "RNCP37566", accesApprentissage: true, actif: true, dateEcheance: "2026-08-31", versionKit: "v1.0", intitule: "EMPLOYE TRAITEUR (MC NIVEAU III)" };
 * ```
 */
export interface CorrespondanceCfdRncp {
  cfd: string;
  rncp: string;
  /** « Accès à l'apprentissage de la fiche RNCP » (oui/non), `null` dans les versions sans cette colonne. */
  accesApprentissage: boolean | null;
  /** Fiche ACTIVE / INACTIVE, `null` si la version du Kit ne le dit pas. */
  actif: boolean | null;
  dateEcheance: string | null;
  /** Mention « Dernière MaJ » (version du Kit où le couple a changé). */
  versionKit: string | null;
  intitule: string | null;
}

const MOTIFS = {
  cfd: /^code ?diplome$/,
  rncp: /^(code ?rncp|fiche ?rncp)$/,
  intitule: /^intitule (diplome|certification)( \(depp\))?$/,
  acces: /^acces a l'apprentissage/,
  echeance: /^date d'echeance/,
  actif: /^fiche (rncp )?active\/inactive$|^fiche active\/inactive$/,
  maj: /^derniere ?maj$/,
} as const;

/**
 * Importe le Kit apprentissage (CFD ↔ RNCP) : classeur xlsx (feuille « Kit apprentissage ») ou
 * CSV de toutes les versions historiques (v1.0 à v3.0 et 2024, en-têtes renommés, en-tête sur
 * plusieurs lignes). Les CFD perdant leur zéro de tête sont complétés.
 *
 * @example
 * ```ts
 * const r = await importerKit("Kit_apprentissage_20250131.xlsx");
 * r.statistiques.enregistrements; // 6822
 * ```
 */
export async function importerKit(chemin: string, options: OptionsImport = {}): Promise<ResultatImport<CorrespondanceCfdRncp>> {
  const journal = new JournalImport<CorrespondanceCfdRncp>(basename(chemin).normalize("NFC"));
  for await (const l of parcourirTableau(chemin, { ...options, motifs: MOTIFS, requis: ["cfd", "rncp"], feuille: /^kit apprentissage$/ })) {
    if (l.erreur !== undefined) {
      journal.rejeter({ ligne: l.ligne, raison: l.erreur });
      continue;
    }
    if (l.valeurs.length === 0) {
      journal.ignorer();
      continue;
    }
    const position = { ligne: l.ligne, ...(l.feuille === null ? {} : { feuille: l.feuille }) };
    const cfdBrut = texteCellule(l.valeurs, l.colonnes.cfd);
    const rncpBrut = texteCellule(l.valeurs, l.colonnes.rncp);
    const cfd = normaliserCfd(cfdBrut);
    const rncp = normaliserRncp(rncpBrut);
    if (cfd === null) {
      journal.rejeter({ ...position, champ: "Code Diplôme", raison: `code diplôme invalide : « ${cfdBrut ?? ""} »` });
      continue;
    }
    if (rncp === null) {
      const raison = rncpBrut?.toUpperCase() === "NR" ? "pas de fiche RNCP (NR)" : `code RNCP invalide : « ${rncpBrut ?? ""} »`;
      journal.rejeter({ ...position, champ: "Code RNCP", raison });
      continue;
    }
    const echeance = normaliserDate(texteCellule(l.valeurs, l.colonnes.echeance));
    if (echeance === undefined) {
      journal.rejeter({ ...position, champ: "Date d'échéance", raison: `date illisible : « ${texteCellule(l.valeurs, l.colonnes.echeance) ?? ""} »` });
      continue;
    }
    const acces = texteCellule(l.valeurs, l.colonnes.acces)?.toLowerCase() ?? null;
    const actif = texteCellule(l.valeurs, l.colonnes.actif)?.toUpperCase() ?? null;
    journal.retenir([
      {
        cfd,
        rncp,
        accesApprentissage: acces === null ? null : acces === "oui",
        actif: actif === null ? null : actif === "ACTIVE",
        dateEcheance: echeance,
        versionKit: texteCellule(l.valeurs, l.colonnes.maj),
        intitule: texteCellule(l.valeurs, l.colonnes.intitule),
      },
    ]);
  }
  return journal.resultat();
}
