import type { CodeErreurLecture } from "./CodeErreurLecture.js";
import type { EmplacementSource } from "./EmplacementSource.js";

/**
 * Erreur localisée produite par un lecteur : un code stable, un message en français
 * (sans donnée personnelle ni secret) et l'emplacement dans la source.
 *
 * @example
 * ```ts
 * const erreur: ErreurLecture = {
 *   code: "enregistrement_invalide",
 *   message: "Date de naissance illisible : « 31/02/2007 ».",
 *   source: { fichier: "deca.json", pointeur: "/contrats/3/alternant/dateNaissance" },
 * };
 * ```
 */
export interface ErreurLecture {
  readonly code: CodeErreurLecture;
  readonly message: string;
  readonly source: EmplacementSource;
}
