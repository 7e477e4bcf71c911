import type { CommandeDifferee } from "./CommandeDifferee";
import type { ContexteCli } from "./ContexteCli";
import { commandes } from "./commandes";
import { ErreurEntreeSortie } from "./ErreurEntreeSortie";
import { ErreurUsage } from "./ErreurUsage";
import { contexteNeutralise } from "./sorties/contexteNeutralise";
import { expliquerErreurSysteme } from "./sorties/expliquerErreurSysteme";
import { versionCli } from "./versionCli";

function aideGenerale(): string {
  const largeur = Math.max(...commandes.map((c) => c.nom.length), 8);
  const lignes = commandes.map((c) => `  ${c.nom.padEnd(largeur)}  ${c.resume}`);
  return [
    "opco — outils Communs OPCO pour l'apprentissage",
    "",
    "Usage : opco <commande> [options]",
    "",
    "Commandes :",
    ...lignes,
    "",
    "« opco <commande> --aide » affiche l'aide d'une commande ; « opco --version » affiche la version.",
    "",
  ].join("\n");
}

/**
 * Exécute la CLI `opco` avec les arguments donnés (sans `node` ni le nom du binaire)
 * et renvoie le code de sortie : 0 succès, 1 résultat négatif (constat bloquant…), 2 erreur
 * d'utilisation (option, fichier introuvable, sortie non inscriptible, entrée vide), 3 échec
 * d'entrée-sortie ou de source. Les messages sont en français, sans trace de pile. Tout ce qui
 * est écrit sur le terminal est neutralisé (caractères de contrôle, ESC, surcharges
 * bidirectionnelles : voir `neutraliserSortie`).
 * Seul le module de la commande lancée est importé (voir {@link CommandeDifferee}).
 *
 * @example
 * ```ts
 * const code = await executerCli(["identifiant", "0951099D", "--json"], contexte);
 * ```
 */
export async function executerCli(args: string[], contexteBrut: ContexteCli): Promise<number> {
  // point unique de neutralisation des caractères de contrôle de toutes les sorties texte
  const contexte = contexteNeutralise(contexteBrut);
  const [nom, ...reste] = args;
  if (nom === undefined || nom === "--aide" || nom === "--help" || nom === "-h" || nom === "aide") {
    contexte.ecrire(aideGenerale());
    return nom === undefined ? 2 : 0;
  }
  if (nom === "--version" || nom === "-v") {
    contexte.ecrire(`${versionCli}\n`);
    return 0;
  }
  const entree = commandes.find((c) => c.nom === nom);
  if (entree === undefined) {
    contexte.ecrireErreur(`opco : commande inconnue « ${nom} ».\n\n${aideGenerale()}`);
    return 2;
  }
  const commande = await entree.charger();
  if (reste.includes("--aide") || reste.includes("--help")) {
    contexte.ecrire(`${commande.usage}\n`);
    return 0;
  }
  try {
    return await commande.executer(reste, contexte);
  } catch (erreur) {
    if (erreur instanceof ErreurUsage) {
      contexte.ecrireErreur(`opco ${commande.nom} : ${erreur.message}\n\n${commande.usage}\n`);
      return 2;
    }
    const message = erreur instanceof ErreurEntreeSortie ? erreur.message : expliquerErreurSysteme(erreur);
    contexte.ecrireErreur(`opco ${commande.nom} : ${message}\n`);
    return 3;
  }
}
