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
if (/require\(/.test(code)) throw new Error("Le code généré importe encore un module d'exécution d'ajv : l'ajouter au générateur.");
const texte = `// Fichier généré par packages/schemas/scripts/genererValidateurContrat.mjs depuis docs/schemas/contrat.schema.json.
// Ne pas modifier à la main : relancer \`npm run build -w @communs-opco/schemas\`.
// @ts-nocheck
/* eslint-disable */
${code}
`;
if (process.argv.includes("--sortie-standard")) process.stdout.write(texte);
else writeFileSync(cible, texte);
