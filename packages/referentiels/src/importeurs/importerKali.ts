import { basename } from "node:path";
import { JournalImport } from "./JournalImport";
import { normaliserDate } from "./normaliserDate";
import { normaliserIdcc } from "./normaliserIdcc";
import type { OptionsImport } from "./OptionsImport";
import { parcourirTableau } from "./parcourirTableau";
import type { ResultatImport } from "./ResultatImport";
import { texteCellule } from "./texteCellule";

/**
 * Un texte de la base KALI (Légifrance) : convention collective (`IDCC`) ou texte indépendant (`TI`).
 *
 * @example
 * ```ts
 * const c: ConventionKali = { idKali: "KALICONT000046993250", type: "IDCC", idcc: "3248", titre: "Convention collective nationale de la métallurgie…", nature: "CONVENTION COLLECTIVE NATIONALE", etat: "VIGUEUR_ETEN", debut: "2024-01-01", fin: null, url: null };
 * ```
 */
export interface ConventionKali {
  idKali: string;
  type: string | null;
  idcc: string | null;
  titre: string | null;
  nature: string | null;
  /** `VIGUEUR`, `VIGUEUR_ETEN`, `VIGUEUR_NON_ETEN`, `ABROGE`, `DENONCE`, `MODIFIE`, `PERIME`, `REMPLACE`. */
  etat: string | null;
  debut: string | null;
  fin: string | null;
  url: string | null;
}

const MOTIFS = { id: /^id$/, type: /^cc_ti$/, idcc: /^idcc$/, titre: /^titre$/, nature: /^nature$/, etat: /^etat$/, debut: /^debut$/, fin: /^fin$/, url: /^url$/ } as const;

/**
 * Importe la liste KALI des conventions collectives (xlsx data.gouv, en-tête en ligne 4, dates en
 * numéros de série Excel). Les textes indépendants (sans IDCC) sont conservés avec `idcc: null`.
 *
 * @example
 * ```ts
 * const r = await importerKali("kali.xlsx");
 * r.enregistrements[0]?.etat; // "VIGUEUR_ETEN"
 * ```
 */
export async function importerKali(chemin: string, options: OptionsImport = {}): Promise<ResultatImport<ConventionKali>> {
  const journal = new JournalImport<ConventionKali>(basename(chemin).normalize("NFC"));
  for await (const l of parcourirTableau(chemin, { ...options, motifs: MOTIFS, requis: ["id", "idcc", "etat"] })) {
    if (l.erreur !== undefined) {
      journal.rejeter({ ligne: l.ligne, raison: l.erreur });
      continue;
    }
    if (l.valeurs.length === 0) {
      journal.ignorer();
      continue;
    }
    const position = { ligne: l.ligne, ...(l.feuille === null ? {} : { feuille: l.feuille }) };
    const idKali = texteCellule(l.valeurs, l.colonnes.id);
    if (idKali === null || !/^KALI(CONT|TEXT)\d+$/.test(idKali)) {
      journal.rejeter({ ...position, champ: "ID", raison: `identifiant KALI invalide : « ${idKali ?? ""} »` });
      continue;
    }
    const idccBrut = texteCellule(l.valeurs, l.colonnes.idcc);
    const idcc = normaliserIdcc(idccBrut);
    if (idccBrut !== null && idcc === null) {
      journal.rejeter({ ...position, champ: "IDCC", raison: `IDCC invalide : « ${idccBrut} »` });
      continue;
    }
    const debut = normaliserDate(l.colonnes.debut === undefined ? null : l.valeurs[l.colonnes.debut]);
    const fin = normaliserDate(l.colonnes.fin === undefined ? null : l.valeurs[l.colonnes.fin]);
    if (debut === undefined || fin === undefined) {
      journal.rejeter({ ...position, champ: debut === undefined ? "DEBUT" : "FIN", raison: "date illisible" });
      continue;
    }
    journal.retenir([
      {
        idKali,
        type: texteCellule(l.valeurs, l.colonnes.type),
        idcc,
        titre: texteCellule(l.valeurs, l.colonnes.titre),
        nature: texteCellule(l.valeurs, l.colonnes.nature),
        etat: texteCellule(l.valeurs, l.colonnes.etat)?.toUpperCase() ?? null,
        debut,
        fin,
        url: texteCellule(l.valeurs, l.colonnes.url),
      },
    ]);
  }
  return journal.resultat();
}
