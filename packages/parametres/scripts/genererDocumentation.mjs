// Génère docs/parametres.md à partir du catalogue compilé (dist/index.js) : un tableau par
// paramètre (date d'effet, valeur, unité, références, statut, vérifié le).
// Usage : node scripts/genererDocumentation.mjs (lancé par `npm run build` après tsup).
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { catalogueParametres } from "../dist/index.js";

const racine = join(dirname(fileURLToPath(import.meta.url)), "..");
const cible = join(racine, "docs", "parametres.md");

const STATUTS = { verifie: "vérifié", a_verifier: "à vérifier" };

/** Échappe une cellule de tableau Markdown (barres verticales, retours à la ligne). */
function cellule(texte) {
  return String(texte).replaceAll("|", "\\|").replaceAll("\n", " ");
}

const formatNombre = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 4 });

/** Rend un barème de rémunération : une ligne par tranche, taux des années 1 à 4 et base. */
function rendreBareme(bareme) {
  return bareme.tranches
    .map(({ tranche }) => {
      const taux = bareme.taux[tranche];
      return `${tranche} : ${taux.map((t) => t.pourcentage).join(" / ")} % (${taux[0].base})`;
    })
    .join(" ; ");
}

/** Rend une valeur (nombre, booléen, tableau ou objet) en texte lisible et stable. */
function rendreValeur(valeur) {
  if (valeur !== null && typeof valeur === "object" && "taux" in valeur && "tranches" in valeur) return rendreBareme(valeur);
  if (typeof valeur === "number") return formatNombre.format(valeur);
  if (typeof valeur === "boolean") return valeur ? "oui" : "non";
  if (valeur === null) return "—";
  if (typeof valeur === "string") return valeur;
  if (Array.isArray(valeur)) return `[${valeur.map(rendreValeur).join(", ")}]`;
  return `{ ${Object.entries(valeur)
    .map(([cle, v]) => `${cle} : ${rendreValeur(v)}`)
    .join(" ; ")} }`;
}

function rendreReference(reference) {
  const libelle = reference.identifiant ? `${reference.titre} (${reference.identifiant})` : reference.titre;
  return reference.url ? `[${libelle}](${reference.url})` : libelle;
}

const lignes = [
  "# Paramètres légaux datés",
  "",
  "<!-- Fichier généré par scripts/genererDocumentation.mjs à partir du catalogue : ne pas modifier à la main. -->",
  "",
  `${catalogueParametres.length} paramètres. Chaque valeur s'applique de sa date d'effet (incluse) jusqu'à la veille de la valeur suivante ; avant la première date, le paramètre n'a pas de valeur. Statut « à vérifier » : la source est secondaire ou la spécification du projet signale un point à confirmer.`,
  "",
  "## Sommaire",
  "",
  ...catalogueParametres.map((p) => `- [\`${p.id}\`](#${p.id.replaceAll(".", "")}) — ${p.titre}`),
  "",
];

for (const p of catalogueParametres) {
  lignes.push(`## ${p.id}`, "", `**${p.titre}** — ${p.description}`, "", `Unité : ${p.unite}.`, "");
  lignes.push("| Date d'effet | Valeur | Unité | Références | Publié au JO | Statut | Vérifié le |");
  lignes.push("|---|---|---|---|---|---|---|");
  for (const v of p.valeurs) {
    lignes.push(
      `| ${v.dateEffet} | ${cellule(rendreValeur(v.valeur))} | ${cellule(p.unite)} | ${cellule(v.references.map(rendreReference).join(" ; "))} | ${v.publieAuJO ?? "—"} | ${STATUTS[v.statut] ?? v.statut} | ${v.verifiedOn} |`,
    );
  }
  const notes = p.valeurs.filter((v) => v.notes);
  if (notes.length > 0) {
    lignes.push("", "Notes :", "");
    for (const v of notes) lignes.push(`- ${v.dateEffet} : ${v.notes}`);
  }
  lignes.push("");
}

await mkdir(dirname(cible), { recursive: true });
await writeFile(cible, lignes.join("\n"), "utf8");
console.log(`docs/parametres.md : ${catalogueParametres.length} paramètres.`);
