import type { ContexteCli } from "../ContexteCli";
import { lotsPourIndex } from "./lotsPourIndex";
import { IndexLot, type LimitesIndexLot } from "./IndexLot";

/**
 * Construit l'index du lot de `opco controle` en relisant les fichiers en flux, sans évaluer de
 * règle (`surEnregistrement` : appelé à chaque enregistrement du lot relu, pour la progression) :
 * une première lecture du lot et des fichiers d'historique indexe les maîtres d'apprentissage et
 * relève les numéros de contrats précédents cités ; une seconde, seulement si des numéros sont
 * cités, retient ces contrats. La première lecture du lot peut être faite ailleurs
 * (`premiereLecture` : fils de calcul qui rendent des journaux, voir `ControleParallele.indexer`).
 * La mémoire reste bornée (clés compactes, champs utiles seulement, {@link LimitesIndexLot}).
 *
 * @example
 * ```ts
 * const index = await construireIndexLot(["contrats.jsonl"], [], undefined, contexte, (f) => resolve(contexte.repertoire, f));
 * index.bilan.maitres;
 * ```
 */
export async function construireIndexLot(
  fichiers: readonly string[],
  historique: readonly string[],
  format: string | undefined,
  contexte: Pick<ContexteCli, "repertoire" | "lireEntreeStandard">,
  chemin: (fichier: string) => string,
  limites?: LimitesIndexLot,
  surEnregistrement?: () => void,
  premiereLecture?: (index: IndexLot) => Promise<void>,
): Promise<IndexLot> {
  const index = new IndexLot(limites);
  if (premiereLecture !== undefined) await premiereLecture(index);
  else {
    // Lots d'un morceau lu : une seule attente par morceau, pas par enregistrement.
    for await (const lot of lotsPourIndex(fichiers, format, contexte, chemin)) {
      for (const e of lot) {
        index.enregistrementsLot = e.rang;
        surEnregistrement?.();
        if (e.contrat !== undefined) index.indexerMaitresEtReferences(e.rang, e.contrat, { origine: "lot", ...e.source });
      }
    }
  }
  // Rangs négatifs pour l'historique : jamais confondus avec un enregistrement contrôlé.
  for await (const lot of lotsPourIndex(historique, undefined, contexte, chemin)) {
    for (const e of lot) if (e.contrat !== undefined) index.indexerMaitresEtReferences(-e.rang, e.contrat, { origine: "historique", ...e.source });
  }
  let passes = 1;
  if (index.contratsPrecedentsCites) {
    passes = 2;
    for await (const lot of lotsPourIndex(fichiers, format, contexte, chemin)) for (const e of lot) if (e.contrat !== undefined) index.retenirContratPrecedent(e.contrat, { origine: "lot", ...e.source });
    for await (const lot of lotsPourIndex(historique, undefined, contexte, chemin)) for (const e of lot) if (e.contrat !== undefined) index.retenirContratPrecedent(e.contrat, { origine: "historique", ...e.source });
  }
  index.terminer(passes, historique);
  return index;
}
