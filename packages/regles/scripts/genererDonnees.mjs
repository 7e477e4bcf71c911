// Génère les tables hors ligne embarquées par les règles (à relancer après une mise à jour des
// paquets de données) :
// - src/donnees/codesNaf.ts : sous-classes NAF rév. 2 (`NN.NNX`) de @socialgouv/codes-naf ;
// - src/donnees/codesPostaux.ts : codes postaux → départements et communes de
//   @etalab/decoupage-administratif (communes actuelles, déléguées, associées, arrondissements).
// Usage : node scripts/genererDonnees.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const lireJson = (specifiant) => JSON.parse(readFileSync(require.resolve(specifiant), "utf8"));
const versionDe = (nom) => lireJson(`${nom}/package.json`).version;

const naf = lireJson("@socialgouv/codes-naf/index.json")
  .filter((e) => /^\d{2}\.\d{2}[A-Z]$/.test(e.id))
  .map((e) => e.id)
  .sort();
writeFileSync(
  new URL("../src/donnees/codesNaf.ts", import.meta.url),
  `// Fichier généré par scripts/genererDonnees.mjs : ne pas modifier à la main.
// Source : @socialgouv/codes-naf ${versionDe("@socialgouv/codes-naf")} (nomenclature INSEE NAF rév. 2, licence Apache-2.0 du paquet).

/** Sous-classes de la NAF rév. 2 (${naf.length} codes \`NN.NNX\`), séparées par des espaces. */
export const codesNaf = ${JSON.stringify(naf.join(" "))};
`,
);

const TYPES = new Set(["commune-actuelle", "commune-deleguee", "commune-associee", "arrondissement-municipal"]);
const parCodePostal = new Map();
for (const c of lireJson("@etalab/decoupage-administratif/data/communes.json")) {
  if (!TYPES.has(c.type)) continue;
  for (const cp of c.codesPostaux ?? []) {
    const e = parCodePostal.get(cp) ?? { departements: new Set(), communes: new Set() };
    e.departements.add(c.departement);
    e.communes.add(c.nom);
    parCodePostal.set(cp, e);
  }
}
const lignes = [...parCodePostal.keys()]
  .sort()
  .map((cp) => {
    const e = parCodePostal.get(cp);
    return `${cp};${[...e.departements].sort().join(",")};${[...e.communes].sort().join("|")}`;
  });
writeFileSync(
  new URL("../src/donnees/codesPostaux.ts", import.meta.url),
  `// Fichier généré par scripts/genererDonnees.mjs : ne pas modifier à la main.
// Source : @etalab/decoupage-administratif ${versionDe("@etalab/decoupage-administratif")} (Code officiel géographique de l'INSEE et base
// officielle des codes postaux de La Poste, Licence Ouverte / Etalab 2.0 ; paquet sous licence MIT).

/**
 * Codes postaux (${lignes.length}), une ligne par code : \`codePostal;départements;communes\`
 * (départements séparés par des virgules, communes par des barres verticales).
 */
export const codesPostaux = ${JSON.stringify(lignes.join("\n"))};
`,
);
console.log(JSON.stringify({ naf: naf.length, codesPostaux: lignes.length }));
