import { basename } from "node:path";
import { decoderEnFlux } from "./decoderEnFlux";
import { detecterColonnes } from "./detecterColonnes";
import { ErreurFormatFichier } from "./ErreurFormatFichier";
import { JournalImport } from "./JournalImport";
import { lireEnregistrementsCsv } from "./lireEnregistrementsCsv";
import { normaliserDate } from "./normaliserDate";
import { normaliserIdcc } from "./normaliserIdcc";
import { normaliserSiret } from "./normaliserSiret";
import type { OptionsImport } from "./OptionsImport";
import { ouvrirZip } from "./ouvrirZip";
import type { ResultatImport } from "./ResultatImport";

/**
 * Une fiche RNCP ou RS de l'export open data de France compétences, avec ses tables liées.
 *
 * @example
 * ```ts
 * const f: FicheRncp = {
 *   numero: "RNCP509", intitule: "Agent vérificateur d'appareils extincteurs", abrege: "CAP", niveau: "3",
 *   typeEnregistrement: "Enregistrement de droit", actif: false, dateDecision: null, dateEffet: null,
 *   dateFinEnregistrement: "2023-08-31", certificateurs: [], partenaires: [], voiesAcces: [],
 *   accesApprentissage: false, ccn: [], anciennes: [], nouvelles: ["RNCP38228"],
 * };
 * ```
 */
export interface FicheRncp {
  /** `RNCP509`, `RS5000`. */
  numero: string;
  intitule: string | null;
  abrege: string | null;
  /** Niveau européen `"1"`…`"8"` (`NIV3` → `"3"`), `null` pour les fiches RS. */
  niveau: string | null;
  typeEnregistrement: string | null;
  actif: boolean;
  dateDecision: string | null;
  dateEffet: string | null;
  dateFinEnregistrement: string | null;
  certificateurs: { siret: string | null; nom: string | null }[];
  partenaires: { siret: string | null; nom: string | null; habilitation: string | null }[];
  /** Voies d'accès (`Si_Jury`), par exemple « En contrat d'apprentissage ». */
  voiesAcces: string[];
  /** Vrai si une voie d'accès est « En contrat d'apprentissage ». */
  accesApprentissage: boolean;
  ccn: { idcc: string; libelle: string | null }[];
  anciennes: string[];
  nouvelles: string[];
}

const TABLES = ["Standard", "Certificateurs", "Partenaires", "VoixdAccès", "CCN", "Ancienne_Nouvelle_Certification"] as const;
type Table = (typeof TABLES)[number];

/**
 * Importe l'archive `export-fiches-csv-AAAA-MM-JJ.zip` de France compétences (tables Standard,
 * Certificateurs, Partenaires, VoixdAccès, CCN, Ancienne_Nouvelle_Certification ; les autres
 * tables sont listées dans `tablesIgnorees`). Les SIRET perdent leur tabulation de tête ; les noms
 * d'entrée NFD sont normalisés ; les lignes d'une fiche absente de la table Standard sont rejetées ; la continuité
 * ancienne ↔ nouvelle certification est complétée dans les deux sens.
 *
 * @example
 * ```ts
 * const r = await importerFranceCompetences("export-fiches-csv-2024-02-22.zip");
 * r.enregistrements.find((f) => f.numero === "RNCP30271")?.certificateurs; // [{ siret: "82948645500019", nom: "ESCAIA" }]
 * ```
 */
