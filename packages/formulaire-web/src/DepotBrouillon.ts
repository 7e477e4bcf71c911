import type { Brouillon } from "@communs-opco/formulaire";

/**
 * Brouillon en cours conservé dans le `localStorage` du navigateur (il survit à un rechargement
 * de la page), sous une clé propre à chaque formulaire. Un contenu illisible est ignoré.
 *
 * @example
 * ```ts
 * const depot = new DepotBrouillon("communs-opco:cerfa");
 * depot.enregistrer(brouillon);
 * depot.lire()?.champs["employeur.siret"];
 * ```
 */
export class DepotBrouillon {
  constructor(private readonly cle: string) {}

  private get stockage(): Storage | undefined {
    try {
      return typeof localStorage === "undefined" ? undefined : localStorage;
    } catch {
      return undefined;
    }
  }

  /** Brouillon conservé, ou `undefined`. */
  lire(): Brouillon | undefined {
    const texte = this.stockage?.getItem(this.cle);
    if (texte === null || texte === undefined || texte.length > 1_000_000) return undefined;
    try {
      const b = JSON.parse(texte) as unknown;
      if (typeof b !== "object" || b === null || typeof (b as { champs?: unknown }).champs !== "object" || (b as { champs?: unknown }).champs === null) return undefined;
      return b as Brouillon;
    } catch {
      return undefined;
    }
  }

  /** Conserve le brouillon (silencieusement ignoré si le stockage est plein ou interdit). */
  enregistrer(brouillon: Brouillon): void {
    try {
      this.stockage?.setItem(this.cle, JSON.stringify(brouillon));
    } catch {
      // Stockage plein ou interdit : le brouillon reste en mémoire.
    }
  }

  /** Efface le brouillon conservé. */
  effacer(): void {
    this.stockage?.removeItem(this.cle);
  }
}
