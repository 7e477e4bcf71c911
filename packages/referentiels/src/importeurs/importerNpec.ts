import { basename } from "node:path";
import { analyserLigneNpec, type ColonnesValeursNpec } from "../npec/analyserLigneNpec";
import { colonnesNpec } from "../npec/colonnesNpec";
import type { CorrespondanceCpneIdcc } from "../npec/CorrespondanceCpneIdcc";
import type { EditionNpec } from "../npec/EditionNpec";
import { editionsNpecConnues } from "../npec/editionsNpecConnues";
import type { ValeurNpec } from "../npec/ValeurNpec";
import { detecterColonnes } from "./detecterColonnes";
import { JournalImport } from "./JournalImport";
import { lireClasseurXlsx } from "./lireClasseurXlsx";
import { normaliserIdcc } from "./normaliserIdcc";
import { normaliserTexte } from "./normaliserTexte";
import type { OptionsImport } from "./OptionsImport";
import type { ResultatImport } from "./ResultatImport";

/**
 * Résultat de l'import d'une édition du référentiel NPEC : valeurs (certification × CPNE),
 * rattachements CPNE ↔ IDCC, description de l'édition et rôle reconnu de chaque feuille.
 *
 * @example
 * ```ts
 * const r: ResultatImportNpec = await importerNpec("Referentiel-des-NPEC-15.07.2024_vMAJ-18.07.2024.xlsx");
 * r.correspondances[0]; // { codeCpne: "2", idcc: "0478", … }
 * ```
 */
export interface ResultatImportNpec extends ResultatImport<ValeurNpec> {
  correspondances: CorrespondanceCpneIdcc[];
  edition: EditionNpec;
  /** Rôle reconnu de chaque feuille : `valeurs`, `cpne-idcc`, `lisez-moi` ou `ignoree` (matrice « global », redondante avec la table plate). */
  feuilles: { nom: string; role: "valeurs" | "cpne-idcc" | "lisez-moi" | "ignoree"; ligneEnTete: number | null }[];
}

/**
 * Options de l'import NPEC.
 *
 * @example
 * ```ts
 * const o: OptionsImportNpec = { dateApplicabilite: "2019-09-01" };
 * ```
 */
export interface OptionsImportNpec extends OptionsImport {
  /** Date d'applicabilité à utiliser pour les lignes sans date (prioritaire sur la feuille « Me lire »). */
  dateApplicabilite?: string;
}

const MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"];

type LigneEnAttente =
  | { type: "valeurs"; ligne: number; feuille: string; valeurs: ReturnType<typeof analyserLigneNpec> }
  | { type: "correspondances"; correspondances: CorrespondanceCpneIdcc[] }
  | { type: "rejet"; ligne: number; feuille: string; champ: string; raison: string }
  | { type: "ignoree" };

/**
 * Importe un classeur du référentiel NPEC de France compétences (toutes les mises en page
 * publiées depuis 2019) : lecture en flux, détection des feuilles et des colonnes par leurs
 * en-têtes, cellules NC/NR, cellules multi-RNCP, dates Excel. Les lignes sans date prennent la
 * date de l'édition (option, feuille « Me lire », ou table des éditions connues, à vérifier).
 *
 * @example
 * ```ts
 * const r = await importerNpec("/data/npec/Referentiel-des-NPEC-15.07.2024_vMAJ-18.07.2024.xlsx");
 * r.enregistrements[0]; // { rncp: "RNCP1002", codeCpne: "2", montant: 9497, statut: "A", dateApplicabilite: "2024-07-15", … }
 * ```
 */
