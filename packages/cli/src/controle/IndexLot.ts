import { Lecture, type PortsEnMemoire, type PortHistoriqueContrats, type PortPortefeuilleContrats, type ReponseHistoriqueContrats } from "@communs-opco/regles";
import { champsIndexLot, type ChampsIndexLot } from "./champsIndexLot";
import { ecrireIdentiteMaitre, empreinteNumero, jourIndexLot, numeroDuContrat } from "./clesIndexLot";
import { EcritureCle } from "./EcritureCle";
import { AVEC_NUMERO, JournalIndexLot, PROLONGE, type EtatJournalIndexLot } from "./JournalIndexLot";
import { agrandirTableau, tableauPartage } from "./tableauPartage";
import { empreinteOctets, TableCles, type EmpreinteCle, type EtatTableCles } from "./TableCles";

/**
 * Limites de l'index du lot (mémoire bornée) : au-delà, l'index est « saturé », ce que le résumé
 * dit, et les règles qui en dépendent deviennent indéterminées pour ce qui n'a pas été indexé.
 *
 * @example
 * ```ts
 * const limites: LimitesIndexLot = { maitres: 1_000_000, contratsPrecedents: 1_000_000 };
 * ```
 */
export interface LimitesIndexLot {
  /** Nombre maximal de maîtres d'apprentissage distincts indexés. */
  maitres: number;
  /** Nombre maximal de numéros de contrats précédents cherchés. */
  contratsPrecedents: number;
}

/** Limites par défaut : un million de maîtres et de contrats précédents (une centaine de Mo pour un million de contrats). */
const LIMITES_INDEX_LOT: LimitesIndexLot = { maitres: 1_000_000, contratsPrecedents: 1_000_000 };

/**
 * Une entrée du portefeuille (un contrat encadré par un maître) : 7 entiers de 32 bits rangés à plat
 * — entrée suivante du même maître (-1 : dernière), rang, début et fin (jours), empreinte de 64 bits
 * du numéro (deux moitiés), indicateurs (prolongé après échec, numéro connu).
 */
const CHAMPS_ENTREE = 7;

/**
 * Provenance d'un contrat indexé : le lot contrôlé ou un fichier d'historique (`--historique`).
 *
 * @example
 * ```ts
 * const p: ProvenanceIndexee = { origine: "lot", fichier: "contrats.jsonl", ligne: 3 };
 * ```
 */
export interface ProvenanceIndexee {
  origine: "lot" | "historique";
  fichier: string;
  ligne: number;
}

/**
 * Bilan de l'index du lot, affiché au niveau de l'exécution (texte, `--json`, rapport HTML).
 *
 * @example
 * ```ts
 * const b: BilanIndexLot = { contratsLot: 3, contratsHistorique: 0, fichiersHistorique: [], maitres: 2, maitresSatures: false, contratsPrecedentsCherches: 1, contratsPrecedentsTrouves: 1, contratsPrecedentsSatures: false, passes: 3 };
 * ```
 */
export interface BilanIndexLot {
  /** Contrats du lot lus pour l'index. */
  contratsLot: number;
  /** Contrats des fichiers d'historique lus pour l'index. */
  contratsHistorique: number;
  fichiersHistorique: string[];
  /** Maîtres d'apprentissage distincts indexés (identité : nom, prénom, date de naissance, SIRET de l'employeur). */
  maitres: number;
  maitresSatures: boolean;
  /** Numéros de contrats précédents cités par le lot, et ceux retrouvés. */
  contratsPrecedentsCherches: number;
  contratsPrecedentsTrouves: number;
  contratsPrecedentsSatures: boolean;
  /** Lectures des fichiers faites pour l'index (une, ou deux quand des contrats précédents sont cités). */
  passes: number;
}

/**
 * État d'un {@link IndexLot} terminé, transmissible à un fil de calcul par `postMessage` : les
 * tables sont des tableaux typés en mémoire partagée (`SharedArrayBuffer`), **partagés et non
 * copiés** ; le reste est fait de quelques nombres et textes.
 *
 * @example
 * ```ts
 * const copie = IndexLot.restaurer(index.etat());
 * ```
 */
