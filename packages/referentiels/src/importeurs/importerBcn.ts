import { basename } from "node:path";
import { JournalImport } from "./JournalImport";
import { normaliserCfd } from "./normaliserCfd";
import { normaliserDate } from "./normaliserDate";
import type { OptionsImport } from "./OptionsImport";
import { parcourirTableau } from "./parcourirTableau";
import type { ResultatImport } from "./ResultatImport";
import { texteCellule } from "./texteCellule";

/**
 * Un diplôme de la BCN (table N_FORMATION_DIPLOME ou vue V_FORMATION_DIPLOME).
 *
 * @example
 * ```ts
 * const d: DiplomeBcn = { cfd: "46321218", niveau: "463", libelleCourt: "CSA NIV4", libelleLong: "APICULTURE (CSA)", dateOuverture: "2017-09-01", dateFermeture: null, derniereSession: null, nature: "2", niveauRncp: "04", anciens: [], nouveaux: [] };
 * ```
 */
export interface DiplomeBcn {
  cfd: string;
  /** Niveau BCN (3 caractères, `NIVEAU_FORMATION_DIPLOME`). */
  niveau: string | null;
  libelleCourt: string | null;
  libelleLong: string | null;
  dateOuverture: string | null;
  dateFermeture: string | null;
  /** Année de la dernière session d'examen (`DATE_DERNIERE_SESSION`, une année). */
  derniereSession: string | null;
  /** Code de nature du diplôme (`NATURE_FORMATION_DIPLOME`). */
  nature: string | null;
  /** Niveau de qualification RNCP (`NIVEAU_QUALIFICATION_RNCP`, `00` hors périmètre). */
  niveauRncp: string | null;
  /** Anciens et nouveaux codes (continuité). */
  anciens: string[];
  nouveaux: string[];
}

const MOTIFS = {
  cfd: /^formation_diplome$/,
  niveau: /^niveau_formation_diplome$/,
  libelleCourt: /^libelle_court$/,
  libelleLong: /^libelle_long_200$/,
  ouverture: /^date_ouverture$/,
  fermeture: /^date_fermeture$/,
  derniereSession: /^date_derniere_session$/,
  nature: /^nature_formation_diplome$/,
  niveauRncp: /^niveau_qualification_rncp$/,
  ...Object.fromEntries([1, 2, 3, 4, 5, 6, 7].flatMap((i) => [[`ancien${String(i)}`, new RegExp(`^ancien_diplome_${String(i)}$`)], [`nouveau${String(i)}`, new RegExp(`^nouveau_diplome_${String(i)}$`)]])),
} as Record<string, RegExp>;

function codesContinuite(valeurs: readonly unknown[], colonnes: Partial<Record<string, number>>, prefixe: string): string[] {
  const codes: string[] = [];
  for (let i = 1; i <= 7; i++) {
    const cfd = normaliserCfd(texteCellule(valeurs, colonnes[`${prefixe}${String(i)}`]));
    if (cfd !== null) codes.push(cfd);
  }
  return codes;
}

/**
 * Importe la table BCN des diplômes (`N_FORMATION_DIPLOME.csv` ou `V_FORMATION_DIPLOME.csv`) :
 * séparateur `;`, guillemets désactivés (champs avec `"` isolés), Latin-1 ou UTF-8 détecté.
 *
 * @example
 * ```ts
 * const r = await importerBcn("N_FORMATION_DIPLOME.csv");
 * r.enregistrements.find((d) => d.cfd === "46321218")?.libelleLong; // "APICULTURE (CSA)"
 * ```
 */
export async function importerBcn(chemin: string, options: OptionsImport = {}): Promise<ResultatImport<DiplomeBcn>> {
  const journal = new JournalImport<DiplomeBcn>(basename(chemin).normalize("NFC"));
  for await (const l of parcourirTableau(chemin, { ...options, motifs: MOTIFS, requis: ["cfd"], csv: { separateur: ";", guillemets: false } })) {
    if (l.erreur !== undefined) {
      journal.rejeter({ ligne: l.ligne, raison: l.erreur });
      continue;
    }
    if (l.valeurs.length === 0) {
      journal.ignorer();
      continue;
    }
    const brut = texteCellule(l.valeurs, l.colonnes.cfd);
    const cfd = normaliserCfd(brut);
    if (cfd === null) {
      journal.rejeter({ ligne: l.ligne, champ: "FORMATION_DIPLOME", raison: `code formation diplôme invalide : « ${brut ?? ""} »` });
      continue;
    }
    const dates: Record<"ouverture" | "fermeture", string | null> = { ouverture: null, fermeture: null };
    let erreur: string | null = null;
    for (const cle of ["ouverture", "fermeture"] as const) {
      const d = normaliserDate(texteCellule(l.valeurs, l.colonnes[cle]));
      if (d === undefined) erreur = `DATE_${cle.toUpperCase()}`;
      else dates[cle] = d;
    }
    if (erreur !== null) {
      journal.rejeter({ ligne: l.ligne, champ: erreur, raison: "date illisible" });
      continue;
    }
    journal.retenir([
      {
        cfd,
        niveau: texteCellule(l.valeurs, l.colonnes.niveau),
        libelleCourt: texteCellule(l.valeurs, l.colonnes.libelleCourt),
        libelleLong: texteCellule(l.valeurs, l.colonnes.libelleLong),
        dateOuverture: dates.ouverture,
        dateFermeture: dates.fermeture,
        derniereSession: texteCellule(l.valeurs, l.colonnes.derniereSession),
        nature: texteCellule(l.valeurs, l.colonnes.nature),
        niveauRncp: texteCellule(l.valeurs, l.colonnes.niveauRncp),
        anciens: codesContinuite(l.valeurs, l.colonnes, "ancien"),
        nouveaux: codesContinuite(l.valeurs, l.colonnes, "nouveau"),
      },
    ]);
  }
  return journal.resultat();
}
