import type { EchantillonSource } from "./EchantillonSource.js";
import type { MetadonneesFormat } from "./MetadonneesFormat.js";
import type { RapportCorrespondance } from "./RapportCorrespondance.js";
import type { ResultatEcriture } from "./ResultatEcriture.js";
import type { ResultatLecteur } from "./ResultatLecteur.js";
import type { SourceDonnees } from "./SourceDonnees.js";

/**
 * Contrat commun des adaptateurs de format. Chaque paquet d'adaptateur exporte un objet
 * `adaptateur` qui l'implémente.
 *
 * - `lire` : ne lève jamais d'exception ; produit un résultat par enregistrement
 *   (valeur standard ou erreur localisée), et une erreur localisée si la source
 *   elle-même est illisible ;
 * - `ecrire` (facultatif) : convertit des enregistrements standard vers le format ;
 * - `detecter` (facultatif) : renvoie une confiance entre 0 (pas ce format) et 1 (certain) ;
 * - `correspondance` : rapport de correspondance champ par champ.
 *
 * @example
 * ```ts
 * const adaptateur: Adaptateur<{ n: number }> = {
 *   metadonnees: { nom: "lignes", libelle: "Un nombre par ligne", versions: ["1"], capacites: ["lecture"], typeEnregistrement: "dossier" },
 *   correspondance: { format: "lignes", champs: [] },
 *   async *lire(source) {
 *     const lignes = decoderTexte(source.octets) ?? "".split("\n");
 *     for (const [i, l] of lignes.entries()) {
 *       const n = Number(l);
 *       yield Number.isFinite(n)
 *         ? { ok: true, valeur: { n }, source: { fichier: source.nom, ligne: i + 1 } }
 *         : { ok: false, erreur: { code: "syntaxe_invalide", message: "Nombre attendu.", source: { fichier: source.nom, ligne: i + 1 } } };
 *     }
 *   },
 * };
 * ```
 */
export interface Adaptateur<T> {
  readonly metadonnees: MetadonneesFormat;
  readonly correspondance: RapportCorrespondance;
  lire(source: SourceDonnees): AsyncIterable<ResultatLecteur<T>>;
  ecrire?(enregistrements: Iterable<T> | AsyncIterable<T>): Promise<ResultatEcriture>;
  detecter?(echantillon: EchantillonSource): number;
}
