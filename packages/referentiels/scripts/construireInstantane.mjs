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

const fichiers = [
  ...readdirSync(join(donnees, "npec")).sort().map((f) => ["npec", join(donnees, "npec", f)]),
  ["bcn", join(donnees, "bcn/original/N_FORMATION_DIPLOME.csv")],
  ["kit", join(donnees, "kit-apprentissage/snapshot/Kit_apprentissage_20250131.xlsx")],
  ["france-competences", join(donnees, "france-competences/sample/export-fiches-csv-2024-02-22.zip")],
  ["kali", join(donnees, "kali/sample.xlsx")],
  ["dares-ape-idcc", join(donnees, "dares/ape_idcc/sample.xlsx")],
  ["dares-ccn", join(donnees, "dares/ccn/sample.xlsx")],
  ["acce", join(donnees, "acce/acce_data.zip")],
  ["organismes", join(donnees, "referentiel-organismes/referentiel.fixture.json")],
  ...readdirSync(join(donnees, "opco-rncp")).filter((f) => f.endsWith(".csv")).sort().map((f) => ["opco-rncp", join(donnees, "opco-rncp", f)]),
  ["idcc-opco", join(donnees, "nomenclatures/idcc-opco.csv")],
];

let instantane = instantaneVide(construitLe);
const bilan = [];
for (const [type, chemin] of fichiers) {
  const entree = await importerSource(type, chemin);
  instantane = integrerImport(instantane, entree, construitLe);
  bilan.push({ type, fichier: entree.fichier, ...entree.resultat.statistiques });
}
const taille = await ecrireInstantane(sortie, instantane);
console.log(JSON.stringify({ sortie, construitLe, taille, sources: bilan.length, npec: instantane.npec.valeurs.length, diplomes: instantane.diplomes.length, cfdRncp: instantane.cfdRncp.length }));
