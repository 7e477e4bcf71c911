import type { BaremeRemunerationApprenti } from "./BaremeRemunerationApprenti";
import type { Parametre, ReferenceJuridique } from "./Parametre";
import { revueJuridique } from "./revueJuridique";
import { verificationSpecification } from "./verificationSpecification";

const STATUTS: Readonly<Record<string, string>> = { verifie: "vérifié", a_verifier: "à vérifier" };

const formatNombre = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 4 });

/** Échappe une cellule de tableau Markdown (barres verticales, retours à la ligne). */
function cellule(texte: string): string {
  return texte.replaceAll("|", "\\|").replaceAll("\n", " ");
}

function estBareme(valeur: object): valeur is BaremeRemunerationApprenti {
  return "taux" in valeur && "tranches" in valeur;
}

/** Rend une valeur (nombre, booléen, tableau, barème ou objet) en texte lisible et stable. */
function rendreValeur(valeur: unknown): string {
  if (typeof valeur === "number") return formatNombre.format(valeur);
  if (typeof valeur === "boolean") return valeur ? "oui" : "non";
  if (valeur === null || valeur === undefined) return "—";
  if (typeof valeur === "string") return valeur;
  if (Array.isArray(valeur)) return `[${valeur.map(rendreValeur).join(", ")}]`;
  if (typeof valeur === "object") {
    if (estBareme(valeur)) {
      return valeur.tranches
        .map(({ tranche }) => {
          const taux = valeur.taux[tranche];
          return `${tranche} : ${taux.map((t) => t.pourcentage).join(" / ")} % (${taux[0].base})`;
        })
        .join(" ; ");
    }
    return `{ ${Object.entries(valeur)
      .map(([cle, v]) => `${cle} : ${rendreValeur(v)}`)
      .join(" ; ")} }`;
  }
  return String(valeur);
}

/** Ce qu'il reste à vérifier pour une valeur `a_verifier` : `aVerifier`, à défaut ses notes. */
function pointAVerifier(v: { aVerifier?: string; notes?: string }): string {
  const texte = (v.aVerifier ?? v.notes ?? "").replace(verificationSpecification.mention, "").replace(revueJuridique.mention, "").trim();
  return texte === "" ? "Référence et date d'effet à confirmer sur la source officielle." : texte;
}

function rendreReference(reference: ReferenceJuridique): string {
  const libelle = reference.identifiant ? `${reference.titre} (${reference.identifiant})` : reference.titre;
  return reference.url ? `[${libelle}](${reference.url})` : libelle;
}

/**
 * Produit la documentation Markdown (en français) d'une liste de paramètres : un sommaire, puis un
 * tableau par paramètre (date d'effet, valeur, unité, références, publication au JO, statut,
 * vérifié le) suivi des notes. Utilisée par `scripts/genererDocumentation.mjs` pour écrire
 * `docs/parametres.md`.
 *
 * @example
 * ```ts
 * import { catalogueParametres, documentationParametres } from "@communs-opco/parametres";
 * const markdown = documentationParametres(catalogueParametres);
 * markdown.startsWith("# Paramètres légaux datés"); // true
 * ```
 */
export function documentationParametres(parametres: readonly Parametre<unknown>[]): string {
  const lignes = [
    "# Paramètres légaux datés",
    "",
    "<!-- Fichier généré par scripts/genererDocumentation.mjs à partir du catalogue : ne pas modifier à la main. -->",
    "",
    `${parametres.length} paramètres. Chaque valeur s'applique de sa date d'effet (incluse) jusqu'à la veille de la valeur suivante ; avant la première date, le paramètre n'a pas de valeur. Statut « à vérifier » : la source est secondaire ou un point reste à confirmer sur la source officielle (liste ci-dessous).`,
    "",
  ];
  const aVerifier = parametres.flatMap((p) => p.valeurs.filter((v) => v.statut === "a_verifier").map((v) => ({ p, v })));
  lignes.push(
    "## Valeurs à vérifier",
    "",
    aVerifier.length === 0
      ? "Aucune : toutes les valeurs sont vérifiées."
      : `${aVerifier.length} valeurs portent encore le statut « à vérifier ». Les règles les appliquent (ce sont les meilleures valeurs connues), mais leurs constats citent ce statut ; chacune doit être contrôlée sur sa source officielle avant de passer à « vérifié » :`,
    "",
    ...aVerifier.map(({ p, v }) => `- [\`${p.id}\`](#${p.id.replaceAll(".", "")}) au ${v.dateEffet} — ${cellule(pointAVerifier(v))}`),
    "",
    "## Sommaire",
    "",
    ...parametres.map((p) => `- [\`${p.id}\`](#${p.id.replaceAll(".", "")}) — ${p.titre}`),
    "",
  );
  for (const p of parametres) {
    lignes.push(`## ${p.id}`, "", `**${p.titre}** — ${p.description}`, "", `Unité : ${p.unite}.`, "");
    lignes.push("| Date d'effet | Valeur | Unité | Références | Publié au JO | Statut | Vérifié le |");
    lignes.push("|---|---|---|---|---|---|---|");
    for (const v of p.valeurs) {
      const references = v.references.map(rendreReference).join(" ; ");
      lignes.push(
        `| ${v.dateEffet} | ${cellule(rendreValeur(v.valeur))} | ${cellule(p.unite)} | ${cellule(references)} | ${v.publieAuJO ?? "—"} | ${STATUTS[v.statut] ?? v.statut} | ${v.verifiedOn} |`,
      );
    }
    const avecNotes = p.valeurs.filter((v) => (v.notes !== undefined && v.notes !== "") || v.aVerifier !== undefined);
    if (avecNotes.length > 0) {
      lignes.push("", "Notes :", "");
      for (const v of avecNotes) {
        const texte = [v.notes, v.aVerifier === undefined ? undefined : `À vérifier : ${v.aVerifier}`].filter((t) => t !== undefined && t !== "").join(" ");
        lignes.push(`- ${v.dateEffet} : ${texte}`);
      }
    }
    lignes.push("");
  }
  return lignes.join("\n");
}
