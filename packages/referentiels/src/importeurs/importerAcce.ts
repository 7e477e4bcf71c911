import { basename, extname } from "node:path";
import { decoderEnFlux } from "./decoderEnFlux";
import { detecterColonnes } from "./detecterColonnes";
import { ErreurFormatFichier } from "./ErreurFormatFichier";
import { JournalImport } from "./JournalImport";
import { lireEnregistrementsCsv, type EnregistrementCsv } from "./lireEnregistrementsCsv";
import { lireTableCsv } from "./lireTableCsv";
import { normaliserDate } from "./normaliserDate";
import type { OptionsImport } from "./OptionsImport";
import { ouvrirZip } from "./ouvrirZip";
import type { ResultatImport } from "./ResultatImport";

/**
 * Un établissement de l'annuaire ACCE (UAI) de l'Éducation nationale.
 *
 * @example
 * ```ts
 * const e: EtablissementUai = { uai: "0010001W", nature: "320", natureLibelle: "Lycée professionnel", etat: "1", etatLibelle: "Ouvert", secteur: "PU", siret: "19010001800019", denomination: "LP LYCEE DES METIERS", appellation: "Lycée professionnel Alexandre Bérard…", commune: "01004", dateOuverture: "1965-05-01", dateFermeture: null };
 * ```
 */
export interface EtablissementUai {
  uai: string;
  nature: string | null;
  natureLibelle: string | null;
  /** `1` ouvert, `2` à fermer, `3` à ouvrir, `4` fermé. */
  etat: string | null;
  etatLibelle: string | null;
  /** `PU` public, `PR` privé. */
  secteur: string | null;
  siret: string | null;
  denomination: string | null;
  appellation: string | null;
  /** Code commune INSEE. */
  commune: string | null;
  dateOuverture: string | null;
  dateFermeture: string | null;
}

const MOTIFS = {
  uai: /^numero_uai$/,
  nature: /^nature_uai$/,
  natureLibelle: /^nature_uai_libe$/,
  etat: /^etat_etablissement$/,
  etatLibelle: /^etat_etablissement_libe$/,
  secteur: /^secteur_public_prive$/,
  siret: /^numero_siren_siret_uai$/,
  denomination: /^denomination_principale$/,
  appellation: /^appellation_officielle$/,
  commune: /^commune$/,
  ouverture: /^date_ouverture$/,
  fermeture: /^date_fermeture$/,
} as const;

/**
 * Importe l'export ACCE des UAI : archive zip (seule l'entrée `ACCE_UAI.csv` est lue, les tables
 * filles, mères, spécificités et zones sont listées dans `entreesIgnorees`) ou `ACCE_UAI.csv`
 * direct. Latin-1, séparateur `;`.
 *
 * @example
 * ```ts
 * const r = await importerAcce("acce_data.zip");
 * r.enregistrements[0]?.uai; // "0010001W"
 * ```
 */
export async function importerAcce(chemin: string, options: OptionsImport = {}): Promise<ResultatImport<EtablissementUai> & { entreesIgnorees: string[] }> {
  const nom = basename(chemin).normalize("NFC");
  let lignes: AsyncIterable<EnregistrementCsv>;
  let entreesIgnorees: string[] = [];
  if (extname(chemin).toLowerCase() === ".zip") {
    const zip = await ouvrirZip(chemin);
    const entree = zip.noms.find((n) => /(^|\/)ACCE_UAI\.csv$/i.test(n));
    if (entree === undefined) throw new ErreurFormatFichier(nom, "entrée ACCE_UAI.csv absente de l'archive");
    entreesIgnorees = zip.noms.filter((n) => n !== entree);
    lignes = lireEnregistrementsCsv(decoderEnFlux(zip.lire(entree)), { separateur: ";", guillemets: false });
  } else {
    lignes = lireTableCsv(chemin, { separateur: ";", guillemets: false, nomFichier: nom, ...(options.progression ? { progression: options.progression } : {}) });
  }
  const journal = new JournalImport<EtablissementUai>(nom);
  let colonnes: Partial<Record<keyof typeof MOTIFS, number>> | null = null;
  for await (const { ligne, champs, erreur } of lignes) {
    if (erreur !== undefined && colonnes !== null) {
      journal.rejeter({ ligne, raison: erreur });
      continue;
    }
    if (colonnes === null) {
      colonnes = detecterColonnes(champs, MOTIFS);
      if (colonnes.uai === undefined) throw new ErreurFormatFichier(nom, "colonne numero_uai introuvable");
      continue;
    }
    if (champs.every((c) => c.trim() === "")) {
      journal.ignorer();
      continue;
    }
    const c = (cle: keyof typeof MOTIFS): string | null => {
      const i = (colonnes as Partial<Record<keyof typeof MOTIFS, number>>)[cle];
      const v = i === undefined ? undefined : champs[i]?.trim();
      return v === undefined || v === "" ? null : v;
    };
    const uai = c("uai")?.toUpperCase() ?? null;
    if (uai === null || !/^\d{7}[A-Z]$/.test(uai)) {
      journal.rejeter({ ligne, champ: "numero_uai", raison: `UAI invalide : « ${uai ?? ""} »` });
      continue;
    }
    const ouverture = normaliserDate(c("ouverture"));
    const fermeture = normaliserDate(c("fermeture"));
    if (ouverture === undefined || fermeture === undefined) {
      journal.rejeter({ ligne, champ: ouverture === undefined ? "date_ouverture" : "date_fermeture", raison: "date illisible" });
      continue;
    }
    journal.retenir([
      {
        uai,
        nature: c("nature"),
        natureLibelle: c("natureLibelle"),
        etat: c("etat"),
        etatLibelle: c("etatLibelle"),
        secteur: c("secteur"),
        siret: c("siret"),
        denomination: c("denomination"),
        appellation: c("appellation"),
        commune: c("commune"),
        dateOuverture: ouverture,
        dateFermeture: fermeture,
      },
    ]);
  }
  if (colonnes === null) throw new ErreurFormatFichier(nom, "fichier vide");
  return { ...journal.resultat(), entreesIgnorees };
}
