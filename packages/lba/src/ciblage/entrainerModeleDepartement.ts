import type { Determination } from "../offres/Determination";
import { ajusterMoindresCarres } from "./ajusterMoindresCarres";
import { compterEmbauchesParSemestre } from "./compterEmbauchesParSemestre";
import type { EtablissementHistorique } from "./EtablissementHistorique";
import { caracteristiquesADecalage } from "./caracteristiquesADecalage";
import type { ModeleDepartement } from "./ModeleDepartement";
import type { OptionsModeleEmbauches } from "./OptionsModeleEmbauches";

/**
 * Ajuste le modèle d'un département, comme La bonne boîte : seuls les établissements ayant au
 * moins une embauche de la série dans la fenêtre analysée entrent ; caractéristiques = embauches
 * des 7 semestres précédents + effectif ; cible = embauches du semestre suivant ; ajustement sur
 * le semestre qui commence 2 ans avant la référence, test sur celui qui commence 1 an avant
 * (RMSE). Indéterminé sous le minimum d'établissements (50 par défaut).
 *
 * @param etablissements - établissements du département.
 * @example
 * ```ts
 * const r = entrainerModeleDepartement("69", etablissements, { dateReference: "2026-07-01" });
 * if (r.statut === "determine") console.log(r.valeur.regression.coefficients);
 * ```
 */
export function entrainerModeleDepartement(
  departement: string,
  etablissements: readonly EtablissementHistorique[],
  options: OptionsModeleEmbauches,
): Determination<ModeleDepartement> {
  const serie = options.serie ?? "alternance";
  const nombre = options.semestresCaracteristiques ?? 7;
  const decalageEntrainement = options.decalageEntrainement ?? 4;
  const decalageTest = options.decalageTest ?? 2;
  const minimum = options.minimumEtablissements ?? 50;
  const fenetre = Math.max(decalageEntrainement, decalageTest) + nombre;
  if (decalageEntrainement < 1 || decalageTest < 1 || nombre < 1) {
    return { statut: "indetermine", raison: "décalages et nombre de semestres doivent être au moins 1", parametres: [] };
  }

  const lignesEntrainement: number[][] = [];
  const ciblesEntrainement: number[] = [];
  const lignesTest: number[][] = [];
  const ciblesTest: number[] = [];
  let retenus = 0;
  for (const etablissement of etablissements) {
    const comptes = compterEmbauchesParSemestre(etablissement, serie, options.dateReference, fenetre);
    if (comptes === undefined) {
      return { statut: "indetermine", raison: `date de référence invalide : « ${options.dateReference} »`, parametres: [] };
    }
    if (comptes.every((c) => c === 0)) continue;
    retenus += 1;
    lignesEntrainement.push(caracteristiquesADecalage(comptes, decalageEntrainement, nombre, etablissement.effectif));
    ciblesEntrainement.push(comptes[decalageEntrainement - 1] ?? 0);
    lignesTest.push(caracteristiquesADecalage(comptes, decalageTest, nombre, etablissement.effectif));
    ciblesTest.push(comptes[decalageTest - 1] ?? 0);
  }
  if (retenus < minimum) {
    return {
      statut: "indetermine",
      raison: `département ${departement} : ${retenus} établissement(s) avec embauche, ${minimum} requis pour ajuster le modèle`,
      parametres: [],
    };
  }
  const regression = ajusterMoindresCarres(lignesEntrainement, ciblesEntrainement);
  let carres = 0;
  lignesTest.forEach((x, i) => {
    const prediction = regression.constante + regression.coefficients.reduce((s, c, k) => s + c * (x[k] ?? 0), 0);
    carres += ((ciblesTest[i] ?? 0) - prediction) ** 2;
  });
  const caracteristiques = [...Array.from({ length: nombre }, (_, k) => `embauches_s${k + 1}`), "effectif"];
  return {
    statut: "determine",
    valeur: {
      departement,
      serie,
      dateReference: options.dateReference,
      caracteristiques,
      regression,
      etablissements: retenus,
      rmseTest: Math.sqrt(carres / lignesTest.length),
    },
    parametres: [],
  };
}
