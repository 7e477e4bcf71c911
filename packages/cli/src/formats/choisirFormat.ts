import { detecterFormat, type Adaptateur, type SourceDonnees } from "@communs-opco/adaptateur";
import { ErreurUsage } from "../ErreurUsage";
import { formatsDisponibles } from "./formatsDisponibles";
import { trouverFormat } from "./trouverFormat";

/**
 * Choisit l'adaptateur de lecture d'une source : le format nommé, ou pour `auto` le
 * format détecté avec la meilleure confiance. Lève une {@link ErreurUsage} si le nom est
 * inconnu, si le format ne se lit pas, ou si aucun format n'est reconnu.
 *
 * @example
 * ```ts
 * choisirFormat(source, "auto").metadonnees.nom; // "deca"
 * ```
 */
export function choisirFormat(source: SourceDonnees, format: string, formats: readonly Adaptateur<unknown>[] = formatsDisponibles()): Adaptateur<unknown> {
  if (format.trim().toLowerCase() === "auto") {
    const [meilleur] = detecterFormat(source, formats.filter((a) => a.metadonnees.capacites.includes("lecture")));
    if (meilleur === undefined) {
      throw new ErreurUsage(`format de « ${source.nom} » non reconnu ; préciser le format parmi : ${formats.map((a) => a.metadonnees.nom).join(", ")}`);
    }
    return trouverFormat(meilleur.format, formats);
  }
  const adaptateur = trouverFormat(format, formats);
  if (!adaptateur.metadonnees.capacites.includes("lecture")) throw new ErreurUsage(`le format « ${adaptateur.metadonnees.nom} » ne se lit pas`);
  return adaptateur;
}
