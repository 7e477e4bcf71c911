import { closeSync, openSync, writeSync } from "node:fs";
import type { ConstatPrepaiementValorise } from "@communs-opco/referentiels";
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
  private readonly descripteur: number;
  private readonly sortie: SortieTamponnee;
  private lignes = 0;

  /** Ouvre (ou remplace) le fichier ; lève l'erreur système si le fichier ne peut pas être créé. */
  constructor(chemin: string) {
    this.descripteur = openSync(chemin, "w");
    this.sortie = new SortieTamponnee((texte) => {
      writeSync(this.descripteur, texte);
    });
  }

  /** Ajoute les constats valorisés d'un contrat, une ligne chacun. */
  ajouter(constats: readonly ConstatPrepaiementValorise[]): void {
    for (const c of constats) {
      this.sortie.ecrire(`${JSON.stringify(c)}\n`);
      this.lignes++;
    }
  }

  /** Écrit ce qui reste, ferme le fichier et renvoie le nombre de lignes écrites. */
  terminer(): number {
    this.sortie.vider();
    closeSync(this.descripteur);
    return this.lignes;
  }
}