export interface EtatIndexLot {
  readonly limites: LimitesIndexLot;
  /** Identités des maîtres (voir `TableCles`). */
  readonly maitres: EtatTableCles;
  /** Première entrée du portefeuille de chaque maître (-1 : aucune). */
  readonly premieres: Int32Array;
  /** Entrées du portefeuille, 7 entiers chacune (voir `CHAMPS_ENTREE`). */
  readonly entrees: Int32Array;
  /** Numéros de contrats précédents cités par le lot (voir `TableCles`). */
  readonly references: EtatTableCles;
  /** Pour chaque numéro cité : le contrat précédent retenu (-1 : pas retrouvé). */
  readonly precedentDe: Int32Array;
  /** Contrats précédents retenus : JSON (UTF-8) du contrat réduit, bornes dans `debutsPrecedents`. */
  readonly jsonPrecedents: Uint8Array;
  readonly debutsPrecedents: Int32Array;
  /** Provenance de chaque contrat précédent : fichier (rang dans `fichiers`, négatif pour l'historique : −1 − rang) et ligne. */
  readonly provenancesPrecedents: Int32Array;
  readonly fichiers: readonly string[];
  readonly precedents: number;
  readonly maitresSatures: boolean;
  readonly referencesSaturees: boolean;
  readonly bilan: BilanIndexLot;
}

const encodeur = new TextEncoder();
const decodeur = new TextDecoder();

/**
 * Index borné d'un lot de contrats pour les règles qui regardent au-delà d'un contrat :
 *
 * - **portefeuille des maîtres** (R6223-6) : par identité de maître (nom, prénom, date de naissance
 *   et SIRET de l'employeur), les contrats qu'il encadre (rang, dates en jours, empreinte de 64 bits
 *   du numéro, prolongation après échec) ; un contrat et ses avenants comptent une fois ;
 * - **contrats précédents** (D6222-1, D6222-29, D6222-30) : les numéros cités par
 *   `contrat.numeroContratPrecedent`, puis, lors d'une seconde lecture, ces contrats réduits aux
 *   champs utiles (SIRET, dates, diplôme, dernière ligne de rémunération).
 *
 * Compact et partagé : identités et numéros sont des clés d'octets d'une `TableCles` (comparées
 * exactement : deux maîtres ne sont jamais confondus, même d'empreinte égale), les entrées des
 * entiers rangés à plat, le tout en tableaux typés sur mémoire partagée — aucun objet par contrat
 * dans le tas, et les fils de calcul lisent l'index du fil principal sans copie
 * ({@link IndexLot.etat}, {@link IndexLot.restaurer}).
 *
 * Il fournit à chaque enregistrement contrôlé les ports `portefeuille` et `historique` des règles
 * asynchrones de `@communs-opco/regles`. La mémoire est bornée par {@link LimitesIndexLot}.
 *
 * @example
 * ```ts
 * const index = new IndexLot();
 * index.indexerMaitresEtReferences(1, contrat, { origine: "lot", fichier: "a.jsonl", ligne: 1 });
 * const ports = index.portsPour(1, contrat);
 * ```
 */
export class IndexLot {
  readonly #maitres: TableCles;
  #premieres: Int32Array;
  #entrees: Int32Array;
  #nombreEntrees = 0;
  readonly #references: TableCles;
  #precedentDe: Int32Array;
  #jsonPrecedents: Uint8Array;
  #debutsPrecedents: Int32Array;
  #provenancesPrecedents: Int32Array;
  #precedents = 0;
  readonly #fichiers: string[] = [];
  #maitresSatures = false;
  #referencesSaturees = false;
  /** Clé en cours d'écriture (identité ou numéro) : un seul tampon pour tout l'index. */
  readonly #cle = new EcritureCle();
  /** Journal d'un seul contrat (lecture dans ce fil) et maîtres déjà vus du contrat rejoué. */
  readonly #journal = new JournalIndexLot();
  readonly #vus: number[] = [];
  readonly bilan: BilanIndexLot = { contratsLot: 0, contratsHistorique: 0, fichiersHistorique: [], maitres: 0, maitresSatures: false, contratsPrecedentsCherches: 0, contratsPrecedentsTrouves: 0, contratsPrecedentsSatures: false, passes: 0 };

  /** Enregistrements des fichiers du lot relus pour l'index, illisibles compris (total attendu du contrôle). */
  enregistrementsLot = 0;

