import { open } from "node:fs/promises";
import { basename } from "node:path";
import { JournalImport } from "./JournalImport";
import { normaliserIdcc } from "./normaliserIdcc";
import type { OptionsImport } from "./OptionsImport";
import { parcourirTableau } from "./parcourirTableau";
import type { ResultatImport } from "./ResultatImport";
import { texteCellule } from "./texteCellule";

/**
 * Rattachement d'une branche (IDCC) à un OPCO.
 *
 * @example
 * ```ts
 * const r: RattachementIdccOpco = { idcc: "0016", opco: "OPCO Mobilité" };
 * ```
 */
export interface RattachementIdccOpco {
  idcc: string;
  /** Nom de l'OPCO tel qu'écrit dans la source. */
  opco: string;
}

/**
 * Importe une table IDCC → OPCO (CSV `idcc,opco`, séparateur `,` ou `;` détecté sur l'en-tête).
 *
 * @example
 * ```ts
 * const r = await importerIdccOpco("idcc-opco.csv");
 * r.enregistrements[0]; // { idcc: "0016", opco: "OPCO Mobilité" }
 * ```
 */
export async function importerIdccOpco(chemin: string, options: OptionsImport = {}): Promise<ResultatImport<RattachementIdccOpco>> {
  const journal = new JournalImport<RattachementIdccOpco>(basename(chemin).normalize("NFC"));
  const descripteur = await open(chemin, "r");
  const tampon = Buffer.alloc(512);
  const { bytesRead } = await descripteur.read(tampon, 0, tampon.length, 0).finally(() => descripteur.close());
  const debut = tampon.subarray(0, bytesRead).toString("utf-8");
  const separateur = (debut.split("\n")[0] ?? "").includes(";") ? ";" : ",";
  for await (const l of parcourirTableau(chemin, { ...options, motifs: { idcc: /^(code )?idcc$/, opco: /^opco$/ }, requis: ["idcc", "opco"], csv: { separateur } })) {
    if (l.erreur !== undefined) {
      journal.rejeter({ ligne: l.ligne, raison: l.erreur });
      continue;
    }
    if (l.valeurs.length === 0) {
      journal.ignorer();
      continue;
    }
    const brut = texteCellule(l.valeurs, l.colonnes.idcc);
    const idcc = normaliserIdcc(brut);
    const opco = texteCellule(l.valeurs, l.colonnes.opco);
    if (idcc === null) {
      journal.rejeter({ ligne: l.ligne, champ: "idcc", raison: `IDCC invalide : « ${brut ?? ""} »` });
      continue;
    }
    if (opco === null) {
      journal.rejeter({ ligne: l.ligne, champ: "opco", raison: "OPCO absent" });
      continue;
    }
    journal.retenir([{ idcc, opco }]);
  }
  return journal.resultat();
}
