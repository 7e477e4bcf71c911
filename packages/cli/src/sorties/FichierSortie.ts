import { closeSync, openSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { ErreurEntreeSortie } from "../ErreurEntreeSortie";
import { ErreurUsage } from "../ErreurUsage";
import { expliquerErreurSysteme } from "./expliquerErreurSysteme";

let compteur = 0;

/**
 * Fichier de sortie d'une commande (`--rapport`, `--export-indus`, `--sortie`…) écrit **sans
 * jamais laisser de fichier à moitié écrit** : le contenu va dans un fichier temporaire caché du
 * même dossier, renommé sur le nom final par {@link FichierSortie.terminer} (renommage atomique) ;
 * {@link FichierSortie.abandonner} le supprime (exécution interrompue, erreur). Un fichier existant
 * du même nom n'est remplacé qu'à la toute fin.
 *
 * Un dossier absent ou non inscriptible à l'ouverture est une erreur d'utilisation
 * ({@link ErreurUsage}, code 2) ; un échec d'écriture ensuite (disque plein…) une erreur
 * d'entrée-sortie ({@link ErreurEntreeSortie}, code 3).
 *
 * @example
 * ```ts
 * const sortie = FichierSortie.ouvrir("/tmp/rapport.html", "--rapport");
 * try {
 *   sortie.ecrire("<!doctype html>…");
 *   sortie.terminer();
 * } finally {
 *   sortie.abandonner(); // sans effet après terminer()
 * }
 * ```
 */
export class FichierSortie {
  private ouvert = true;

  private constructor(
    /** Chemin final du fichier. */
    readonly chemin: string,
    private readonly temporaire: string,
    private readonly descripteur: number,
    private readonly libelle: string,
  ) {}

  /**
   * Crée le fichier temporaire à côté de `chemin`. `libelle` nomme la sortie dans les messages
   * (l'option, p. ex. `--rapport`).
   */
  static ouvrir(chemin: string, libelle: string): FichierSortie {
    compteur += 1;
    const temporaire = join(dirname(chemin), `.${basename(chemin)}.${String(process.pid)}-${String(compteur)}.tmp`);
    try {
      return new FichierSortie(chemin, temporaire, openSync(temporaire, "wx", 0o644), libelle);
    } catch (erreur) {
      throw new ErreurUsage(`impossible d'écrire le fichier de ${libelle} « ${chemin} » : ${expliquerErreurSysteme(erreur)}`);
    }
  }

  /** Écrit un texte (UTF-8) ou des octets à la suite. */
  ecrire(contenu: string | Uint8Array): void {
    if (!this.ouvert) throw new ErreurEntreeSortie(`écriture dans ${this.libelle} « ${this.chemin} » après sa fermeture`);
    try {
      if (typeof contenu === "string") writeSync(this.descripteur, contenu);
      else {
        let ecrits = 0;
        while (ecrits < contenu.length) ecrits += writeSync(this.descripteur, contenu, ecrits);
      }
    } catch (erreur) {
      this.abandonner();
      throw new ErreurEntreeSortie(`écriture interrompue de ${this.libelle} « ${this.chemin} » : ${expliquerErreurSysteme(erreur)} (aucun fichier partiel laissé)`);
    }
  }

  /** Ferme le fichier temporaire et le renomme sur le nom final. */
  terminer(): void {
    if (!this.ouvert) return;
    this.ouvert = false;
    try {
      closeSync(this.descripteur);
      renameSync(this.temporaire, this.chemin);
    } catch (erreur) {
      this.supprimerTemporaire();
      throw new ErreurEntreeSortie(`écriture impossible de ${this.libelle} « ${this.chemin} » : ${expliquerErreurSysteme(erreur)}`);
    }
  }

  /** Ferme et supprime le fichier temporaire sans toucher au fichier final (sans effet après {@link terminer}). */
  abandonner(): void {
    if (!this.ouvert) return;
    this.ouvert = false;
    try {
      closeSync(this.descripteur);
    } catch {
      // déjà fermé : rien à faire
    }
    this.supprimerTemporaire();
  }

  private supprimerTemporaire(): void {
    try {
      unlinkSync(this.temporaire);
    } catch {
      // déjà supprimé
    }
  }
}
