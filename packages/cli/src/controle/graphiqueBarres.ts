import { echapperHtml } from "./echapperHtml";

/**
 * Une barre d'un graphique du rapport HTML : libellé, valeur, classe CSS de couleur facultative
 * et texte de la valeur (« 37 988,00 € ») quand il diffère du nombre.
 *
 * @example
 * ```ts
 * const b: Barre = { libelle: "prepaiement.cfa.connu", valeur: 46, classe: "bloquant" };
 * ```
 */
export interface Barre {
  readonly libelle: string;
  readonly valeur: number;
  readonly classe?: string;
  readonly texte?: string;
  /** Détail donné seulement dans le tableau de données (trop long pour le graphique). */
  readonly detail?: string;
}

/**
 * Graphique en barres horizontales **SVG en ligne** du rapport HTML (aucune ressource externe) :
 * accessible (`role="img"`, `<title>` et `<desc>` reliés par `aria-labelledby`) et suivi de son
 * équivalent textuel (tableau des valeurs, dans un `<details>`). Tout texte est échappé.
 *
 * @example
 * ```ts
 * graphiqueBarres("par-gravite", "Constats par gravité", "Nombre de constats de chaque gravité.", [{ libelle: "bloquant", valeur: 337, classe: "bloquant" }], "Constats");
 * ```
 */
export function graphiqueBarres(id: string, titre: string, description: string, barres: readonly Barre[], enteteValeur: string): string {
  const largeurLibelle = 300;
  const largeurBarres = 360;
  const hauteurBarre = 22;
  const hauteur = Math.max(1, barres.length) * (hauteurBarre + 6) + 6;
  const max = Math.max(1, ...barres.map((b) => b.valeur));
  const idSur = id.replace(/[^a-z0-9-]/gi, "-");
  const lignes = barres
    .map((b, i) => {
      const y = 6 + i * (hauteurBarre + 6);
      const l = Math.max(b.valeur > 0 ? 2 : 0, Math.round((b.valeur / max) * largeurBarres));
      const libelle = b.libelle.length > 42 ? `${b.libelle.slice(0, 41)}…` : b.libelle;
      return (
        `<text x="${largeurLibelle - 6}" y="${y + 15}" text-anchor="end">${echapperHtml(libelle)}</text>` +
        `<rect class="barre ${echapperHtml(b.classe ?? "")}" x="${largeurLibelle}" y="${y}" width="${l}" height="${hauteurBarre}"></rect>` +
        `<text x="${largeurLibelle + l + 6}" y="${y + 15}">${echapperHtml(b.texte ?? String(b.valeur))}</text>`
      );
    })
    .join("");
  const tableau = barres.map((b) => `<tr><td>${echapperHtml(b.libelle)}</td><td>${echapperHtml(b.detail ?? b.texte ?? String(b.valeur))}</td></tr>`).join("");
  return (
    `<figure class="graphique" id="${idSur}">\n<figcaption>${echapperHtml(titre)}</figcaption>\n` +
    `<svg role="img" aria-labelledby="${idSur}-titre ${idSur}-desc" viewBox="0 0 ${largeurLibelle + largeurBarres + 200} ${hauteur}" width="100%" preserveAspectRatio="xMinYMin meet">` +
    `<title id="${idSur}-titre">${echapperHtml(titre)}</title><desc id="${idSur}-desc">${echapperHtml(description)}</desc>${barres.length === 0 ? `<text x="10" y="20">Aucune donnée.</text>` : lignes}</svg>\n` +
    `<details><summary>Données du graphique (tableau)</summary><table><thead><tr><th>Libellé</th><th>${echapperHtml(enteteValeur)}</th></tr></thead><tbody>${tableau}</tbody></table></details>\n</figure>\n`
  );
}
