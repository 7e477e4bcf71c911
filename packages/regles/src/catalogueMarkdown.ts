import type { Severite } from "./Constat";
import type { Regle } from "./Regle";
import type { RegistreRegles } from "./RegistreRegles";

const LIBELLES_GRAVITE: Record<Severite, string> = { bloquant: "bloquant", avertissement: "avertissement", information: "information" };

const cellule = (texte: string) => texte.replace(/\|/g, "\\|").replace(/\n/g, " ");
/** Ancre d'un titre `### \`id\`` telle que la calcule GitHub (minuscules, ponctuation retirée sauf - et _). */
const ancre = (id: string) => id.toLowerCase().replace(/[^a-z0-9_-]/g, "");

function section(r: Regle<unknown>): string {
  const lignes = [`### \`${r.id}\``, "", `**${r.titre}** — ${r.description}`, ""];
  lignes.push(`- Gravité : ${LIBELLES_GRAVITE[r.severite]}${r.saisieUniquement === true ? " (saisie uniquement : non appliquée en revalidation)" : ""}`);
  const liste = (ports: readonly string[]) => ports.map((p) => `\`${p}\``).join(", ");
  const ports = r.nature === "synchrone" ? [] : [...(r.ports.length > 0 ? [`ports : ${liste(r.ports)}`] : []), ...(r.portsFacultatifs?.length ? [`ports facultatifs : ${liste(r.portsFacultatifs)}`] : [])];
  lignes.push(`- Évaluation : ${r.nature === "synchrone" ? "synchrone" : ["asynchrone", ...ports].join(", ")}`);
  if (r.idSpecification !== undefined && r.idSpecification.length > 0) lignes.push(`- Contrôles : ${r.idSpecification.join(", ")}`);
  if (r.ecartReference !== undefined) lignes.push(`- Écart avec l'application de référence : ${r.ecartReference}`);
  lignes.push(`- Données lues : ${r.chemins.map((c) => `\`${c}\``).join(", ")}`);
  if (r.parametres.length > 0) lignes.push(`- Paramètres légaux : ${r.parametres.map((p) => `\`${p}\``).join(", ")}`);
  lignes.push("- Références :");
  for (const ref of r.references) lignes.push(`  - ${ref.url === undefined ? ref.titre : `[${ref.titre}](${ref.url})`}${ref.identifiant === undefined ? "" : ` (${ref.identifiant})`}`);
  return lignes.join("\n");
}

/**
 * Catalogue des règles d'un registre au format Markdown (français) : tableau récapitulatif
 * (identifiant, gravité, titre, identifiants des contrôles) puis une section par règle
 * (description, gravité, mode d'évaluation, données lues, paramètres, références). Fonction pure :
 * le fichier `docs/regles.md` en est la sortie pour `registreContrat`.
 *
 * @example
 * ```ts
 * import { catalogueMarkdown, registreContrat } from "@communs-opco/regles";
 * const markdown = catalogueMarkdown(registreContrat);
 * ```
 */
export function catalogueMarkdown<E>(registre: RegistreRegles<E>): string {
  const regles = registre.regles as readonly Regle<unknown>[];
  const compte = (s: Severite) => regles.filter((r) => r.severite === s).length;
  const entete = [
    "# Catalogue des règles de contrôle du contrat d'apprentissage",
    "",
    "<!-- Fichier généré par packages/regles/scripts/genererCatalogue.mjs à partir du registre : ne pas modifier à la main. -->",
    "",
    `${regles.length} règles (${compte("bloquant")} bloquantes, ${compte("avertissement")} avertissements, ${compte("information")} informations), ${regles.filter((r) => r.nature === "asynchrone").length} asynchrones. ` +
      "Chaque règle renvoie des constats `non_conforme` ou `indetermine` (donnée manquante, source injoignable) ; en mode explication, le statut de chaque règle (`conforme`, `non_conforme`, `indetermine`, `non_applicable`) et les paramètres légaux consultés. " +
      "Les valeurs légales viennent de `@communs-opco/parametres` (voir `packages/parametres/docs/parametres.md`) ; le fondement juridique de chaque contrôle et ses écarts avec l'application publique de référence sont expliqués dans `docs/controles.md`.",
    "",
    "| Identifiant | Gravité | Titre | Contrôles |",
    "|---|---|---|---|",
    ...regles.map((r) => `| [\`${r.id}\`](#${ancre(r.id)}) | ${LIBELLES_GRAVITE[r.severite]} | ${cellule(r.titre)} | ${(r.idSpecification ?? []).join(", ")} |`),
    "",
    "## Règles",
    "",
  ];
  return `${entete.join("\n")}${regles.map(section).join("\n\n")}\n`;
}
