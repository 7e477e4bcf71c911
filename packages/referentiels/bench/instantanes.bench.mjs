// Banc d'essai des instantanés hors ligne de @communs-opco/referentiels (paquet compilé, importé
// par son nom).
//
// 1. Recherche NPEC : un instantané de la taille d'une édition complète du référentiel
//    (BENCH_RNCP certifications × BENCH_CPNE CPNE ≈ 237 000 valeurs), puis BENCH_RECHERCHES
//    recherches `npec()` sur des couples (RNCP, IDCC) tirés avec une graine fixe.
// 2. Import en flux : le vrai fichier BCN N_FORMATION_DIPLOME (Latin-1) est répété jusqu'à
//    BENCH_LIGNES lignes dans un répertoire temporaire, importé par `importerBcn`, la RSS étant
//    échantillonnée pendant la lecture. Le fichier est supprimé à la fin.
//
// 3. Recherche d'organismes à l'échelle nationale : BENCH_ORGANISMES organismes (SIRET et UAI
//    distincts, comme le Référentiel national des organismes), puis BENCH_RECHERCHES recherches
//    `organisme()` par SIRET, dont une sur deux d'un SIRET absent (le pire cas d'un parcours
//    linéaire), comparées au même nombre de `Map.get` nus sur les mêmes clés (référence).
//
// Imprime une ligne JSON : { bench, valeursNpec, recherchesParSeconde, lignesBcn, lignesBcnParSeconde,
// rssMaxMo, organismes, recherchesOrganismesParSeconde, ratioMapGet }.
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { importerBcn, instantaneVide, ReferentielHorsLigne } from "@communs-opco/referentiels";

const ici = dirname(fileURLToPath(import.meta.url));
const RNCP = Number(process.env.BENCH_RNCP ?? 1_150);
const CPNE = Number(process.env.BENCH_CPNE ?? 206);
const RECHERCHES = Number(process.env.BENCH_RECHERCHES ?? 100_000);
const LIGNES = Number(process.env.BENCH_LIGNES ?? 500_000);
const ORGANISMES = Number(process.env.BENCH_ORGANISMES ?? 50_000);
const BCN = process.env.BENCH_BCN ?? join(ici, "../../../../shared/data/bcn/original/N_FORMATION_DIPLOME.csv");

