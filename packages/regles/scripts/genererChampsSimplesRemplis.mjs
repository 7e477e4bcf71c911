// Génère src/generated/champsSimplesRemplis.ts : la garde de présence des champs obligatoires
// « simples » du CERFA (toujours exigés, sans autre représentation ni attestation : voir
// `estChampSimple`), écrite en lectures de propriétés fixes depuis la table `champsObligatoires` —
// la même table dont la règle `contrat.presence.obligatoires` tire ses constats. Chaque objet du
// contrat (`employeur`, `employeur.adresse`…) est lu une seule fois, puis chacun de ses champs
// exigés ; même résultat que « chaque chemin simple est renseigné (`estRenseigne`) » lu par
// `valeurAuChemin`. Le fichier produit n'est jamais modifié à la main ; un test vérifie qu'il est
// à jour (presenceChamps.test.ts). Lancé par `npm run build` (la table est lue depuis les sources
// TypeScript, d'où `--import tsx`). Avec `--sortie-standard` : écrit le code sur la sortie standard.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { champsObligatoires, estChampSimple } from "../src/contrat/champsObligatoires.ts";

const ici = dirname(fileURLToPath(import.meta.url));
const cible = join(ici, "..", "src", "generated", "champsSimplesRemplis.ts");
const IDENTIFIANT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Arbre des chemins simples : `feuille` si le chemin lui-même est exigé, `enfants` par clé. */
const racine = { feuille: false, enfants: new Map() };
let nombre = 0;
for (const champ of champsObligatoires) {
  if (!estChampSimple(champ)) continue;
  nombre++;
  let noeud = racine;
  for (const cle of champ.chemin.split(".")) {
    if (!IDENTIFIANT.test(cle)) throw new Error(`Clé non identifiant dans ${champ.chemin} : mettre le générateur à jour.`);
    if (!noeud.enfants.has(cle)) noeud.enfants.set(cle, { feuille: false, enfants: new Map() });
    noeud = noeud.enfants.get(cle);
  }
  noeud.feuille = true;
}

const lignes = [];
let compteur = 0;
/** Code du nœud dont la valeur est dans `variable` (déjà reconnue comme objet). */
function parcourir(noeud, variable, indentation) {
  for (const [cle, enfant] of noeud.enfants) {
    if (enfant.enfants.size === 0) {
      lignes.push(`${indentation}if (!estRenseigne((${variable} as R).${cle})) return false;`);
      continue;
    }
    const nom = `v${compteur++}`;
    lignes.push(`${indentation}const ${nom} = (${variable} as R).${cle};`);
    if (enfant.feuille) lignes.push(`${indentation}if (!estRenseigne(${nom})) return false;`);
    // Un objet absent ou qui n'en est pas un : ses champs exigés sont vides.
    lignes.push(`${indentation}if (${nom} === null || typeof ${nom} !== "object") return false;`);
    parcourir(enfant, nom, indentation);
  }
}
parcourir(racine, "o", "  ");

const texte = `// Fichier généré par packages/regles/scripts/genererChampsSimplesRemplis.mjs depuis la table champsObligatoires.
// Ne pas modifier à la main : relancer \`npm run build -w @communs-opco/regles\`.
/* eslint-disable */
import { estRenseigne } from "../Lecture";

type R = Record<string, unknown>;

/**
 * Les ${nombre} champs obligatoires simples du CERFA (toujours exigés, sans autre représentation ni
 * attestation) sont-ils tous renseignés ? Lectures de propriétés fixes, chaque objet lu une fois ;
 * même résultat que \`estRenseigne(valeurAuChemin(contrat, chemin))\` pour chacun.
 */
export function champsSimplesRemplis(o: unknown): boolean {
  if (o === null || typeof o !== "object") return false;
${lignes.join("\n")}
  return true;
}
`;
if (process.argv.includes("--sortie-standard")) process.stdout.write(texte);
else writeFileSync(cible, texte);
