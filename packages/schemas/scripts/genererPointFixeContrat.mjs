// Génère src/generated/pointFixeContrat.ts : la vérification « les consignes de normalisation des
// champs textes laisseraient le contrat tel quel » du chemin rapide (`estContratStandard`), écrite
// en lectures de propriétés fixes depuis l'arbre des consignes du schéma zod du contrat
// (`arbrePointFixe(schemaContrat)`) — le même arbre dont `compilerPointFixe` tire son vérificateur
// par fermetures. Chaque objet est lu une fois, chaque texte à consigne passe au vérificateur de sa
// consigne (`verificateursPointFixe`, même ordre de parcours). Le fichier produit n'est jamais
// modifié à la main ; un test vérifie qu'il est à jour (pointFixeContrat.test.ts). Lancé par
// `npm run build` (le schéma est lu depuis les sources TypeScript, d'où `--import tsx`).
// Avec `--sortie-standard` : écrit le code sur la sortie standard.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { schemaContrat } from "../src/contrat.ts";
import { arbrePointFixe } from "../src/normalisation/compilerPointFixe.ts";

const ici = dirname(fileURLToPath(import.meta.url));
const cible = join(ici, "..", "src", "generated", "pointFixeContrat.ts");
const IDENTIFIANT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

const arbre = arbrePointFixe(schemaContrat);
if (arbre === null || arbre.type !== "objet") throw new Error("Le contrat n'a plus de champ texte à consigne : mettre le générateur à jour.");

const lignes = [];
let variables = 0;
let textes = 0;
const lecture = (variable, cle) => (IDENTIFIANT.test(cle) ? `(${variable} as R).${cle}` : `(${variable} as R)[${JSON.stringify(cle)}]`);

/** Code qui vérifie la valeur de `variable` selon `noeud` (même décision que le vérificateur compilé). */
function verifier(noeud, variable, indentation) {
  if (noeud.type === "texte") {
    lignes.push(`${indentation}if (typeof ${variable} === "string" && !(v[${textes++}] as V)(${variable})) return false;`);
  } else if (noeud.type === "tableau") {
    const i = `i${variables++}`;
    const e = `e${variables++}`;
    lignes.push(`${indentation}if (Array.isArray(${variable})) {`);
    // `every` saute les trous du tableau.
    lignes.push(`${indentation}  for (let ${i} = 0; ${i} < ${variable}.length; ${i}++) {`);
    lignes.push(`${indentation}    if (!(${i} in ${variable})) continue;`);
    lignes.push(`${indentation}    const ${e}: unknown = ${variable}[${i}];`);
    verifier(noeud.element, e, `${indentation}    `);
    lignes.push(`${indentation}  }`);
    lignes.push(`${indentation}}`);
  } else {
    lignes.push(`${indentation}if (typeof ${variable} === "object" && ${variable} !== null) {`);
    for (const [cle, enfant] of noeud.enfants) {
      const x = `x${variables++}`;
      lignes.push(`${indentation}  const ${x} = ${lecture(variable, cle)};`);
      verifier(enfant, x, `${indentation}  `);
    }
    lignes.push(`${indentation}}`);
  }
}
verifier(arbre, "o", "  ");

const texte = `// Fichier généré par packages/schemas/scripts/genererPointFixeContrat.mjs depuis le schéma zod du contrat.
// Ne pas modifier à la main : relancer \`npm run build -w @communs-opco/schemas\`.
/* eslint-disable */

type R = Record<string, unknown>;
type V = (valeur: unknown) => boolean;

/**
 * Les ${textes} champs textes à consigne de normalisation du contrat sont-ils laissés tels quels par
 * leur consigne ? \`v\` : les vérificateurs de \`verificateursPointFixe(arbrePointFixe(schemaContrat))\`,
 * dans cet ordre. Même décision que \`compilerPointFixe(schemaContrat)\`, par lectures de propriétés fixes.
 */
export function pointFixeContrat(o: unknown, v: readonly V[]): boolean {
${lignes.join("\n")}
  return true;
}

/** Nombre de vérificateurs attendus par \`pointFixeContrat\`. */
export const TEXTES_POINT_FIXE_CONTRAT = ${textes};
`;
if (process.argv.includes("--sortie-standard")) process.stdout.write(texte);
else writeFileSync(cible, texte);
