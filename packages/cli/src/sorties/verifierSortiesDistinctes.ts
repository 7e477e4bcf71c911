import { realpathSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { ErreurUsage } from "../ErreurUsage";

/** Identité d'un chemin sur le disque : chemin réel (liens symboliques résolus) et, s'il existe, périphérique + inode (liens physiques). */
function identite(chemin: string): { reel: string; inode?: string } {
  let reel: string;
  try {
    reel = realpathSync(chemin);
  } catch {
    // Fichier absent : chemin réel de son dossier (s'il existe) suivi du nom.
    try {
      reel = join(realpathSync(dirname(chemin)), basename(chemin));
    } catch {
      reel = chemin;
    }
  }
  try {
    const s = statSync(chemin);
    return { reel, inode: `${String(s.dev)}:${String(s.ino)}` };
  } catch {
    return { reel };
  }
}

/**
 * Refuse (erreur d'utilisation, code 2) une sortie qui désigne un fichier lu ou une autre
 * sortie : mêmes chemins réels (liens symboliques résolus) ou même fichier physique (même
 * périphérique et même inode : lien physique). Sans cette garde, `opco controle c.jsonl
 * --rapport c.jsonl` détruirait le fichier à contrôler.
 *
 * @example
 * ```ts
 * verifierSortiesDistinctes(["/tmp/c.jsonl"], [{ libelle: "--rapport", chemin: "/tmp/c.jsonl" }]); // lève ErreurUsage
 * ```
 */
export function verifierSortiesDistinctes(entrees: readonly string[], sorties: readonly { libelle: string; chemin: string }[]): void {
  const lues = entrees.map((e) => ({ chemin: e, ...identite(e) }));
  const vues: { libelle: string; reel: string; inode?: string }[] = [];
  for (const sortie of sorties) {
    const id = identite(sortie.chemin);
    const memeFichier = (autre: { reel: string; inode?: string }) => autre.reel === id.reel || (id.inode !== undefined && autre.inode === id.inode);
    const entree = lues.find(memeFichier);
    if (entree !== undefined) {
      throw new ErreurUsage(`le fichier de ${sortie.libelle} « ${sortie.chemin} » est aussi un fichier lu (${entree.chemin}) : il serait écrasé ; choisir un autre nom de sortie`);
    }
    const autre = vues.find(memeFichier);
    if (autre !== undefined) throw new ErreurUsage(`${sortie.libelle} et ${autre.libelle} désignent le même fichier « ${sortie.chemin} » : choisir deux noms différents`);
    vues.push({ libelle: sortie.libelle, ...id });
  }
}
