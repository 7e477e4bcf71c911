import { basename } from "node:path";
import { JournalImport } from "./JournalImport";
import { normaliserIdcc } from "./normaliserIdcc";
import type { OptionsImport } from "./OptionsImport";
import { parcourirTableau } from "./parcourirTableau";
import type { ResultatImport } from "./ResultatImport";
import { texteCellule } from "./texteCellule";

/**
 * Un IDCC de la liste DARES des codes en vigueur pour la DSN.
 *
 * @example
 * ```ts
 * const c: ConventionDares = { idcc: "0016", titre: "Convention collective nationale des transports routiers…" };
 * ```
 */
export interface ConventionDares {
  idcc: string;
  titre: string | null;
}

/**
 * Importe la liste DARES des IDCC (« codes en vigueur pour le remplissage de la DADS-U et de la
 * DSN », xlsx, en-tête `IDCC, TITRE DE LA CONVENTION`).
 *
 * @example
 * ```ts
 * const r = await importerDaresCcn("ccn.xlsx");
 * r.enregistrements[0]; // { idcc: "0016", titre: "Convention collective nationale des transports routiers…" }
 * ```
 */
export async function importerDaresCcn(chemin: string, options: OptionsImport = {}): Promise<ResultatImport<ConventionDares>> {
  const journal = new JournalImport<ConventionDares>(basename(chemin).normalize("NFC"));
  for await (const l of parcourirTableau(chemin, { ...options, motifs: { idcc: /^idcc$/, titre: /^titre de la convention$/ }, requis: ["idcc", "titre"] })) {
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
    if (idcc === null) {
      journal.rejeter({ ligne: l.ligne, ...(l.feuille === null ? {} : { feuille: l.feuille }), champ: "IDCC", raison: `IDCC invalide : « ${brut ?? ""} »` });
      continue;
    }
    journal.retenir([{ idcc, titre: texteCellule(l.valeurs, l.colonnes.titre) }]);
  }
  return journal.resultat();
}
