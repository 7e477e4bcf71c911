import { basename } from "node:path";
import { JournalImport } from "./JournalImport";
import { normaliserIdcc } from "./normaliserIdcc";
import type { OptionsImport } from "./OptionsImport";
import { parcourirTableau } from "./parcourirTableau";
import type { ResultatImport } from "./ResultatImport";
import { texteCellule } from "./texteCellule";

/**
 * Une ligne de la table de passage DARES APE → IDCC : part des salariés d'un code APE couverts par
 * une convention. `nonDiffusable` quand la DARES ne publie pas la répartition pour cet APE.
 *
 * @example
 * ```ts
 * const p: PassageApeIdcc = { ape: "18.12Z", libelleApe: "Autre imprimerie (labeur)", idcc: "0706", libelleIdcc: "Reprographie", part: 1.1, nonDiffusable: false };
 * ```
 */
export interface PassageApeIdcc {
  /** Code APE (NAF rév. 2) au format `NN.NNX`. */
  ape: string;
  libelleApe: string | null;
  idcc: string | null;
  libelleIdcc: string | null;
  /** Part des salariés de l'APE couverts par l'IDCC, en %. */
  part: number | null;
  nonDiffusable: boolean;
}

const MOTIFS = { ape: /^apen$/, libelleApe: /^intape$/, effectif: /^effarrdiff$/, idcc: /^idcc$/, libelleIdcc: /^intidcc$/, part: /^pctdiff$/ } as const;

/**
 * Importe la table DARES « passage APE ↔ IDCC » (xlsx, en-tête `apen, intape, effarrdiff, idcc,
 * intidcc, pctdiff` sous des lignes d'aide). Les APE « NON DIFFUSABLE » sont conservés, marqués.
 *
 * @example
 * ```ts
 * const r = await importerDaresApeIdcc("ape_idcc.xlsx");
 * r.enregistrements.find((p) => p.ape === "18.12Z")?.idcc; // "0706"
 * ```
 */
export async function importerDaresApeIdcc(chemin: string, options: OptionsImport = {}): Promise<ResultatImport<PassageApeIdcc>> {
  const journal = new JournalImport<PassageApeIdcc>(basename(chemin).normalize("NFC"));
  for await (const l of parcourirTableau(chemin, { ...options, motifs: MOTIFS, requis: ["ape", "idcc"] })) {
    if (l.erreur !== undefined) {
      journal.rejeter({ ligne: l.ligne, raison: l.erreur });
      continue;
    }
    if (l.valeurs.length === 0) {
      journal.ignorer();
      continue;
    }
    const position = { ligne: l.ligne, ...(l.feuille === null ? {} : { feuille: l.feuille }) };
    const apeBrut = texteCellule(l.valeurs, l.colonnes.ape);
    const m = /^(\d{2})\.?(\d{2})([A-Z])$/.exec((apeBrut ?? "").toUpperCase());
    if (!m) {
      journal.rejeter({ ...position, champ: "apen", raison: `code APE invalide : « ${apeBrut ?? ""} »` });
      continue;
    }
    const ape = `${m[1] as string}.${m[2] as string}${m[3] as string}`;
    const effectif = texteCellule(l.valeurs, l.colonnes.effectif);
    if (effectif !== null && /non diffusable/i.test(effectif)) {
      journal.retenir([{ ape, libelleApe: texteCellule(l.valeurs, l.colonnes.libelleApe), idcc: null, libelleIdcc: null, part: null, nonDiffusable: true }]);
      continue;
    }
    const idccBrut = texteCellule(l.valeurs, l.colonnes.idcc);
    const idcc = normaliserIdcc(idccBrut);
    if (idcc === null) {
      journal.rejeter({ ...position, champ: "idcc", raison: `IDCC invalide : « ${idccBrut ?? ""} »` });
      continue;
    }
    const partBrute = texteCellule(l.valeurs, l.colonnes.part);
    const part = partBrute === null ? null : Number(partBrute.replace(",", "."));
    journal.retenir([
      { ape, libelleApe: texteCellule(l.valeurs, l.colonnes.libelleApe), idcc, libelleIdcc: texteCellule(l.valeurs, l.colonnes.libelleIdcc), part: part !== null && Number.isFinite(part) ? part : null, nonDiffusable: false },
    ]);
  }
  return journal.resultat();
}
