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

// Couverture : un « extrait » est un échantillon où une clé absente ne prouve rien. Sont des
// extraits : les classeurs NPEC (1 à 4 lignes par feuille), l'export RNCP (9 fiches), KALI (2 lignes),
// DARES (3 lignes), ACCE (5 lignes), et aussi, bien que shared/data/README.md les range parmi les
// fichiers « complets », la BCN (3 923 diplômes, quand la table nationale en compte 15 à 20 000 ;
// seuls 683 des 3 282 codes diplômes actifs du Kit y figurent) et le Référentiel des organismes
// (808 organismes, titre « referential sample » de sa section, quand le référentiel national en
// compte des dizaines de milliers) : y conclure « inconnu » serait un faux constat. Le Kit
// apprentissage (6 822 lignes), les listes RNCP des OPCO et la table IDCC → OPCO sont complets.
const EXTRAIT = "extrait";
const COMPLETE = "complete";
const fichiers = [
  ...readdirSync(join(donnees, "npec")).sort().map((f) => ["npec", join(donnees, "npec", f), EXTRAIT]),
  ["bcn", join(donnees, "bcn/original/N_FORMATION_DIPLOME.csv"), EXTRAIT],
  ["kit", join(donnees, "kit-apprentissage/snapshot/Kit_apprentissage_20250131.xlsx"), COMPLETE],
  ["france-competences", join(donnees, "france-competences/sample/export-fiches-csv-2024-02-22.zip"), EXTRAIT],
  ["kali", join(donnees, "kali/sample.xlsx"), EXTRAIT],
  ["dares-ape-idcc", join(donnees, "dares/ape_idcc/sample.xlsx"), EXTRAIT],
  ["dares-ccn", join(donnees, "dares/ccn/sample.xlsx"), EXTRAIT],
  ["acce", join(donnees, "acce/acce_data.zip"), EXTRAIT],
  ["organismes", join(donnees, "referentiel-organismes/referentiel.fixture.json"), EXTRAIT],
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