  /**
   * `empreinteCle` : empreinte des clés (identités, numéros) ; celle par défaut convient, une autre
   * ne sert qu'aux tests (collisions forcées).
   */
  constructor(
    readonly limites: LimitesIndexLot = LIMITES_INDEX_LOT,
    empreinteCle: EmpreinteCle = empreinteOctets,
    etat?: EtatIndexLot,
  ) {
    this.#maitres = new TableCles(empreinteCle, etat?.maitres);
    this.#references = new TableCles(empreinteCle, etat?.references);
    this.#premieres = etat?.premieres ?? tableauPartage(Int32Array, 512);
    this.#entrees = etat?.entrees ?? tableauPartage(Int32Array, 512 * CHAMPS_ENTREE);
    this.#precedentDe = etat?.precedentDe ?? tableauPartage(Int32Array, 64);
    this.#jsonPrecedents = etat?.jsonPrecedents ?? tableauPartage(Uint8Array, 4096);
    this.#debutsPrecedents = etat?.debutsPrecedents ?? tableauPartage(Int32Array, 65);
    this.#provenancesPrecedents = etat?.provenancesPrecedents ?? tableauPartage(Int32Array, 128);
    if (etat === undefined) return;
    this.#precedents = etat.precedents;
    this.#fichiers.push(...etat.fichiers);
    this.#maitresSatures = etat.maitresSatures;
    this.#referencesSaturees = etat.referencesSaturees;
    Object.assign(this.bilan, etat.bilan);
  }

