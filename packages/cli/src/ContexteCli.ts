/**
 * Entrées et sorties d'une exécution de la CLI. Injectées pour que les commandes soient
 * testables sans processus : la CLI réelle passe `process.stdout`, `process.stderr`, etc.
 *
 * @example
 * ```ts
 * const sortie: string[] = [];
 * const contexte: ContexteCli = {
 *   ecrire: (t) => sortie.push(t),
 *   ecrireErreur: (t) => sortie.push(t),
 *   repertoire: process.cwd(),
 *   lireEntreeStandard: async () => "",
 *   entreeStandardInteractive: true,
 * };
 * ```
 */
export interface ContexteCli {
  /** Écrit sur la sortie standard (le texte est écrit tel quel, sans saut de ligne ajouté). */
  ecrire(texte: string): void;
  /** Écrit sur la sortie d'erreur. */
  ecrireErreur(texte: string): void;
  /** Répertoire courant pour résoudre les chemins relatifs. */
  repertoire: string;
  /** Lit toute l'entrée standard (pour les commandes qui acceptent `-` ou l'absence de fichier). */
  lireEntreeStandard(): Promise<string>;
  /**
   * Lit toute l'entrée standard en octets, sans décodage (PDF, certificat… donnés par `-`).
   * Absente : le texte de {@link ContexteCli.lireEntreeStandard}, encodé en UTF-8.
   */
  lireEntreeStandardOctets?(): Promise<Uint8Array>;
  /**
   * Recopie l'entrée standard dans le fichier `chemin` (créé) au fil de la lecture, sans la garder
   * en mémoire : `opco controle -` la relit ensuite en flux, quelle que soit sa taille. Absente : le
   * texte de {@link ContexteCli.lireEntreeStandard} est écrit d'un bloc.
   */
  copierEntreeStandard?(chemin: string): Promise<void>;
  /** Vrai quand l'entrée standard est un terminal (aucune donnée redirigée). */
  entreeStandardInteractive: boolean;
  /** Vrai quand la sortie d'erreur est un terminal : les commandes longues y affichent leur progression. */
  sortieErreurInteractive?: boolean;
  /** Largeur (colonnes) du terminal de la sortie d'erreur, si elle est connue. */
  colonnesErreur?: number;
  /**
   * Écrit sur la sortie d'erreur **sans** neutraliser les caractères de contrôle : réservée aux
   * séquences de terminal que la CLI compose elle-même (progression : retour chariot, effacement de
   * ligne), jamais à une donnée lue. Absente : `ecrireErreur`.
   */
  ecrireErreurBrute?(texte: string): void;
}
