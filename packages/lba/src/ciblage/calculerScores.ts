import { normaliserCodeDepartement } from "@communs-opco/nomenclatures";
import { valeurParametre } from "@communs-opco/parametres";
import type { Determination } from "../offres/Determination";
import { seuilsScoreEmbauches } from "../parametres/seuilsScoreEmbauches";
import { arrondirEmbauches } from "./arrondirEmbauches";
import { caracteristiquesADecalage } from "./caracteristiquesADecalage";
import { compterEmbauchesParSemestre } from "./compterEmbauchesParSemestre";
import { embauchesDepuisScore } from "./embauchesDepuisScore";
import { entrainerModeleDepartement } from "./entrainerModeleDepartement";
import type { EtablissementHistorique } from "./EtablissementHistorique";
import type { ModeleDepartement } from "./ModeleDepartement";
import type { OptionsModeleEmbauches } from "./OptionsModeleEmbauches";
import type { ScoreEtablissement } from "./ScoreEtablissement";
import { scoreDepuisEmbauches } from "./scoreDepuisEmbauches";

/**
 * Résultat du calcul des scores : un score par établissement (dans l'ordre d'entrée) et le modèle
 * (ou la raison de son absence) de chaque département.
 *
 * @example
 * ```ts
 * const notes = (r: ResultatScores) => r.scores.filter((s) => s.statut === "note").length;
 * ```
 */
export interface ResultatScores {
  readonly scores: readonly ScoreEtablissement[];
  readonly modeles: ReadonlyMap<string, Determination<ModeleDepartement>>;
}

/**
 * Calcule le score prédictif (0-100) de chaque établissement selon la méthode ouverte de
 * La bonne boîte : un modèle linéaire par département ({@link entrainerModeleDepartement}), appliqué
 * aux 7 derniers semestres et à l'effectif pour prédire les embauches du semestre qui commence à la
 * date de référence, puis converti en score ({@link scoreDepuisEmbauches}, paliers lus à la date de
 * référence). Chaque établissement finit noté, indéterminé ou exclu, avec sa raison.
 *
 * @example
 * ```ts
 * const { scores } = calculerScores(genererHistoriqueSynthetique({ graine: 1, dateReference: "2026-07-01" }), { dateReference: "2026-07-01" });
 * ```
 */
export function calculerScores(etablissements: readonly EtablissementHistorique[], options: OptionsModeleEmbauches): ResultatScores {
  const serie = options.serie ?? "alternance";
  const nombre = options.semestresCaracteristiques ?? 7;
  const parDepartement = new Map<string, EtablissementHistorique[]>();
  for (const etablissement of etablissements) {
    const departement = normaliserCodeDepartement(etablissement.departement);
    const liste = parDepartement.get(departement) ?? [];
    liste.push(etablissement);
    parDepartement.set(departement, liste);
  }
  const modeles = new Map<string, Determination<ModeleDepartement>>();
  for (const [departement, liste] of parDepartement) modeles.set(departement, entrainerModeleDepartement(departement, liste, options));

  const paliers = valeurParametre(seuilsScoreEmbauches, options.dateReference);
  const scores = etablissements.map((etablissement): ScoreEtablissement => {
    const departement = normaliserCodeDepartement(etablissement.departement);
    const base = { siret: etablissement.siret, departement };
    const modele = modeles.get(departement);
    if (paliers === undefined) return { ...base, statut: "indetermine", raison: `paliers du score inconnus au ${options.dateReference}` };
    if (modele === undefined) return { ...base, statut: "indetermine", raison: "modèle absent" };
    if (modele.statut !== "determine") return { ...base, statut: "indetermine", raison: modele.raison };
    const comptes = compterEmbauchesParSemestre(etablissement, serie, options.dateReference, nombre) ?? [];
    if (comptes.every((c) => c === 0)) {
      return { ...base, statut: "exclu", raison: `aucune embauche (${serie}) dans les ${nombre} semestres précédant le ${options.dateReference}` };
    }
    const m = modele.valeur;
    const x = caracteristiquesADecalage(comptes, 0, nombre, etablissement.effectif);
    const caracteristiques = m.caracteristiques.map((nom, k) => {
      const valeur = x[k] ?? 0;
      const coefficient = m.regression.coefficients[k] ?? 0;
      return { nom, valeur, coefficient, contribution: valeur * coefficient };
    });
    const embauchesPredites = m.regression.constante + caracteristiques.reduce((s, c) => s + c.contribution, 0);
    const score = scoreDepuisEmbauches(embauchesPredites, paliers.valeur);
    return {
      ...base,
      statut: "note",
      score,
      bonneBoite: score >= paliers.valeur.seuilBonneBoite,
      explication: {
        serie,
        dateReference: options.dateReference,
        caracteristiques,
        constante: m.regression.constante,
        embauchesPredites,
        embauchesArrondies: arrondirEmbauches(embauchesPredites),
        seuil: { score: paliers.valeur.seuilBonneBoite, embauches: embauchesDepuisScore(paliers.valeur.seuilBonneBoite, paliers.valeur) },
        paliers: paliers.valeur,
        modele: {
          departement,
          etablissements: m.etablissements,
          rmseAjustement: m.regression.rmse,
          rmseTest: m.rmseTest,
          ecartees: m.regression.ecartees.map((k) => m.caracteristiques[k] ?? String(k)),
        },
        parametres: [paliers],
      },
    };
  });
  return { scores, modeles };
}
