import { accesseursContrat } from "../generated/accesseursContrat";

/**
 * Compile la lecture d'un chemin pointé (`apprenti.adresse.codePostal`) en une fonction qui suit
 * des clés fixes, sans découpage ni recherche à chaque lecture ; même résultat que
 * `valeurAuChemin` (`undefined` dès qu'un maillon manque ou n'est pas un objet). Un chemin du
 * contrat standard reçoit l'accesseur généré au build depuis le JSON Schema (accès de propriétés
 * écrits en dur, monomorphes) ; tout autre chemin, une lecture clé par clé.
 *
 * @example
 * ```ts
 * const codePostal = accesseurChemin("apprenti.adresse.codePostal");
 * codePostal({ apprenti: { adresse: { codePostal: "75001" } } }); // "75001"
 * ```
 */
export function accesseurChemin(chemin: string): (racine: unknown) => unknown {
  const genere = accesseursContrat.get(chemin);
  if (genere !== undefined) return genere;
  const [a, b, c, d, ...reste] = chemin.split(".") as [string, string | undefined, string | undefined, string | undefined, ...string[]];
  const pas = (o: unknown, cle: string): unknown => (o !== null && typeof o === "object" ? (o as Record<string, unknown>)[cle] : undefined);
  if (b === undefined) return (o) => pas(o, a);
  if (c === undefined) return (o) => pas(pas(o, a), b);
  if (d === undefined) return (o) => pas(pas(pas(o, a), b), c);
  if (reste.length === 0) return (o) => pas(pas(pas(pas(o, a), b), c), d);
  const cles = chemin.split(".");
  return (o) => cles.reduce(pas, o);
}
