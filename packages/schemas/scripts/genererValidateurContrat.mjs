// Génère src/generated/validerContratStandard.ts : validateur compilé (code autonome ajv) du
// JSON Schema publié du contrat standard (docs/schemas/contrat.schema.json et les schémas qu'il
// référence). Lancé par `npm run build` après l'export des JSON Schema ; le fichier produit n'est
// jamais modifié à la main, et un test vérifie qu'il est à jour (validerContratStandard.test.ts).
// Sans argument : écrit le fichier ; avec `--sortie-standard` : l'écrit sur la sortie standard.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";

const ici = dirname(fileURLToPath(import.meta.url));
const dossierSchemas = join(ici, "..", "..", "..", "docs", "schemas");
const cible = join(ici, "..", "src", "generated", "validerContratStandard.ts");

const Ajv = Ajv2020.default ?? Ajv2020;
const generer = standaloneCode.default ?? standaloneCode;
// Les formats (date, courriel…) ne sont pas vérifiés ici : le chemin rapide n'en a pas besoin, car
// toute valeur qu'il accepte est relue à l'identique par les règles, et l'équivalence est testée.
const ajv = new Ajv({ strict: false, allErrors: false, validateFormats: false, code: { source: true, esm: true, lines: false, optimize: true } });
// Le chemin rapide n'accepte que ce que la lecture tolérante rendrait à l'identique : textes sans
// espaces autour et non vides (la lecture les rogne et retire les vides), objets non vides (la
// lecture retire les objets vides), aucun champ hors standard (`extensions` : lecture avec avertissement).
const TEXTE_ROGNE = "^\\S(?:[\\s\\S]*\\S)?$";
function durcir(noeud) {
  if (Array.isArray(noeud)) return noeud.map(durcir);
  if (typeof noeud !== "object" || noeud === null) return noeud;
  const sortie = Object.fromEntries(Object.entries(noeud).map(([cle, valeur]) => [cle, cle === "enum" || cle === "const" ? valeur : durcir(valeur)]));
  if (sortie.type === "string") sortie.allOf = [...(sortie.allOf ?? []), { pattern: TEXTE_ROGNE }];
  if (sortie.type === "object" && sortie.additionalProperties === false) {
    sortie.minProperties = Math.max(1, sortie.minProperties ?? 0);
    if (sortie.properties?.extensions !== undefined) {
      const { extensions: _, ...proprietes } = sortie.properties;
      sortie.properties = proprietes;
    }
  }
  return sortie;
}
for (const fichier of readdirSync(dossierSchemas).sort()) {
  if (fichier.endsWith(".schema.json")) ajv.addSchema(durcir(JSON.parse(readFileSync(join(dossierSchemas, fichier), "utf8"))));
}
let code = generer(ajv, { validerContratStandard: "contrat.schema.json" });
// Seul assistant d'exécution d'ajv utilisé : la longueur en points de code (maxLength, minLength),
// recopiée ici pour que le paquet n'ait pas de dépendance d'exécution.
code = code.replace(/const (func\d+) = require\("ajv\/dist\/runtime\/ucs2length"\)\.default;/g, (_, nom) => `const ${nom} = (texte) => { let n = 0; for (const _c of texte) n++; return n; };`);
// Textes rognés (motif TEXTE_ROGNE, drapeau u) : premier et dernier caractères hors de \s, lus par
// code de caractère au lieu d'exécuter l'expression régulière sur chaque texte (les espaces de \s
// sont tous hors des paires de substitution ; au-delà de l'ASCII, \s lui-même décide).
// Dates (motif des dates `AAAA-MM-JJ` des schémas) : même calendrier, lu chiffre par chiffre.
// Longueurs (maxLength, minLength) : la longueur en unités UTF-16 borne celle en points de code
// (n/2 ≤ points ≤ n), le décompte n'est fait que lorsqu'il peut changer le verdict.
const ASSISTANTS = `const ESPACE_U = /\\s/u;
const estEspace = (c) => (c < 127 ? c === 32 || (c >= 9 && c <= 13) : ESPACE_U.test(String.fromCharCode(c)));
const texteRogne = (texte) => texte.length > 0 && !estEspace(texte.charCodeAt(0)) && !estEspace(texte.charCodeAt(texte.length - 1));
const sansClePropre = (objet) => { for (const cle in objet) if (Object.prototype.hasOwnProperty.call(objet, cle)) return false; return true; };
const chiffre = (texte, i) => { const c = texte.charCodeAt(i) - 48; return c >= 0 && c <= 9 ? c : -100000; };
const dateCalendaire = (texte) => {
  if (texte.length !== 10 || texte.charCodeAt(4) !== 45 || texte.charCodeAt(7) !== 45) return false;
  const annee = chiffre(texte, 0) * 1000 + chiffre(texte, 1) * 100 + chiffre(texte, 2) * 10 + chiffre(texte, 3);
  const mois = chiffre(texte, 5) * 10 + chiffre(texte, 6);
  const jour = chiffre(texte, 8) * 10 + chiffre(texte, 9);
  if (annee < 0 || mois < 1 || mois > 12 || jour < 1) return false;
  const bissextile = (annee % 4 === 0 && annee % 100 !== 0) || annee % 400 === 0;
  return jour <= (mois === 2 ? (bissextile ? 29 : 28) : mois === 4 || mois === 6 || mois === 9 || mois === 11 ? 30 : 31);
};
`;
const MOTIF_DATE = "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$";
const remplacements = { [TEXTE_ROGNE]: "texteRogne", [MOTIF_DATE]: "dateCalendaire" };
for (const [, nom, source] of [...code.matchAll(/const (pattern\d+) = new RegExp\(("(?:[^"\\]|\\.)*"), "u"\);/g)]) {
  const fonction = remplacements[JSON.parse(source)];
  if (fonction !== undefined) code = code.replaceAll(`${nom}.test(`, `${fonction}(`);
}
if (!code.includes("texteRogne(") || !code.includes("dateCalendaire(")) throw new Error("Motifs du texte rogné ou des dates introuvables dans le code généré : mettre le générateur à jour.");
const fonctionLongueur = /const (func\d+) = \(texte\) =>/.exec(code)?.[1];
if (fonctionLongueur !== undefined) {
  code = code.replace(new RegExp(`${fonctionLongueur}\\((\\w+)\\) < 1\\b`, "g"), (_, d) => `${d}.length < 1`);
  code = code.replace(new RegExp(`${fonctionLongueur}\\((\\w+)\\) > (\\d+)`, "g"), (_, d, n) => `(${d}.length > ${n} && ${fonctionLongueur}(${d}) > ${n})`);
}
// Objets non vides (minProperties: 1) : une clé propre suffit, sans construire la liste des clés
// (`Object.keys` alloue un tableau par objet validé).
code = code.replace(/Object\.keys\((\w+)\)\.length < 1\b/g, (_, d) => `sansClePropre(${d})`);
if (/Object\.keys\(/.test(code)) throw new Error("Le code généré construit encore une liste de clés : l'ajouter au générateur.");
// Champs hors standard (additionalProperties: false) des objets à beaucoup de propriétés : ajv
// cherche chaque clé par `hasOwnProperty.call(schemaN.properties, cle)` ; un Set des noms de
// propriétés, construit une fois au chargement, répond pareil (les clés de `properties` sont ses
// propres clés) sans recherche de propriété par clé lue.
const fonctionPropre = /const (func\d+) = Object\.prototype\.hasOwnProperty;/.exec(code)?.[1];
if (fonctionPropre !== undefined) {
  const schemasProprietes = new Set();
  code = code.replace(new RegExp(`${fonctionPropre}\\.call\\((schema\\d+)\\.properties, (\\w+)\\)`, "g"), (_, schema, cle) => {
    schemasProprietes.add(schema);
    return `cles_${schema}.has(${cle})`;
  });
  // Après les déclarations des schémas (fin du module) : les validateurs ne sont appelés qu'après le chargement.
  for (const schema of schemasProprietes) code += `\nconst cles_${schema} = new Set(Object.getOwnPropertyNames(${schema}.properties));`;
}
if (/\.call\(schema\d+\.properties,/.test(code)) throw new Error("Le code généré cherche encore des clés par hasOwnProperty : l'ajouter au générateur.");
code = code.replace(/^("use strict";)?/, (debut) => `${debut}\n${ASSISTANTS}`);
if (/require\(/.test(code)) throw new Error("Le code généré importe encore un module d'exécution d'ajv : l'ajouter au générateur.");
const texte = `// Fichier généré par packages/schemas/scripts/genererValidateurContrat.mjs depuis docs/schemas/contrat.schema.json.
// Ne pas modifier à la main : relancer \`npm run build -w @communs-opco/schemas\`.
// @ts-nocheck
/* eslint-disable */
${code}
`;
if (process.argv.includes("--sortie-standard")) process.stdout.write(texte);
else writeFileSync(cible, texte);
