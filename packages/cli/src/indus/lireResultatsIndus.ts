import type { ResultatControleFinancement } from "@communs-opco/indicateurs";
import { estDateIso } from "@communs-opco/regles";
import { lireObjetsJsonLignes } from "../lireObjetsJsonLignes";

/**
 * Lecture d'un fichier JSON Lines de résultats de contrôle valorisés (I-OPCO-INDUS) : les
 * résultats valides, et chaque ligne illisible avec son numéro et le motif (jamais perdue).
 * `lues = resultats.length + illisibles.length + vides`.
 *
 * @example
 * ```ts
 * const l: LectureIndus = { resultats: [], illisibles: [{ ligne: 2, motif: "decision : confirme, faux_positif ou en_attente attendu" }], vides: 0, lues: 1 };
 * ```
 */
export interface LectureIndus {
  readonly resultats: ResultatControleFinancement[];
  readonly illisibles: { readonly ligne: number; readonly motif: string }[];
  readonly vides: number;
  readonly lues: number;
}

function estObjet(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

const estDate = (v: unknown): v is string => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) && estDateIso(v);
const estMontant = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** Motifs pour lesquels une valeur n'est pas un `ResultatControleFinancement` (vide si elle en est un). */
function anomalies(v: Record<string, unknown>): string[] {
  const motifs: string[] = [];
  for (const champ of ["contrat", "opco", "regle"] as const) {
    const x = v[champ];
    if (typeof x !== "string" || x.trim() === "") motifs.push(`${champ} : texte non vide attendu`);
  }
  if (!estDate(v["date"])) motifs.push("date : date AAAA-MM-JJ attendue");
  if (v["moment"] !== "avant_paiement" && v["moment"] !== "apres_paiement") motifs.push("moment : avant_paiement ou apres_paiement attendu");
  if (v["decision"] !== "confirme" && v["decision"] !== "faux_positif" && v["decision"] !== "en_attente") motifs.push("decision : confirme, faux_positif ou en_attente attendu");
  for (const champ of ["montantSansControle", "montantApresCorrection"] as const) {
    if (!estMontant(v[champ])) motifs.push(`${champ} : montant en euros attendu`);
  }
  const recouvrements = v["recouvrements"];
  if (recouvrements !== undefined) {
    if (!Array.isArray(recouvrements)) motifs.push("recouvrements : tableau [{ date, montant }] attendu");
    else
      recouvrements.forEach((r: unknown, i) => {
        if (!estObjet(r) || !estDate(r["date"]) || !estMontant(r["montant"])) motifs.push(`recouvrements[${i}] : { date AAAA-MM-JJ, montant } attendu`);
      });
  }
  return motifs;
}

/**
 * Lit le texte d'un fichier JSON Lines de résultats de contrôle valorisés — celui qu'écrit
 * `opco controle --export-indus`, après que l'OPCO y a reporté ses décisions — en
 * `ResultatControleFinancement` de `@communs-opco/indicateurs`. Les lignes vides sont comptées ;
 * une ligne au JSON invalide ou à la forme inattendue est illisible (numéro et motifs).
 *
 * @example
 * ```ts
 * const { resultats, illisibles } = lireResultatsIndus(await readFile("indus.jsonl", "utf8"));
 * indusEvites(resultats);
 * ```
 */
export function lireResultatsIndus(texte: string): LectureIndus {
  const { objets, illisibles, vides, lues } = lireObjetsJsonLignes(texte);
  const resultats: ResultatControleFinancement[] = [];
  for (const { ligne, valeur } of objets) {
    const motifs = anomalies(valeur);
    if (motifs.length > 0) illisibles.push({ ligne, motif: motifs.join(" ; ") });
    else resultats.push(valeur as unknown as ResultatControleFinancement);
  }
  illisibles.sort((x, y) => x.ligne - y.ligne);
  return { resultats, illisibles, vides, lues };
}
