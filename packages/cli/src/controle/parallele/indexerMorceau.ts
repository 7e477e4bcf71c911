import { champsIndexLot } from "../champsIndexLot";
import { contratIndexable } from "../contratIndexable";
import { JournalIndexLot, type EtatJournalIndexLot } from "../JournalIndexLot";
import { lireEnregistrementsFlux } from "../lireEnregistrements";
import type { MorceauLignes } from "./MorceauLignes";
import { tranchesLecture } from "./tranchesLecture";

/**
 * Première lecture d'un morceau pour l'index du lot, comme `construireIndexLot` le fait en un seul
 * fil (rangs du morceau) : rend le journal de ce que le morceau apporte à l'index, à rejouer dans
 * l'ordre des fichiers (`IndexLot.rejouer`). Sert aux fils de calcul et au fil principal.
 *
 * @example
 * ```ts
 * index.rejouer(await indexerMorceau(morceau));
 * ```
 */
export async function indexerMorceau(morceau: MorceauLignes): Promise<EtatJournalIndexLot> {
  const journal = new JournalIndexLot();
  let rang = morceau.rangAvant;
  for await (const lu of lireEnregistrementsFlux(tranchesLecture(new Uint8Array(morceau.octets, 0, morceau.longueur)), { nom: morceau.fichier, lignesSeulement: true })) {
    rang++;
    const contrat = lu.ok ? contratIndexable(lu.valeur) : undefined;
    if (contrat !== undefined) journal.ajouter(rang, champsIndexLot(contrat), "lot");
  }
  if (rang !== morceau.rangAvant + morceau.enregistrements) throw new Error(`morceau de ${morceau.fichier} : ${String(rang - morceau.rangAvant)} enregistrement(s) lu(s), ${String(morceau.enregistrements)} attendu(s)`);
  return journal.etat();
}
