import { contratConforme } from "./contratConforme";

/**
 * Contrat conforme dont le maillon `niveau` du chemin pointé (`"employeur.adresse.codePostal"`,
 * niveau 0 = premier bloc) est remplacé par une valeur quelconque : pour confronter, par
 * propriété, une lecture compilée à la lecture clé par clé sur des formes inattendues.
 * Un niveau au-delà du chemin vise le dernier maillon ; un porteur absent laisse le contrat tel quel.
 */
export function contratAvecValeurAuMaillon(chemin: string, niveau: number, valeur: unknown): Record<string, unknown> {
  const cles = chemin.split(".");
  const racine = contratConforme() as unknown as Record<string, unknown>;
  let porteur: unknown = racine;
  const arret = Math.min(niveau, cles.length - 1);
  for (let i = 0; i < arret; i++) porteur = (porteur as Record<string, unknown> | undefined)?.[cles[i] as string];
  if (porteur !== null && typeof porteur === "object") (porteur as Record<string, unknown>)[cles[arret] as string] = valeur;
  return racine;
}
