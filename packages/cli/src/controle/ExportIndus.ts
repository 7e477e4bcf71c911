import type { ConstatPrepaiementValorise } from "@communs-opco/referentiels";
import { FichierSortie } from "../sorties/FichierSortie";
import { protegerValeur } from "./protegerResultat";
import { SortieTamponnee } from "./SortieTamponnee";

/**
 * Export JSON Lines des constats avant paiement valorisés (`opco controle --export-indus`) : une
 * ligne `ConstatPrepaiementValorise` (décision `en_attente`) par constat bloquant d'un contrat
 * valorisé, écrite en flux. L'OPCO y reporte ses décisions (`confirme`, `faux_positif`) puis
 * calcule l'indicateur I-OPCO-INDUS avec `opco indicateurs indus`.
 *
 * @example
 * ```ts
 * const exportIndus = new ExportIndus("indus.jsonl");
 * if (valorisation.statut === "valorise") exportIndus.ajouter(valorisation.constats);
 * exportIndus.terminer(); // nombre de lignes écrites
 * ```
 */
export class ExportIndus {
  private readonly fichier: FichierSortie;
  private readonly sortie: SortieTamponnee;
  private lignes = 0;

  /**
   * Prépare le fichier (écrit dans un temporaire du même dossier, renommé par {@link terminer}) ;
   * lève `ErreurUsage` si le dossier n'est pas inscriptible.
   */
  constructor(
    chemin: string,
    private readonly options: { enClair?: boolean } = {},
  ) {
    this.fichier = FichierSortie.ouvrir(chemin, "--export-indus");
    this.sortie = new SortieTamponnee((texte) => {
      this.fichier.ecrire(texte);
    });
  }

  /** Ajoute les constats valorisés d'un contrat, une ligne chacun. */
  ajouter(constats: readonly ConstatPrepaiementValorise[]): void {
    for (const c of constats) {
      this.sortie.ecrire(`${JSON.stringify(protegerValeur(c, this.options.enClair === true))}\n`);
      this.lignes++;
    }
  }

  /** Écrit ce qui reste, ferme le fichier et renvoie le nombre de lignes écrites. */
  terminer(): number {
    this.sortie.vider();
    this.fichier.terminer();
    return this.lignes;
  }

  /** Abandonne l'export (exécution interrompue) : aucun fichier partiel n'est laissé. */
  abandonner(): void {
    this.fichier.abandonner();
  }
}
