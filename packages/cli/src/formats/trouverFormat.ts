import type { Adaptateur } from "@communs-opco/adaptateur";
import { ErreurUsage } from "../ErreurUsage";
import { formatsDisponibles } from "./formatsDisponibles";

/**
 * Trouve un format par son nom (insensible à la casse). Lève une {@link ErreurUsage}
 * (code de sortie 2) qui liste les formats connus quand le nom est inconnu.
 *
 * @example
 * ```ts
 * trouverFormat("deca").metadonnees.libelle; // "Extraction DECA (API DGEFP)"
 * ```
 */
export function trouverFormat(nom: string, formats: readonly Adaptateur<unknown>[] = formatsDisponibles()): Adaptateur<unknown> {
  const cherche = nom.trim().toLowerCase();
  const trouve = formats.find((a) => a.metadonnees.nom.toLowerCase() === cherche);
  if (trouve === undefined) {
    throw new ErreurUsage(`format inconnu « ${nom} » ; formats disponibles : ${formats.map((a) => a.metadonnees.nom).join(", ")}`);
  }
  return trouve;
}