export async function importerNpec(chemin: string, options: OptionsImportNpec = {}): Promise<ResultatImportNpec> {
  const fichier = basename(chemin).normalize("NFC");
  const journal = new JournalImport<ValeurNpec>(fichier);
  const enAttente: LigneEnAttente[] = [];
  const feuilles: ResultatImportNpec["feuilles"] = [];
  let dateLisezMoi: string | null = null;
  let version: string | null = null;
  let lues = 0;

  for await (const feuille of lireClasseurXlsx(chemin)) {
    const nomNormalise = normaliserTexte(feuille.nom);
    if (/lire|lisez/.test(nomNormalise)) {
      feuilles.push({ nom: feuille.nom, role: "lisez-moi", ligneEnTete: null });
      for await (const ligne of feuille.lignes) {
        const texte = ligne.valeurs.filter((v) => typeof v === "string").join(" ");
        dateLisezMoi ??= dateDansTexte(texte);
        const v = /^\s*v[ _]?([\w.]+)\s*$/i.exec(texte);
        if (v) version = texte.trim();
      }
      continue;
    }
    let role: "valeurs" | "cpne-idcc" | "ignoree" | null = null;
    let colonnes: ColonnesValeursNpec = {};
    let ligneEnTete: number | null = null;
    let avant = 0;
    for await (const ligne of feuille.lignes) {
      if (role === null) {
        avant += 1;
        const c = detecterColonnes(ligne.valeurs, colonnesNpec);
        if (c.montant !== undefined && (c.rncp !== undefined || c.cfd !== undefined)) role = "valeurs";
        else if (c.codeCpne !== undefined && c.idcc !== undefined && c.montant === undefined) role = "cpne-idcc";
        else if (avant >= 10 || c.rncp !== undefined || c.cfd !== undefined) role = "ignoree";
        if (role !== null) {
          colonnes = c;
          ligneEnTete = ligne.numero;
        }
        continue;
      }
      if (role === "ignoree") continue;
      lues += 1;
      if (lues % 10_000 === 0) options.progression?.({ fichier, lignes: lues });
      if (role === "valeurs") {
        enAttente.push({ type: "valeurs", ligne: ligne.numero, feuille: feuille.nom, valeurs: analyserLigneNpec(ligne.valeurs, colonnes, { fichier, ligne: ligne.numero }) });
      } else {
        enAttente.push(analyserCorrespondance(ligne.valeurs, colonnes, fichier, feuille.nom, ligne.numero));
      }
    }
    feuilles.push({ nom: feuille.nom, role: role ?? "ignoree", ligneEnTete });
  }

  const connue = editionsNpecConnues.find((e) => e.motif.test(fichier));
  const edition: EditionNpec =
    options.dateApplicabilite !== undefined
      ? { fichier, dateApplicabilite: options.dateApplicabilite, origineDate: "option", version }
      : dateLisezMoi !== null
        ? { fichier, dateApplicabilite: dateLisezMoi, origineDate: "lisez-moi", version }
        : connue !== undefined
          ? { fichier, dateApplicabilite: connue.dateApplicabilite, origineDate: "edition-connue", version }
          : { fichier, dateApplicabilite: null, origineDate: null, version };

  const correspondances: CorrespondanceCpneIdcc[] = [];
  for (const e of enAttente) {
    if (e.type === "ignoree") journal.ignorer();
    else if (e.type === "rejet") journal.rejeter({ feuille: e.feuille, ligne: e.ligne, champ: e.champ, raison: e.raison });
    else if (e.type === "correspondances") {
      journal.retenir([]);
      correspondances.push(...e.correspondances);
    } else if ("raison" in e.valeurs) {
      journal.rejeter({ feuille: e.feuille, ligne: e.ligne, champ: e.valeurs.champ, raison: e.valeurs.raison });
    } else {
      const date = e.valeurs.valeurs[0]?.dateApplicabilite ?? edition.dateApplicabilite;
      if (date === null) {
        journal.rejeter({ feuille: e.feuille, ligne: e.ligne, champ: "Date d'applicabilité", raison: "date d'applicabilité absente et date de l'édition inconnue (option --date-applicabilite)" });
      } else {
        journal.retenir(e.valeurs.valeurs.map((v) => ({ ...v, dateApplicabilite: v.dateApplicabilite ?? date })));
      }
    }
  }
  options.progression?.({ fichier, lignes: lues });
  return { ...journal.resultat(), correspondances, edition, feuilles };
}

function analyserCorrespondance(
  valeurs: readonly unknown[],
  colonnes: ColonnesValeursNpec,
  fichier: string,
  feuille: string,
  ligne: number,
): LigneEnAttente {
  const cpne = colonnes.codeCpne === undefined ? null : valeurs[colonnes.codeCpne];
  const idccBrut = colonnes.idcc === undefined ? null : valeurs[colonnes.idcc];
  const libelle = colonnes.libelleCpne === undefined ? null : valeurs[colonnes.libelleCpne];
  if (cpne === null || cpne === undefined || !/^\d+$/.test(String(cpne).trim())) {
    return { type: "rejet", ligne, feuille, champ: "Code CPNE", raison: `code CPNE invalide : « ${String(cpne)} »` };
  }
  const texteIdcc = idccBrut === null || idccBrut === undefined ? "" : String(idccBrut).trim();
  if (texteIdcc === "" || /^n\.?a\.?$/i.test(texteIdcc)) return { type: "ignoree" };
  const parties = texteIdcc.split(/[,;\s]+/).filter((p) => p !== "");
  const idcc = parties.map(normaliserIdcc);
  if (idcc.some((i) => i === null)) return { type: "rejet", ligne, feuille, champ: "IDCC", raison: `IDCC invalide : « ${texteIdcc} »` };
  const codeCpne = String(Number(String(cpne).trim()));
  const libelleCpne = typeof libelle === "string" && libelle.trim() !== "" ? libelle.trim() : null;
  return { type: "correspondances", correspondances: (idcc as string[]).map((i) => ({ codeCpne, libelleCpne, idcc: i, fichier })) };
}

function dateDansTexte(texte: string): string | null {
  const t = normaliserTexte(texte);
  const m = /(?:a compter du|applicables au) (\d{1,2})(?:er)? ([a-z]+) (\d{4})/.exec(t);
  if (!m) return null;
  const mois = MOIS.indexOf(m[2] as string);
  if (mois < 0) return null;
  return `${m[3] as string}-${String(mois + 1).padStart(2, "0")}-${(m[1] as string).padStart(2, "0")}`;
}
