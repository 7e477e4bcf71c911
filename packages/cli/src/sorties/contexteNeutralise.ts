import type { ContexteCli } from "../ContexteCli";
import { neutraliserSortie } from "./neutraliserSortie";

/**
 * Contexte dont les deux sorties texte (standard et erreur) passent par {@link neutraliserSortie} :
 * le point unique où la CLI neutralise les caractères de contrôle (séquences ESC, C1, surcharges
 * bidirectionnelles) venus d'un argument, d'un champ lu ou d'un message, pour toutes les commandes.
 *
 * @example
 * ```ts
 * const code = await executerCli(args, contexteNeutralise(contexteProcessus()));
 * ```
 */
export function contexteNeutralise(contexte: ContexteCli): ContexteCli {
  return {
    ecrire: (texte) => contexte.ecrire(neutraliserSortie(texte)),
    ecrireErreur: (texte) => contexte.ecrireErreur(neutraliserSortie(texte)),
    get repertoire() {
      return contexte.repertoire;
    },
    lireEntreeStandard: () => contexte.lireEntreeStandard(),
    ...(contexte.lireEntreeStandardOctets === undefined ? {} : { lireEntreeStandardOctets: () => contexte.lireEntreeStandardOctets!() }),
    ...(contexte.copierEntreeStandard === undefined ? {} : { copierEntreeStandard: (chemin: string) => contexte.copierEntreeStandard!(chemin) }),
    get entreeStandardInteractive() {
      return contexte.entreeStandardInteractive;
    },
    // Terminal de la sortie d'erreur (progression) : transmis tel quel, séquences de la CLI seulement.
    ...(contexte.sortieErreurInteractive === undefined ? {} : { sortieErreurInteractive: contexte.sortieErreurInteractive }),
    ...(contexte.colonnesErreur === undefined ? {} : { colonnesErreur: contexte.colonnesErreur }),
    ecrireErreurBrute: (texte) => (contexte.ecrireErreurBrute ?? contexte.ecrireErreur).call(contexte, texte),
  };
}
