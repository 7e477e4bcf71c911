import type { AnomalieTdb } from "./AnomalieTdb.js";
import type { BilanTdb } from "./BilanTdb.js";
import type { ResultatDossierTdb } from "./ResultatDossierTdb.js";

/**
 * Assemble un {@link BilanTdb} : comptes par issue (`total = valides + invalides + illisibles`).
 *
 * @example
 * ```ts
 * creerBilanTdb([], []).total; // 0
 * ```
 */
export function creerBilanTdb(resultats: readonly ResultatDossierTdb[], anomaliesFichier: readonly AnomalieTdb[]): BilanTdb {
  const compter = (statut: ResultatDossierTdb["statut"]) => resultats.filter((r) => r.statut === statut).length;
  return {
    resultats,
    anomaliesFichier,
    total: resultats.length,
    valides: compter("valide"),
    invalides: compter("invalide"),
    illisibles: compter("illisible"),
  };
}
