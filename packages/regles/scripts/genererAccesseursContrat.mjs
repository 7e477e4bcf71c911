// Génère src/generated/accesseursContrat.ts : un accesseur compilé par chemin pointé du contrat
// standard (objets du JSON Schema publié docs/schemas/contrat.schema.json et des schémas qu'il
// référence), écrit en accès de propriétés fixes (`o.employeur`, puis `.adresse`, puis
// `.codePostal`) pour que chaque lecture reste monomorphe dans le moteur. Même résultat que
// `valeurAuChemin` : `undefined` dès qu'un maillon n'est pas un objet. Le fichier produit n'est
// jamais modifié à la main ; un test vérifie qu'il est à jour (accesseurChemin.test.ts).
// Sans argument : écrit le fichier ; avec `--sortie-standard` : l'écrit sur la sortie standard.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ici = dirname(fileURLToPath(import.meta.url));
const dossierSchemas = join(ici, "..", "..", "..", "docs", "schemas");
const cible = join(ici, "..", "src", "generated", "accesseursContrat.ts");
const PROFONDEUR = 5;
const IDENTIFIANT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

const schemas = new Map();
function schema(fichier) {
  if (!schemas.has(fichier)) schemas.set(fichier, JSON.parse(readFileSync(join(dossierSchemas, fichier), "utf8")));
  return schemas.get(fichier);
}
/** Nœud désigné par un `$ref` (`fichier.schema.json`, `#/…` ou `fichier#/…`). */
function resoudre(noeud, fichier) {
  let courant = noeud;
  let dans = fichier;
  for (let i = 0; i < 10 && courant !== undefined && typeof courant.$ref === "string"; i++) {
    const [f, pointeur] = courant.$ref.split("#");
    if (f !== "") dans = f;
    courant = schema(dans);
    for (const partie of (pointeur ?? "").split("/").filter((p) => p !== "")) courant = courant?.[partie];
  }
  return { noeud: courant, fichier: dans };
}
const chemins = new Set();
function parcourir(noeud, fichier, prefixe, profondeur) {
  const r = resoudre(noeud, fichier);
  if (r.noeud === undefined || profondeur > PROFONDEUR) return;
  const variantes = [r.noeud, ...(r.noeud.allOf ?? []), ...(r.noeud.anyOf ?? []), ...(r.noeud.oneOf ?? [])];
  for (const v of variantes) {
    const rv = resoudre(v, r.fichier);
    for (const [cle, enfant] of Object.entries(rv.noeud?.properties ?? {})) {
      if (!IDENTIFIANT.test(cle) || cle === "extensions") continue;
      const chemin = prefixe === "" ? cle : `${prefixe}.${cle}`;
      chemins.add(chemin);
      parcourir(enfant, rv.fichier, chemin, profondeur + 1);
    }
  }
}
parcourir({ $ref: "contrat.schema.json" }, "contrat.schema.json", "", 1);

function accesseur(chemin) {
  const cles = chemin.split(".");
  const corps = ["if (o === null || typeof o !== \"object\") return undefined;"];
  let courant = "o";
  cles.forEach((cle, i) => {
    const nom = `v${i}`;
    corps.push(`const ${nom} = (${courant} as R).${cle};`);
    if (i < cles.length - 1) corps.push(`if (${nom} === null || typeof ${nom} !== "object") return undefined;`);
    courant = nom;
  });
  corps.push(`return ${courant};`);
  return `  ["${chemin}", (o: unknown): unknown => {\n    ${corps.join("\n    ")}\n  }],`;
}
const texte = `// Fichier généré par packages/regles/scripts/genererAccesseursContrat.mjs depuis docs/schemas/contrat.schema.json.
// Ne pas modifier à la main : relancer \`npm run build -w @communs-opco/regles\`.
/* eslint-disable */

type R = Record<string, unknown>;

/**
 * Accesseurs compilés des ${chemins.size} chemins pointés du contrat standard (un par chemin, accès
 * de propriétés fixes) : même résultat que \`valeurAuChemin(racine, chemin)\`.
 */
export const accesseursContrat: ReadonlyMap<string, (racine: unknown) => unknown> = new Map<string, (racine: unknown) => unknown>([
${[...chemins].sort().map(accesseur).join("\n")}
]);
`;
if (process.argv.includes("--sortie-standard")) process.stdout.write(texte);
else writeFileSync(cible, texte);
