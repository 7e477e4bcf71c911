import type { ParametreConsulte } from "@communs-opco/parametres";
import type { Constat } from "../Constat";
import type { PreuvePoint } from "../PreuvePoint";
import type { MetadonneesRegle } from "../Regle";
import { completerConstat } from "./completerConstat";
import { statutRegle } from "./statutRegle";

/**
 * Modèle de preuve : bilan des points nommés par la règle (`points`) d'après les preuves
 * enregistrées. Un point sans preuve `prouve`, ou avec une preuve `non_prouve`, n'est pas prouvé ;
 * une règle qui serait conforme sans que tous ses points le soient reçoit un constat
 * `indetermine` qui les nomme (`details.preuves`). Sans `points`, les preuves sont rendues telles quelles.
 */
export function exigerPreuves(
  regle: MetadonneesRegle,
  preuves: readonly PreuvePoint[],
  constats: Constat[],
  consultes: ParametreConsulte<unknown>[],
): { constats: Constat[]; preuves?: PreuvePoint[] } {
  const points = regle.points;
  if (points === undefined || points.length === 0) return preuves.length === 0 ? { constats } : { constats, preuves: [...preuves] };
  // Chemin chaud (chaque vérification de chaque contrat) : un passage par point, sans liste intermédiaire.
  const bilan: PreuvePoint[] = [];
  let nonProuve = false;
  for (const point of points) {
    // Le premier échec noté pour ce point, sinon la première preuve, sinon « aucune source ».
    let retenue: PreuvePoint | undefined;
    for (const p of preuves) {
      if (p.point !== point) continue;
      if (p.etat === "non_prouve") {
        retenue = p;
        break;
      }
      if (retenue === undefined && p.etat === "prouve") retenue = p;
    }
    if (retenue === undefined) retenue = { point, etat: "non_prouve", source: null, raison: "aucune source n'a établi ce point" };
    if (retenue.etat === "non_prouve") nonProuve = true;
    bilan.push(retenue);
  }
  if (!nonProuve || statutRegle(constats) !== "conforme") return { constats, preuves: bilan };
  const nonProuves = bilan.filter((p) => p.etat === "non_prouve");
  const liste = nonProuves.map((p) => `${p.point} (${p.raison ?? "non établi"}${p.source === null ? "" : ` — ${p.source}`})`).join(" ; ");
  const constat = completerConstat(
    regle,
    {
      statut: "indetermine",
      message: `Vérification impossible : point(s) non prouvé(s) : ${liste}. Le point n'est pas vérifié.`,
      details: { preuves: bilan },
      manquants: nonProuves.map((p) => `preuve:${p.point}`),
    },
    consultes,
  );
  return { constats: [...constats, constat], preuves: bilan };
}
