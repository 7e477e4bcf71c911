import { registreContrat, type ContratAControler, type Regle } from "@communs-opco/regles";

/** Ports que l'index du lot sait fournir. */
const PORTS_DU_LOT = new Set(["historique", "portefeuille"]);

/**
 * Règles asynchrones du registre du contrat que `opco controle` évalue avec l'index du lot :
 * celles dont tous les ports exigés sont `historique` (contrat précédent) ou `portefeuille`
 * (apprentis par maître) et qui en lisent au moins un, exigé ou facultatif (contrats successifs).
 *
 * @example
 * ```ts
 * reglesDuLot.map((r) => r.id); // ["maitre.nombreApprentis.maximum", "contrat.successif.ecartUnAn", …]
 * ```
 */
export const reglesDuLot: readonly Regle<ContratAControler>[] = registreContrat.regles.filter(
  (r) => r.nature === "asynchrone" && r.ports.every((p) => PORTS_DU_LOT.has(p)) && [...r.ports, ...(r.portsFacultatifs ?? [])].some((p) => PORTS_DU_LOT.has(p)),
);