  /**
   * État de l'index terminé : tableaux en mémoire partagée et quelques nombres, transmis tels quels
   * aux fils de calcul de `opco controle`, qui le lisent par {@link IndexLot.restaurer}.
   */
  etat(): EtatIndexLot {
    return {
      limites: this.limites,
      maitres: this.#maitres.etat(),
      premieres: this.#premieres,
      entrees: this.#entrees,
      references: this.#references.etat(),
      precedentDe: this.#precedentDe,
      jsonPrecedents: this.#jsonPrecedents,
      debutsPrecedents: this.#debutsPrecedents,
      provenancesPrecedents: this.#provenancesPrecedents,
      fichiers: [...this.#fichiers],
      precedents: this.#precedents,
      maitresSatures: this.#maitresSatures,
      referencesSaturees: this.#referencesSaturees,
      bilan: this.bilan,
    };
  }

  /** Index qui lit, sans la copier, la mémoire de celui dont l'état a été pris par {@link IndexLot.etat} (dans un autre fil) ; il n'est plus modifié. */
  static restaurer(etat: EtatIndexLot, empreinteCle: EmpreinteCle = empreinteOctets): IndexLot {
    return new IndexLot(etat.limites, empreinteCle, etat);
  }

  /** Octets des tableaux de l'index (mémoire partagée, hors du tas), pour le mesurer. */
  get octetsOccupes(): number {
    return (
      this.#maitres.octetsOccupes +
      this.#references.octetsOccupes +
      this.#premieres.byteLength +
      this.#entrees.byteLength +
      this.#precedentDe.byteLength +
      this.#jsonPrecedents.byteLength +
      this.#debutsPrecedents.byteLength +
      this.#provenancesPrecedents.byteLength
    );
  }

  /** Première lecture : maîtres du contrat (portefeuille) et numéro du contrat précédent qu'il cite. */
  indexerMaitresEtReferences(rang: number, contrat: object, provenance: ProvenanceIndexee): void {
    this.ajouter(rang, champsIndexLot(contrat), provenance);
  }

  /**
   * Première lecture, champs déjà lus (voir `champsIndexLot`) : le contrat entre dans le
   * portefeuille de chacun de ses maîtres identifiables (une fois par maître distinct), et le
   * numéro de contrat précédent qu'il cite, pour un contrat successif du lot (types 21 à 23), est
   * relevé.
   */
  ajouter(rang: number, champs: ChampsIndexLot, provenance: Pick<ProvenanceIndexee, "origine">): void {
    this.#journal.vider();
    this.#journal.ajouter(rang, champs, provenance.origine);
    this.rejouer(this.#journal.etat());
  }

  /**
   * Première lecture faite ailleurs (fils de calcul) : rejoue, dans l'ordre, les contrats d'un
   * {@link JournalIndexLot} comme autant d'appels à {@link IndexLot.ajouter}. Des journaux rejoués
   * dans l'ordre du fichier donnent le même index qu'une lecture dans un seul fil (mêmes maîtres
   * retenus quand l'index sature).
   */
  rejouer(journal: EtatJournalIndexLot): void {
    const e = journal.entiers;
    const octets = journal.octets;
    let i = 0;
    let o = 0;
    while (i < journal.nombreEntiers) {
      const rang = e[i++] as number;
      const lot = e[i++] === 0;
      const maitres = e[i++] as number;
      if (lot) this.bilan.contratsLot++;
      else this.bilan.contratsHistorique++;
      if (maitres > 0) {
        const debut = e[i++] as number;
        const fin = e[i++] as number;
        const numeroA = e[i++] as number;
        const numeroB = e[i++] as number;
        const drapeaux = e[i++] as number;
        // Les deux maîtres d'un contrat peuvent être la même personne : le contrat compte une fois.
        const vus = this.#vus;
        vus.length = 0;
        for (let k = 0; k < maitres; k++) {
          const longueur = e[i++] as number;
          const cle = octets.subarray(o, o + longueur);
          o += longueur;
          let maitre = this.#maitres.chercher(cle, longueur);
          if (maitre < 0) {
            if (this.#maitres.nombre >= this.limites.maitres) {
              this.#maitresSatures = true;
              continue;
            }
            maitre = this.#maitres.ajouter(cle, longueur);
            this.#premieres = agrandirTableau(this.#premieres, maitre + 1);
            this.#premieres[maitre] = -1;
          }
          if (vus.includes(maitre)) continue;
          vus.push(maitre);
          const p = this.#nombreEntrees * CHAMPS_ENTREE;
          this.#entrees = agrandirTableau(this.#entrees, p + CHAMPS_ENTREE);
          const entrees = this.#entrees;
          entrees[p] = this.#premieres[maitre] as number;
          entrees[p + 1] = rang;
          entrees[p + 2] = debut;
          entrees[p + 3] = fin;
          entrees[p + 4] = numeroA;
          entrees[p + 5] = numeroB;
          entrees[p + 6] = drapeaux;
          this.#premieres[maitre] = this.#nombreEntrees++;
        }
      }
      const longueurCite = e[i++] as number;
      if (longueurCite < 0) continue;
      const cite = octets.subarray(o, o + longueurCite);
      o += longueurCite;
      if (this.#references.nombre < this.limites.contratsPrecedents) {
        const avant = this.#references.nombre;
        const n = this.#references.ajouter(cite, longueurCite);
        if (n === avant) {
          this.#precedentDe = agrandirTableau(this.#precedentDe, n + 1);
          this.#precedentDe[n] = -1;
        }
      } else if (this.#references.chercher(cite, longueurCite) < 0) this.#referencesSaturees = true;
    }
  }

  /** Des contrats précédents sont-ils cités (une seconde lecture est alors utile) ? */
  get contratsPrecedentsCites(): boolean {
    return this.#references.nombre > 0;
  }

  /** Numéro (dans la table des références) d'un numéro de contrat cité, ou -1. */
  #reference(numero: string): number {
    this.#cle.vider();
    this.#cle.texte(numero);
    return this.#references.chercher(this.#cle.octets, this.#cle.longueur);
  }

  /** Seconde lecture : retient, réduit aux champs utiles, un contrat dont le numéro est cité par le lot. */
  retenirContratPrecedent(contrat: object, provenance: ProvenanceIndexee): void {
    const l = new Lecture(contrat);
    const type = l.texte("contrat.typeContratApp") ?? "";
    if (/^3\d$/.test(type)) return; // un avenant n'est pas le contrat précédent
    const numero = l.texte("contrat.noContrat")?.toUpperCase();
    if (numero === undefined) return;
    const reference = this.#reference(numero);
    if (reference < 0 || (this.#precedentDe[reference] as number) >= 0) return;
    const lignes = l.brut("contrat.remunerationsAnnuelles");
    const derniere = Array.isArray(lignes)
      ? (lignes as unknown[])
          .filter((x): x is { ordre?: unknown; taux?: unknown } => typeof x === "object" && x !== null && typeof (x as { taux?: unknown }).taux === "number")
          .map((x) => ({ ...(typeof x.ordre === "string" ? { ordre: x.ordre } : {}), taux: x.taux as number }))
          .sort((a, b) => (a.ordre ?? "").localeCompare(b.ordre ?? ""))
          .at(-1)
      : undefined;
    const champ = (chemin: string) => {
      const v = l.brut(chemin);
      return typeof v === "string" || typeof v === "number" ? v : undefined;
    };
    const contratReduit = {
      employeur: { siret: champ("employeur.siret") },
      contrat: {
        noContrat: numero,
        typeContratApp: champ("contrat.typeContratApp"),
        dateSignature: champ("contrat.dateSignature"),
        dateDebutContrat: champ("contrat.dateDebutContrat"),
        dateFinContrat: champ("contrat.dateFinContrat"),
        dateRupture: champ("contrat.dateRupture"),
        remunerationsAnnuelles: derniere === undefined ? [] : [derniere],
      },
      formation: { typeDiplome: champ("formation.typeDiplome") },
    };
    // Gardé en JSON (UTF-8) dans la mémoire partagée ; relu par JSON.parse, comme la copie d'autrefois.
    const json = encodeur.encode(JSON.stringify(contratReduit));
    const p = this.#precedents;
    this.#debutsPrecedents = agrandirTableau(this.#debutsPrecedents, p + 2);
    const debut = this.#debutsPrecedents[p] as number;
    this.#jsonPrecedents = agrandirTableau(this.#jsonPrecedents, debut + json.length);
    this.#jsonPrecedents.set(json, debut);
    this.#debutsPrecedents[p + 1] = debut + json.length;
    let fichier = this.#fichiers.indexOf(provenance.fichier);
    if (fichier < 0) fichier = this.#fichiers.push(provenance.fichier) - 1;
    this.#provenancesPrecedents = agrandirTableau(this.#provenancesPrecedents, 2 * p + 2);
    this.#provenancesPrecedents[2 * p] = provenance.origine === "lot" ? fichier : -1 - fichier;
    this.#provenancesPrecedents[2 * p + 1] = provenance.ligne;
    this.#precedentDe[reference] = p;
    this.#precedents = p + 1;
  }

  /** Clôt l'index : fige le bilan (nombre de lectures faites). */
  terminer(passes: number, fichiersHistorique: readonly string[]): BilanIndexLot {
    Object.assign(this.bilan, {
      passes,
      fichiersHistorique: [...fichiersHistorique],
      maitres: this.#maitres.nombre,
      maitresSatures: this.#maitresSatures,
      contratsPrecedentsCherches: this.#references.nombre,
      contratsPrecedentsTrouves: this.#precedents,
      contratsPrecedentsSatures: this.#referencesSaturees,
    });
    return this.bilan;
  }

  /** Contrat précédent retenu pour le numéro cité (en capitales), s'il l'a été. */
  #precedent(numero: string): { contrat: object; source: string } | undefined {
    const reference = this.#reference(numero);
    const p = reference < 0 ? -1 : (this.#precedentDe[reference] as number);
    if (p < 0) return undefined;
    // slice : copie hors mémoire partagée, que TextDecoder accepte.
    const contrat = JSON.parse(decodeur.decode(this.#jsonPrecedents.slice(this.#debutsPrecedents[p], this.#debutsPrecedents[p + 1]))) as object;
    const fichier = this.#provenancesPrecedents[2 * p] as number;
    const origine = fichier >= 0 ? "lot contrôlé" : "historique";
    return { contrat, source: `${origine}, ${this.#fichiers[fichier >= 0 ? fichier : -1 - fichier] ?? ""}:${String(this.#provenancesPrecedents[2 * p + 1])}` };
  }

  /**
   * Ports `historique` et `portefeuille` pour l'enregistrement de rang `rang` (`contrat` : le
   * contrat normalisé) : le portefeuille ne compte pas ce contrat ni ses avenants.
   */
  portsPour(rang: number, contrat: object): { historique: PortHistoriqueContrats; portefeuille: PortPortefeuilleContrats } {
    const { historique, portefeuille } = this.portsEnMemoirePour(rang, contrat);
    return {
      historique: { contratPrecedent: async (cite) => historique.contratPrecedent(cite) },
      portefeuille: { apprentisEncadres: async (maitre, date) => portefeuille.apprentisEncadres(maitre, date) },
    };
  }

  /**
   * Les mêmes ports que {@link IndexLot.portsPour}, **sans promesse** (l'index est en mémoire) :
   * pour `evaluerReglesEnMemoire`. Mêmes réponses ; un index saturé lève la même erreur.
   */
  portsEnMemoirePour(rang: number, contrat: object): PortsEnMemoire<{ historique: PortHistoriqueContrats; portefeuille: PortPortefeuilleContrats }> {
    // SIRET et numéro lus au premier appel du portefeuille : la plupart des contrats ne l'appellent pas.
    let lu: { siret: unknown; numero: string | undefined; numeroA: number; numeroB: number } | undefined;
    const lire = () => {
      if (lu === undefined) {
        const champs = champsIndexLot(contrat);
        const numero = numeroDuContrat(champs);
        const [numeroA, numeroB] = numero === undefined ? [0, 0] : empreinteNumero(numero);
        lu = { siret: champs.siret, numero, numeroA, numeroB };
      }
      return lu;
    };
    const sources = this.bilan.contratsHistorique > 0 ? "lot contrôlé et historique" : "lot contrôlé";
    return {
      historique: {
        contratPrecedent: (cite: string): ReponseHistoriqueContrats => {
          const numero = cite.toUpperCase();
          const trouve = this.#precedent(numero);
          if (trouve !== undefined) return { statut: "trouve", contrat: trouve.contrat, source: trouve.source };
          if (this.#referencesSaturees && this.#reference(numero) < 0) {
            return { statut: "indisponible", raison: `index du lot saturé (plus de ${this.limites.contratsPrecedents} contrats précédents cités)`, source: sources };
          }
          return { statut: "absent", raison: `contrat ${numero} absent du ${sources}`, source: sources };
        },
      },
      portefeuille: {
        apprentisEncadres: (maitre, date) => {
          const { siret, numero, numeroA, numeroB } = lire();
          const cle = this.#cle;
          const m = ecrireIdentiteMaitre(cle, maitre.nom, maitre.prenom, maitre.dateNaissance, siret) ? this.#maitres.chercher(cle.octets, cle.longueur) : -1;
          if (m < 0 && this.#maitresSatures) throw new Error(`index du lot saturé (plus de ${this.limites.maitres} maîtres d'apprentissage)`);
          const j = jourIndexLot(date);
          if (m < 0 || j === undefined) return { total: 0, prolongesApresEchec: 0 };
          return compterEnCours(this.#entrees, this.#premieres[m] as number, rang, numero === undefined ? undefined : [numeroA, numeroB], j);
        },
      },
    };
  }
}

/**
 * Contrats en cours au jour `j` dans la liste d'entrées qui commence à `premiere`, hors le contrat
 * de rang `rang` et ses avenants (même numéro) : un contrat compte une fois (ses avenants portent
 * la même empreinte de numéro) ; prolongé si l'un d'eux l'est.
 */
function compterEnCours(entrees: Int32Array, premiere: number, rang: number, numero: readonly [number, number] | undefined, j: number): { total: number; prolongesApresEchec: number } {
  let total = 0;
  let prolonges = 0;
  // Numéros déjà comptés (deux moitiés d'empreinte) et leur prolongation : un maître encadre peu de contrats.
  const vus: number[] = [];
  for (let i = premiere; i >= 0; i = entrees[i * CHAMPS_ENTREE] as number) {
    const e = i * CHAMPS_ENTREE;
    const drapeaux = entrees[e + 6] as number;
    const a = entrees[e + 4] as number;
    const b = entrees[e + 5] as number;
    const avecNumero = (drapeaux & AVEC_NUMERO) !== 0;
    if ((entrees[e + 1] as number) === rang || (avecNumero && numero !== undefined && a === numero[0] && b === numero[1])) continue;
    if ((entrees[e + 2] as number) > j || (entrees[e + 3] as number) < j) continue;
    const prolonge = (drapeaux & PROLONGE) !== 0 ? 1 : 0;
    if (!avecNumero) {
      total++;
      prolonges += prolonge;
      continue;
    }
    let k = 0;
    while (k < vus.length && (vus[k] !== a || vus[k + 1] !== b)) k += 3;
    if (k < vus.length) {
      if (prolonge === 1 && vus[k + 2] === 0) {
        vus[k + 2] = 1;
        prolonges++;
      }
      continue;
    }
    vus.push(a, b, prolonge);
    total++;
    prolonges += prolonge;
  }
  return { total, prolongesApresEchec: prolonges };
}
