import {
  dedoublonnerEffectifs,
  effectifDepuisStandard,
  indicateursALaDate,
  preparerEffectifs,
  type Dimension,
  type EffectifIndicateurs,
  type LiaisonOpco,
  type ResultatIndicateurs,
} from "@communs-opco/indicateurs";
import { lireEffectif } from "@communs-opco/schemas";
import { lireObjetsJsonLignes } from "../lireObjetsJsonLignes";

/**
 * Ligne d'effectifs illisible : son numéro et le motif, en français.
 *
 * @example
 * ```ts
 * const l: LigneIllisible = { ligne: 3, motif: "formation : objet { \"debut\", \"fin\" } attendu" };
 * ```
 */
export interface LigneIllisible {
  ligne: number;
  motif: string;
}

function estObjet(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function estFormatStandard(v: Record<string, unknown>): boolean {
  const formation = v["formation"];
  return "organismeFormateur" in v || "idErpApprenant" in v || (estObjet(formation) && ("dateEntree" in formation || "dateFin" in formation));
}

/** Lit les lignes JSON : effectifs de forme acceptable et lignes illisibles (jamais perdues). */
function lireLignes(texte: string, surLigne?: () => void): { effectifs: EffectifIndicateurs[]; numeros: number[]; illisibles: LigneIllisible[]; vides: number; lues: number } {
  const { objets, illisibles, vides, lues } = lireObjetsJsonLignes(texte);
  const effectifs: EffectifIndicateurs[] = [];
  const numeros: number[] = [];
  for (const { ligne, valeur } of objets) {
    surLigne?.();
    const formation = valeur["formation"];
    if (estFormatStandard(valeur)) {
      // Effectif au format standard de @communs-opco/schemas (dossier apprenant) : lu puis converti.
      const lecture = lireEffectif(valeur);
      if (!lecture.ok) {
        illisibles.push({ ligne, motif: lecture.erreurs.map((e) => `${e.chemin || "(racine)"} : ${e.message}`).join(" ; ") });
        continue;
      }
      const organisme = estObjet(valeur["organisme"]) ? (valeur["organisme"] as EffectifIndicateurs["organisme"]) : undefined;
      effectifs.push(effectifDepuisStandard(lecture.valeur, { organisme, niveau: estObjet(formation) && typeof formation["niveau"] === "string" ? formation["niveau"] : undefined }));
      numeros.push(ligne);
      continue;
    }
    if (!estObjet(formation)) {
      illisibles.push({ ligne, motif: "formation : objet { \"debut\", \"fin\" } attendu" });
      continue;
    }
    if (valeur["contrats"] !== undefined && !Array.isArray(valeur["contrats"])) {
      illisibles.push({ ligne, motif: "contrats : tableau attendu" });
      continue;
    }
    effectifs.push(valeur as unknown as EffectifIndicateurs);
    numeros.push(ligne);
  }
  illisibles.sort((x, y) => x.ligne - y.ligne);
  return { effectifs, numeros, illisibles, vides, lues };
}

/**
 * Indicateurs calculés par {@link calculerIndicateurs} : le résultat de `indicateursALaDate`, le
 * décompte des lignes (lues, vides, effectifs, illisibles avec motif) et le bilan du dédoublonnage.
 *
 * @example
 * ```ts
 * const { resultat, lignes } = calculerIndicateurs(texte, { date: "2025-03-06", par: [] });
 * ```
 */
export interface IndicateursCalcules {
  readonly resultat: ResultatIndicateurs;
  readonly lignes: { lues: number; vides: number; effectifs: number; illisibles: LigneIllisible[] };
  readonly dedoublonnage?: ReturnType<typeof dedoublonnerEffectifs>["rapport"]["bilan"];
}

/**
 * Cœur de `opco indicateurs` (et de `POST /v1/indicateurs`) : lit des effectifs JSON Lines
 * (forme du Tableau de bord ou dossier apprenant standard), les dédoublonne sur demande et calcule
 * les indicateurs à la date, par dimensions. Chaque ligne est un effectif ou une ligne illisible
 * avec son motif : rien n'est perdu. `surEffectif` est appelé à chaque ligne JSON lue (progression).
 *
 * @example
 * ```ts
 * const r = calculerIndicateurs(texte, { date: "2025-03-06", par: ["opco"], liaisonOpco: { mode: "idcc" } });
 * ```
 */
export function calculerIndicateurs(
  texte: string,
  options: { date: string; par: readonly Dimension[]; liaisonOpco?: LiaisonOpco; maintenant?: string; dedoublonner?: boolean; toutesAnnees?: boolean; surEffectif?: () => void },
): IndicateursCalcules {
  const lecture = lireLignes(texte, options.surEffectif);
  let effectifs = lecture.effectifs;
  let numeros = lecture.numeros;
  let dedoublonnage: IndicateursCalcules["dedoublonnage"];
  if (options.dedoublonner === true) {
    const { effectifs: uniques, origines, rapport } = dedoublonnerEffectifs(effectifs);
    const numerosEntree = numeros;
    numeros = origines.map((i) => numerosEntree[i]!);
    effectifs = uniques;
    dedoublonnage = rapport.bilan;
  }
  const table = preparerEffectifs(effectifs);
  const illisibles: LigneIllisible[] = [
    ...lecture.illisibles,
    ...table.illisibles.map((x) => ({ ligne: numeros[x.index]!, motif: x.anomalies.map((a) => `${a.chemin} : ${a.message}`).join(" ; ") })),
  ].sort((a, b) => a.ligne - b.ligne);
  const resultat = indicateursALaDate(table, {
    date: options.date,
    par: [...options.par],
    liaisonOpco: options.liaisonOpco,
    dateReference: options.maintenant,
    filtrerAnneeScolaire: options.toutesAnnees !== true,
  });
  const lignes = { lues: lecture.lues, vides: lecture.vides, effectifs: lecture.effectifs.length, illisibles };
  return dedoublonnage === undefined ? { resultat, lignes } : { resultat, lignes, dedoublonnage };
}