export async function importerFranceCompetences(chemin: string, options: OptionsImport = {}): Promise<ResultatImport<FicheRncp> & { dateExport: string | null; tablesIgnorees: string[] }> {
  const nom = basename(chemin).normalize("NFC");
  const zip = await ouvrirZip(chemin);
  const trouver = (table: Table): string | undefined => zip.noms.find((n) => new RegExp(`_CSV_${table}_\\d{4}_\\d{2}_\\d{2}\\.csv$`, "i").test(n));
  const standard = trouver("Standard");
  if (standard === undefined) throw new ErreurFormatFichier(nom, "table « Standard » absente de l'archive");
  const m = /(\d{4})_(\d{2})_(\d{2})\.csv$/.exec(standard);
  const dateExport = m ? `${m[1] as string}-${m[2] as string}-${m[3] as string}` : null;
  const connues = new Set(TABLES.map(trouver).filter((n): n is string => n !== undefined));
  const tablesIgnorees = zip.noms.filter((n) => !connues.has(n));

  const fiches = new Map<string, FicheRncp>();
  const journal = new JournalImport<FicheRncp>(nom);
  let lues = 0;
  for (const table of TABLES) {
    const entree = trouver(table);
    if (entree === undefined) continue;
    let colonnes: Record<string, number | undefined> | null = null;
    for await (const { ligne, champs, erreur } of lireEnregistrementsCsv(decoderEnFlux(zip.lire(entree)), { separateur: ";", guillemets: true })) {
      if (erreur !== undefined && colonnes !== null) {
        lues += 1;
        journal.rejeter({ feuille: entree, ligne, raison: erreur });
        continue;
      }
      if (colonnes === null) {
        colonnes = detecterColonnes(champs, MOTIFS);
        continue;
      }
      lues += 1;
      if (lues % 10_000 === 0) options.progression?.({ fichier: nom, lignes: lues });
      if (champs.every((c) => c.trim() === "")) {
        journal.ignorer();
        continue;
      }
      const c = (cle: keyof typeof MOTIFS): string | null => {
        const i = (colonnes as Record<string, number | undefined>)[cle];
        const v = i === undefined ? undefined : champs[i]?.trim();
        return v === undefined || v === "" ? null : v;
      };
      const numero = c("numero")?.toUpperCase().replace(/\s/g, "") ?? null;
      if (numero === null || !/^(RNCP|RS)\d+$/.test(numero)) {
        journal.rejeter({ feuille: entree, ligne, champ: "Numero_Fiche", raison: `numéro de fiche invalide : « ${numero ?? ""} »` });
        continue;
      }
      if (table === "Standard") {
        const dates: Record<string, string | null> = {};
        let fautive: "dateDecision" | "dateEffet" | "dateFin" | null = null;
        for (const cle of ["dateDecision", "dateEffet", "dateFin"] as const) {
          const d = normaliserDate(c(cle));
          if (d === undefined) fautive = cle;
          else dates[cle] = d;
        }
        if (fautive !== null) {
          journal.rejeter({ feuille: entree, ligne, champ: fautive, raison: `date illisible : « ${c(fautive) ?? ""} »` });
          continue;
        }
        const fiche: FicheRncp = {
          numero,
          intitule: c("intitule"),
          abrege: c("abrege"),
          niveau: /^NIV(\d)$/i.exec(c("niveau") ?? "")?.[1] ?? null,
          typeEnregistrement: c("typeEnregistrement"),
          actif: c("actif")?.toUpperCase() === "ACTIVE",
          dateDecision: dates["dateDecision"] ?? null,
          dateEffet: dates["dateEffet"] ?? null,
          dateFinEnregistrement: dates["dateFin"] ?? null,
          certificateurs: [],
          partenaires: [],
          voiesAcces: [],
          accesApprentissage: false,
          ccn: [],
          anciennes: [],
          nouvelles: [],
        };
        fiches.set(numero, fiche);
        journal.retenir([fiche]);
        continue;
      }
      const fiche = fiches.get(numero);
      if (fiche === undefined) {
        journal.rejeter({ feuille: entree, ligne, champ: "Numero_Fiche", raison: `fiche ${numero} absente de la table Standard` });
        continue;
      }
      if (table === "Certificateurs" || table === "Partenaires") {
        const brut = c(table === "Certificateurs" ? "siretCertificateur" : "siretPartenaire");
        const siret = normaliserSiret(brut);
        if (brut !== null && siret === null) {
          journal.rejeter({ feuille: entree, ligne, champ: "SIRET", raison: `SIRET invalide : « ${brut} »` });
          continue;
        }
        if (table === "Certificateurs") fiche.certificateurs.push({ siret, nom: c("nomCertificateur") });
        else fiche.partenaires.push({ siret, nom: c("nomPartenaire"), habilitation: c("habilitation") });
      } else if (table === "VoixdAccès") {
        const voie = c("voie");
        if (voie !== null) {
          fiche.voiesAcces.push(voie);
          if (/contrat d.apprentissage/i.test(voie)) fiche.accesApprentissage = true;
        }
      } else if (table === "CCN") {
        for (const i of [1, 2, 3] as const) {
          const idcc = normaliserIdcc(c(`ccn${String(i)}Numero` as keyof typeof MOTIFS));
          if (idcc !== null) fiche.ccn.push({ idcc, libelle: c(`ccn${String(i)}Libelle` as keyof typeof MOTIFS) });
        }
      } else {
        const ancienne = c("ancienne");
        const nouvelle = c("nouvelle");
        if (ancienne !== null && !fiche.anciennes.includes(ancienne)) fiche.anciennes.push(ancienne);
        if (nouvelle !== null && !fiche.nouvelles.includes(nouvelle)) fiche.nouvelles.push(nouvelle);
      }
      journal.retenir([]);
    }
  }
  // Continuité : un lien ancienne → nouvelle déclaré d'un seul côté est reporté de l'autre.
  for (const fiche of fiches.values()) {
    for (const n of fiche.nouvelles) {
      const nouvelle = fiches.get(n);
      if (nouvelle !== undefined && !nouvelle.anciennes.includes(fiche.numero)) nouvelle.anciennes.push(fiche.numero);
    }
    for (const a of fiche.anciennes) {
      const ancienne = fiches.get(a);
      if (ancienne !== undefined && !ancienne.nouvelles.includes(fiche.numero)) ancienne.nouvelles.push(fiche.numero);
    }
  }
  options.progression?.({ fichier: nom, lignes: lues });
  return { ...journal.resultat(), dateExport, tablesIgnorees };
}

const MOTIFS = {
  numero: /^numero_fiche$/,
  intitule: /^intitule$/,
  abrege: /^abrege_libelle$/,
  niveau: /^nomenclature_europe_niveau$/,
  typeEnregistrement: /^type_enregistrement$/,
  actif: /^actif$/,
  dateDecision: /^date_decision$/,
  dateEffet: /^date_effet$/,
  dateFin: /^date_fin_enregistrement$/,
  siretCertificateur: /^siret_certificateur$/,
  nomCertificateur: /^nom_certificateur$/,
  siretPartenaire: /^siret_partenaire$/,
  nomPartenaire: /^nom_partenaire$/,
  habilitation: /^habilitation_partenaire$/,
  voie: /^si_jury$/,
  ccn1Numero: /^ccn_1_numero$/,
  ccn1Libelle: /^ccn_1_libelle$/,
  ccn2Numero: /^ccn_2_numero$/,
  ccn2Libelle: /^ccn_2_libelle$/,
  ccn3Numero: /^ccn_3_numero$/,
  ccn3Libelle: /^ccn_3_libelle$/,
  ancienne: /^ancienne_certification$/,
  nouvelle: /^nouvelle_certification$/,
} as const;
