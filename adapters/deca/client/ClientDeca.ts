import type { ResultatLecteur } from "@communs-opco/adaptateur";
import type { Dossier } from "@communs-opco/schemas";

/**
 * Page reçue de l'extraction DECA : numéro, nombre de pages et de contrats annoncés, et
 * contrats bruts (forme DGEFP).
 *
 * @example
 * ```ts
 * const p: PageDeca = { page: 1, totalPages: 3, totalElements: 250, contrats: [] };
 * ```
 */
export interface PageDeca {
  readonly page: number;
  readonly totalPages: number;
  readonly totalElements: number;
  readonly contrats: readonly unknown[];
}

/**
 * Client de l'API d'extraction DECA : `pages` parcourt les pages brutes d'une fenêtre de
 * dates, `extraire` lit chaque contrat vers le dossier standard (résultat de lecteur : un
 * dossier ou une erreur localisée, rien n'est perdu) en alimentant l'adaptateur DECA.
 *
 * @example
 * ```ts
 * for await (const r of client.extraire({ dateDebut: "2025-09-01", dateFin: "2025-09-01" })) if (r.ok) console.log(r.valeur.numeroDeca);
 * ```
 */
export interface ClientDeca {
  pages(fenetre: { readonly dateDebut: string; readonly dateFin: string }, options?: { readonly signal?: AbortSignal }): AsyncGenerator<PageDeca>;
  extraire(fenetre: { readonly dateDebut: string; readonly dateFin: string }, options?: { readonly signal?: AbortSignal }): AsyncGenerator<ResultatLecteur<Dossier>>;
}