let graine = 2025;
const hasard = () => (graine = (graine * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;

// 1. Recherche NPEC
const instantane = instantaneVide("2026-11-26T00:00:00.000Z");
instantane.sources.push({
  type: "npec", fichier: "bench.xlsx", importeLe: "2026-11-26T00:00:00.000Z", dateDonnees: "2024-07-15", editeur: "bench", licence: "bench",
  statistiques: { lignesLues: 0, lignesRetenues: 0, lignesRejetees: 0, lignesIgnorees: 0, enregistrements: 0 },
});
for (let c = 1; c <= CPNE; c++) instantane.npec.correspondances.push({ codeCpne: String(c), libelleCpne: `CPNE ${c}`, idcc: String(c).padStart(4, "0"), fichier: "bench.xlsx" });
for (let r = 1; r <= RNCP; r++) {
  for (let c = 1; c <= CPNE; c++) {
    instantane.npec.valeurs.push({
      rncp: `RNCP${1000 + r}`, cfd: null, codeCpne: String(c), libelleCpne: null, idcc: [], montant: 5000 + ((r * c) % 7000), nonDefini: null,
      statut: "A", dateApplicabilite: "2024-07-15", fichier: "bench.xlsx", ligne: r * CPNE + c,
    });
  }
}
const referentiel = new ReferentielHorsLigne(instantane);
await referentiel.npec({ rncp: "RNCP1001", idcc: "1", date: "2024-09-01" }); // construction de l'index
let trouves = 0;
const t0 = performance.now();
for (let i = 0; i < RECHERCHES; i++) {
  const r = await referentiel.npec({ rncp: `RNCP${1001 + Math.floor(hasard() * RNCP)}`, idcc: String(1 + Math.floor(hasard() * CPNE)), date: "2024-09-01" });
  if (r.statut === "trouve") trouves++;
}
const recherchesParSeconde = Math.round(RECHERCHES / ((performance.now() - t0) / 1000));
if (trouves !== RECHERCHES) throw new Error(`recherches sans résultat : ${RECHERCHES - trouves}`);

// 2. Import BCN en flux
let lignesBcn = null;
let lignesBcnParSeconde = null;
let rssMaxMo = null;
if (existsSync(BCN)) {
  const dossier = mkdtempSync(join(tmpdir(), "bench-instantanes-"));
  try {
    const [entete, ...donnees] = readFileSync(BCN, "latin1").split("\n").filter((l) => l !== "");
    const chemin = join(dossier, "N_FORMATION_DIPLOME.csv");
    writeFileSync(chemin, `${entete}\n`, "latin1");
    for (let ecrites = 0; ecrites < LIGNES; ecrites += donnees.length) appendFileSync(chemin, `${donnees.slice(0, LIGNES - ecrites).join("\n")}\n`, "latin1");
    let rss = process.memoryUsage().rss;
    const sonde = setInterval(() => (rss = Math.max(rss, process.memoryUsage().rss)), 20);
    const t1 = performance.now();
    const r = await importerBcn(chemin);
    clearInterval(sonde);
    lignesBcn = r.statistiques.lignesLues;
    lignesBcnParSeconde = Math.round(lignesBcn / ((performance.now() - t1) / 1000));
    rssMaxMo = Math.round(rss / (1024 * 1024));
  } finally {
    rmSync(dossier, { recursive: true, force: true });
  }
}

// 3. Organismes à l'échelle nationale
const nationale = instantaneVide("2026-11-26T00:00:00.000Z");
nationale.sources.push({
  type: "organismes", fichier: "bench.json", importeLe: "2026-11-26T00:00:00.000Z", dateDonnees: "2026-11-26", editeur: "bench", licence: "bench",
  statistiques: { lignesLues: 0, lignesRetenues: 0, lignesRejetees: 0, lignesIgnorees: 0, enregistrements: 0 },
});
const siretBench = (i) => String(10_000_000_000_000 + i * 7);
for (let i = 0; i < ORGANISMES; i++) {
  nationale.organismes.push({ siret: siretBench(i), uai: `${String(1_000_000 + i).slice(-7)}A`, nature: "responsable_formateur", etatAdministratif: "actif", qualiopi: true, lieuxUai: [], relations: [] });
}
const parOrganismes = new ReferentielHorsLigne(nationale);
const cles = Array.from({ length: RECHERCHES }, (_, i) => siretBench(Math.floor(hasard() * ORGANISMES) + (i % 2 === 0 ? 0 : ORGANISMES)));
await parOrganismes.organisme(cles[0]); // construction de l'index
let presents = 0;
const t2 = performance.now();
for (const cle of cles) if ((await parOrganismes.organisme(cle)).statut === "trouve") presents++;
const dureeOrganismes = performance.now() - t2;
const map = new Map(nationale.organismes.map((o) => [o.siret, o]));
let presentsMap = 0;
const t3 = performance.now();
for (const cle of cles) if ((await Promise.resolve(map.get(cle))) !== undefined) presentsMap++;
const dureeMap = performance.now() - t3;
if (presents !== presentsMap) throw new Error(`organismes trouvés : ${presents} ≠ ${presentsMap}`);

console.log(
  JSON.stringify({
    bench: "instantanes",
    valeursNpec: instantane.npec.valeurs.length,
    recherchesParSeconde,
    lignesBcn,
    lignesBcnParSeconde,
    rssMaxMo,
    organismes: ORGANISMES,
    recherchesOrganismesParSeconde: Math.round(RECHERCHES / (dureeOrganismes / 1000)),
    ratioMapGet: Math.round((dureeOrganismes / dureeMap) * 10) / 10,
  }),
);
