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
  const points = regle.points ?? [];
  if (points.length === 0) return preuves.length === 0 ? { constats } : { constats, preuves: [...preuves] };
  const bilan = points.map((point): PreuvePoint => {
    const enregistrees = preuves.filter((p) => p.point === point);
    const echec = enregistrees.find((p) => p.etat === "non_prouve");
    if (echec !== undefined) return echec;
    const preuve = enregistrees.find((p) => p.etat === "prouve");
    if (preuve !== undefined) return preuve;
    return { point, etat: "non_prouve", source: null, raison: "aucune source n'a établi ce point" };
  });
  const nonProuves = bilan.filter((p) => p.etat === "non_prouve");
  if (nonProuves.length === 0 || statutRegle(constats) !== "conforme") return { constats, preuves: bilan };
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
