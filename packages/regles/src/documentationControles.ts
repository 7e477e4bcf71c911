import type { ReferenceJuridique } from "@communs-opco/parametres";
import type { Regle } from "./Regle";
import type { RegistreRegles } from "./RegistreRegles";
import { THEMES_CONTROLES, type ThemeControle } from "./themesControles";

const LIBELLES_GRAVITE = { bloquant: "bloquant", avertissement: "avertissement", information: "information" } as const;

/** Thème d'une règle : celui de sa référence à `docs/controles.md`, s'il y en a une. */
function themeDe(r: Regle<unknown>): ThemeControle | undefined {
  for (const ref of r.references) {
    const ancre = /docs\/controles\.md#([a-z-]+)$/.exec(ref.url ?? "")?.[1];
    if (ancre !== undefined && ancre in THEMES_CONTROLES) return ancre as ThemeControle;
  }
  return undefined;
}

function lien(ref: ReferenceJuridique): string {
  return ref.url === undefined ? ref.titre : `[${ref.titre}](${ref.url})`;
}

function controle(r: Regle<unknown>): string[] {
  const fondement = r.references.filter((ref) => !/docs\/controles\.md/.test(ref.url ?? ""));
  const lignes = [`#### \`${r.id}\` — ${r.titre}`, "", r.description, ""];
  lignes.push(`- Gravité : ${LIBELLES_GRAVITE[r.severite]}. Fiche : [regles.md](regles.md#${r.id.toLowerCase().replace(/[^a-z0-9_-]/g, "")}).`);
  if (r.idSpecification !== undefined && r.idSpecification.length > 0) lignes.push(`- Contrôles : ${r.idSpecification.join(", ")}.`);
  lignes.push(fondement.length === 0 ? "- Fondement : présentation du thème ci-dessus (contrôle de forme ou proposition du projet)." : `- Fondement : ${fondement.map(lien).join(" ; ")}.`);
  lignes.push(
    r.ecartReference === undefined
      ? "- Application publique de référence : pas d'écart connu."
      : `- Écart avec l'application publique de référence : ${r.ecartReference.replace(/\.$/, "")}. La règle applique le texte cité ; l'écart est voulu.`,
  );
  return lignes;
}

/**
 * Documentation des contrôles au format Markdown (français) : pour chaque thème, la présentation de
 * son fondement juridique et des écarts de principe avec l'application publique de référence, puis,
 * contrôle par contrôle, sa description, sa gravité, son fondement (articles du Code du travail,
 * notice du CERFA) et son écart avec l'application de référence. Fonction pure : `docs/controles.md`
 * en est la sortie pour `registreContrat`. Chaque thème a une ancre stable (`#calendrier`…), cible
 * des références `documentationControle`.
 *
 * @example
 * ```ts
 * import { documentationControles, registreContrat } from "@communs-opco/regles";
 * const markdown = documentationControles(registreContrat);
 * ```
 */
export function documentationControles<E>(registre: RegistreRegles<E>): string {
  const regles = registre.regles as readonly Regle<unknown>[];
  const lignes = [
    "# Contrôles du contrat d'apprentissage : fondement juridique et écarts",
    "",
    "<!-- Fichier généré par packages/regles/scripts/genererCatalogue.mjs à partir du registre et de packages/regles/src/themesControles.ts : ne pas modifier à la main. -->",
    "",
    "Ce document explique, contrôle par contrôle, sur quel texte repose chaque règle de `opco controle` et où le projet s'écarte de l'application publique de référence, et pourquoi : les règles appliquent le Code du travail tel qu'il est en vigueur à la date du contrat, et non le comportement d'une application. Les valeurs légales (âges, durées, taux…) sont des paramètres datés de `@communs-opco/parametres` (voir [parametres.md](../packages/parametres/docs/parametres.md)) ; la fiche technique de chaque règle est dans [regles.md](regles.md).",
    "",
    "Un constat « indéterminé » signifie que le contrôle n'a pas pu être fait (donnée manquante, source injoignable, cas que le CERFA ne permet pas de trancher) : ce n'est ni « conforme » ni « non conforme ».",
    "",
    "## Sommaire",
    "",
    ...(Object.keys(THEMES_CONTROLES) as ThemeControle[]).map((t) => `- [${THEMES_CONTROLES[t].titre}](#${t})`),
    "",
  ];
  for (const theme of Object.keys(THEMES_CONTROLES) as ThemeControle[]) {
    const { titre, presentation } = THEMES_CONTROLES[theme];
    lignes.push(`<a id="${theme}"></a>`, "", `## ${titre}`, "");
    for (const paragraphe of presentation) lignes.push(paragraphe, "");
    const duTheme = regles.filter((r) => themeDe(r) === theme);
    if (duTheme.length > 0) {
      lignes.push(`### Contrôles (${duTheme.length})`, "");
      for (const r of duTheme) lignes.push(...controle(r), "");
    }
  }
  const autres = regles.filter((r) => themeDe(r) === undefined);
  if (autres.length > 0) {
    lignes.push(`<a id="autres"></a>`, "", "## Autres contrôles", "");
    for (const r of autres) lignes.push(...controle(r), "");
  }
  return `${lignes.join("\n").replace(/\n+$/, "")}\n`;
}
