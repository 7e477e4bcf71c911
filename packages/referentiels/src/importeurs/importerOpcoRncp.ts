import { basename, extname } from "node:path";
import { JournalImport } from "./JournalImport";
import { normaliserRncp } from "./normaliserRncp";
import type { OptionsImport } from "./OptionsImport";
import { parcourirTableau } from "./parcourirTableau";
import type { ResultatImport } from "./ResultatImport";
import { texteCellule } from "./texteCellule";

/**
 * Une certification qu'un OPCO déclare couvrir (listes transmises au Tableau de bord).
 *
 * @example
 * ```ts
 * const c: CertificationOpco = { opco: "atlas", rncp: "RNCP10193" };
 * ```
 */
export interface CertificationOpco {
  /** Identifiant de l'OPCO : option, ou nom du fichier sans extension (`2i`, `atlas`, `ep`…). */
  opco: string;
  rncp: string;
}

/**
 * Importe une liste RNCP d'un OPCO (CSV une colonne `code_rncp`, avec ou sans BOM). L'OPCO est
 * pris dans l'option `opco`, sinon dans le nom du fichier. Les doublons sont retenus une fois et
 * comptés comme lignes ignorées.
 *
 * @example
 * ```ts
 * const r = await importerOpcoRncp("opco-rncp/atlas.csv");
 * r.enregistrements[0]; // { opco: "atlas", rncp: "RNCP10193" }
 * ```
 */
export async function importerOpcoRncp(chemin: string, options: OptionsImport & { opco?: string } = {}): Promise<ResultatImport<CertificationOpco>> {
  const opco = options.opco ?? basename(chemin, extname(chemin)).normalize("NFC").toLowerCase();
  const journal = new JournalImport<CertificationOpco>(basename(chemin).normalize("NFC"));
  const vus = new Set<string>();
  for await (const l of parcourirTableau(chemin, { ...options, motifs: { rncp: /^(code_)?rncp$/ }, requis: ["rncp"], csv: { separateur: ";" } })) {
    if (l.erreur !== undefined) {
      journal.rejeter({ ligne: l.ligne, raison: l.erreur });
      continue;
    }
    const brut = texteCellule(l.valeurs, l.colonnes.rncp);
    if (l.valeurs.length === 0 || brut === null) {
      journal.ignorer();
      continue;
    }
    const rncp = normaliserRncp(brut);
    if (rncp === null) {
      journal.rejeter({ ligne: l.ligne, champ: "code_rncp", raison: `code RNCP invalide : « ${brut} »` });
      continue;
    }
    if (vus.has(rncp)) {
      journal.ignorer();
      continue;
    }
    vus.add(rncp);
    journal.retenir([{ opco, rncp }]);
  }
  return journal.resultat();
}
