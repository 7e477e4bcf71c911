import type { ChampsIndexLot } from "./champsIndexLot";
import { ecrireIdentiteMaitre, empreinteNumero, jourIndexLot, numeroDuContrat } from "./clesIndexLot";
import { EcritureCle } from "./EcritureCle";
import { agrandirTableau } from "./tableauPartage";

/** Fin d'un contrat sans date de fin lisible : après tout jour d'une date `AAAA-MM-JJ`. */
const FIN_OUVERTE = 0x7fffffff;
/** Indicateurs d'une entrée du portefeuille. */
export const PROLONGE = 1;
export const AVEC_NUMERO = 2;

/**
 * État d'un {@link JournalIndexLot} : ses tableaux (transférables d'un fil à l'autre sans copie)
 * et leurs longueurs utiles.
 *
 * @example
 * ```ts
 * const { entiers, octets } = journal.etat();
 * worker.postMessage({ entiers, octets }, [entiers.buffer, octets.buffer]);
 * ```
 */
export interface EtatJournalIndexLot {
  readonly entiers: Int32Array;
  readonly nombreEntiers: number;
  readonly octets: Uint8Array;
  readonly nombreOctets: number;
}

/**
 * Ce que la première lecture du lot apporte à l'index, contrat par contrat et dans l'ordre, sous
 * une forme compacte : pour chaque contrat lu, son rang, son origine, le début et la fin de ses
 * dates en jours, l'empreinte de son numéro, ses indicateurs, les identités de ses maîtres (octets
 * exacts) et le numéro de contrat précédent qu'il cite. Un fil de calcul en écrit un par morceau
 * du lot (la lecture et l'analyse des enregistrements se font alors en parallèle) ; le fil principal
 * les rejoue dans l'ordre du fichier (`IndexLot.rejouer`), ce qui donne exactement l'index d'une
 * lecture dans un seul fil.
 *
 * Disposition : entiers `rang, origine (0 lot, 1 historique), nombre de maîtres, début, fin,
 * empreinte du numéro (2), indicateurs, longueur de chaque identité, longueur du numéro cité (-1 :
 * aucun)` ; octets : les identités puis le numéro cité.
 *
 * @example
 * ```ts
 * const journal = new JournalIndexLot();
 * journal.ajouter(1, champsIndexLot(contrat), "lot");
 * index.rejouer(journal.etat());
 * ```
 */
export class JournalIndexLot {
  #entiers = new Int32Array(1024);
  #nombreEntiers = 0;
  #octets = new Uint8Array(8192);
  #nombreOctets = 0;
  readonly #cle = new EcritureCle();

  /** Recommence un journal vide (tableaux gardés). */
  vider(): void {
    this.#nombreEntiers = 0;
    this.#nombreOctets = 0;
  }

  /** Journal en l'état : tableaux et longueurs utiles. */
  etat(): EtatJournalIndexLot {
    return { entiers: this.#entiers, nombreEntiers: this.#nombreEntiers, octets: this.#octets, nombreOctets: this.#nombreOctets };
  }

  #entier(valeur: number): void {
    if (this.#nombreEntiers === this.#entiers.length) this.#entiers = agrandirTableau(this.#entiers, this.#nombreEntiers + 1);
    this.#entiers[this.#nombreEntiers++] = valeur;
  }

  #copierCle(): void {
    const { octets, longueur } = this.#cle;
    this.#octets = agrandirTableau(this.#octets, this.#nombreOctets + longueur);
    this.#octets.set(octets.subarray(0, longueur), this.#nombreOctets);
    this.#nombreOctets += longueur;
    this.#entier(longueur);
  }

  /** Ajoute un contrat lu, de rang `rang` (négatif pour l'historique), par ses champs utiles à l'index. */
  ajouter(rang: number, champs: ChampsIndexLot, origine: "lot" | "historique"): void {
    this.#entier(rang);
    this.#entier(origine === "lot" ? 0 : 1);
    const debut = jourIndexLot(champs.dateDebut);
    const position = this.#nombreEntiers;
    this.#entier(0);
    if (debut !== undefined) {
      const numero = numeroDuContrat(champs);
      const [a, b] = numero === undefined ? [0, 0] : empreinteNumero(numero);
      this.#entier(debut);
      this.#entier(jourIndexLot(champs.dateFin) ?? FIN_OUVERTE);
      this.#entier(a);
      this.#entier(b);
      this.#entier((numero === undefined ? 0 : AVEC_NUMERO) | (champs.typeContratApp === "33" ? PROLONGE : 0));
      let maitres = 0;
      for (const m of champs.maitres) {
        if (!ecrireIdentiteMaitre(this.#cle, m.nom, m.prenom, m.dateNaissance, champs.siret)) continue;
        this.#copierCle();
        maitres++;
      }
      this.#entiers[position] = maitres;
      // Sans maître identifiable, l'entrée n'a pas lieu d'être : seuls les comptes et la citation restent.
      if (maitres === 0) this.#nombreEntiers = position + 1;
    }
    const cite = champs.numeroContratPrecedent;
    if (origine === "lot" && /^2[1-3]$/.test(champs.typeContratApp ?? "") && cite !== undefined && cite !== "") {
      this.#cle.vider();
      this.#cle.texte(cite.toUpperCase());
      this.#copierCle();
    } else this.#entier(-1);
  }
}
