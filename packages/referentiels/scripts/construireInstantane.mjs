// Construit l'instantané embarqué du paquet à partir des fichiers open data de shared/data.
// Usage (depuis packages/referentiels) :
//   npx tsx scripts/construireInstantane.mjs [--donnees ../../../shared/data] [--construit-le 2026-11-26T00:00:00.000Z]
// Écrit data/instantane-embarque.json.gz et affiche une ligne JSON de bilan.
import { readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ecrireInstantane, importerSource, instantaneVide, integrerImport } from "../src/index.ts";

const ici = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: { donnees: { type: "string" }, "construit-le": { type: "string" }, sortie: { type: "string" } },
});
const donnees = resolve(values.donnees ?? join(ici, "../../../../shared/data"));
const construitLe = values["construit-le"] ?? new Date().toISOString();
const sortie = resolve(values.sortie ?? join(ici, "../data/instantane-embarque.json.gz"));

// Couverture (shared/data/README.md, « Read this first ») : les classeurs NPEC (1 à 4 lignes par
// feuille), l'export RNCP (9 fiches), KALI (2 lignes), DARES (3 lignes) et ACCE (5 lignes) sont des
// échantillons : « extrait » (une clé absente n'y prouve rien). BCN original, Kit complet, listes
// RNCP des OPCO, Référentiel des organismes et table IDCC → OPCO sont des fichiers complets.
const EXTRAIT = "extrait";
const COMPLETE = "complete";
const fichiers = [
  ...readdirSync(join(donnees, "npec")).sort().map((f) => ["npec", join(donnees, "npec", f), EXTRAIT]),
  ["bcn", join(donnees, "bcn/original/N_FORMATION_DIPLOME.csv"), COMPLETE],
  ["kit", join(donnees, "kit-apprentissage/snapshot/Kit_apprentissage_20250131.xlsx"), COMPLETE],
  ["france-competences", join(donnees, "france-competences/sample/export-fiches-csv-2024-02-22.zip"), EXTRAIT],
  ["kali", join(donnees, "kali/sample.xlsx"), EXTRAIT],
  ["dares-ape-idcc", join(donnees, "dares/ape_idcc/sample.xlsx"), EXTRAIT],
  ["dares-ccn", join(donnees, "dares/ccn/sample.xlsx"), EXTRAIT],
  ["acce", join(donnees, "acce/acce_data.zip"), EXTRAIT],
  ["organismes", join(donnees, "referentiel-organismes/referentiel.fixture.json"), COMPLETE],
  ...readdirSync(join(donnees, "opco-rncp")).filter((f) => f.endsWith(".csv")).sort().map((f) => ["opco-rncp", join(donnees, "opco-rncp", f), COMPLETE]),
  ["idcc-opco", join(donnees, "nomenclatures/idcc-opco.csv"), COMPLETE],
];

let instantane = instantaneVide(construitLe);
const bilan = [];
for (const [type, chemin, couverture] of fichiers) {
  // fichier complet : pas de couverture écrite (valeur par défaut), comme un import de la CLI
  const entree = await importerSource(type, chemin, couverture === EXTRAIT ? { couverture } : {});
  instantane = integrerImport(instantane, entree, construitLe);
  bilan.push({ type, fichier: entree.fichier, couverture, ...entree.resultat.statistiques });
}
const taille = await ecrireInstantane(sortie, instantane);
console.log(JSON.stringify({ sortie, construitLe, taille, sources: bilan.length, npec: instantane.npec.valeurs.length, diplomes: instantane.diplomes.length, cfdRncp: instantane.cfdRncp.length }));
