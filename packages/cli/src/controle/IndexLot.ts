import { Lecture, type PortsEnMemoire, type PortHistoriqueContrats, type PortPortefeuilleContrats, type ReponseHistoriqueContrats } from "@communs-opco/regles";

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

/** Limites par défaut : un million de maîtres et de contrats précédents (quelques centaines de Mo au plus). */
const LIMITES_INDEX_LOT: LimitesIndexLot = { maitres: 1_000_000, contratsPrecedents: 1_000_000 };

const FIN_OUVERTE = Number.MAX_SAFE_INTEGER;
const MAITRES = ["maitre1", "maitre2"] as const;
/** Champs d'un contrat d'une entrée du portefeuille, rangés à plat : rang, début, fin (jours), empreinte du numéro, prolongé (0/1). */
const CHAMPS_ENTREE = 5;

/** Nom ou prénom comparable : sans accents, casse ni séparateurs. */
function forme(v: unknown): string {
  return typeof v === "string" ? v.normalize("NFD").replace(/\p{M}/gu, "").toUpperCase().replace(/[^A-Z]/g, "") : "";
}

/** Empreinte FNV-1a 32 bits d'un texte, avec une graine. */
function empreinte(texte: string, graine: number): number {
  let h = graine >>> 0;
  for (let i = 0; i < texte.length; i++) {
    h ^= texte.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Clé compacte (deux empreintes de 32 bits) d'une identité de maître : la mémoire ne garde pas les noms. */
function cleMaitre(nom: unknown, prenom: unknown, dateNaissance: unknown, siret: unknown): string | undefined {
  const n = forme(nom);
  const p = forme(prenom);
  if (n === "" || p === "" || typeof dateNaissance !== "string" || typeof siret !== "string" || siret.trim() === "") return undefined;
  const texte = `${n}|${p}|${dateNaissance}|${siret.replace(/\s/g, "")}`;
  return `${empreinte(texte, 0x811c9dc5).toString(36)}:${empreinte(texte, 0x2f0a3c61).toString(36)}`;
}

/** Jour (nombre de jours depuis 1970) d'une date `AAAA-MM-JJ`, ou `undefined`. */
function jour(date: string | undefined): number | undefined {
  if (date === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m === null ? undefined : Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}

/** Numéro DECA du contrat lui-même (un avenant porte celui du contrat qu'il modifie). */
function numeroDuContrat(l: Lecture): string | undefined {
  const type = l.texte("contrat.typeContratApp") ?? "";
  const numero = /^3\d$/.test(type) ? l.texte("contrat.numeroContratPrecedent") : l.texte("contrat.noContrat");
  return numero === undefined || numero === "" ? undefined : numero.toUpperCase();
}

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
 * État d'un {@link IndexLot} en données simples, transmissible à un fil de calcul (clonage
 * structuré de `postMessage`).
 *
 * @example
 * ```ts
 * const copie = IndexLot.restaurer(structuredClone(index.etat()));
 * ```
 */
export interface EtatIndexLot {
  readonly limites: LimitesIndexLot;
  readonly maitres: ReadonlyMap<string, number[]>;
  readonly references: ReadonlySet<string>;
  readonly precedents: ReadonlyMap<string, { contrat: object; provenance: ProvenanceIndexee }>;
  readonly maitresSatures: boolean;
  readonly referencesSaturees: boolean;
  readonly bilan: BilanIndexLot;
}

/**
 * Index borné d'un lot de contrats pour les règles qui regardent au-delà d'un contrat :
 *
 * - **portefeuille des maîtres** (R6223-6) : par identité de maître (nom, prénom, date de naissance
 *   et SIRET de l'employeur, gardés sous forme d'empreinte), les contrats qu'il encadre (rang, dates
 *   en jours, empreinte du numéro, prolongation après échec) ; un contrat et ses avenants comptent
 *   une fois ;
 * - **contrats précédents** (D6222-1, D6222-29, D6222-30) : les numéros cités par
 *   `contrat.numeroContratPrecedent`, puis, lors d'une seconde lecture, ces contrats réduits aux
 *   champs utiles (SIRET, dates, diplôme, dernière ligne de rémunération).
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
  readonly #maitres = new Map<string, number[]>();
  readonly #references = new Set<string>();
  readonly #precedents = new Map<string, { contrat: object; provenance: ProvenanceIndexee }>();
  #maitresSatures = false;
  #referencesSaturees = false;
  readonly bilan: BilanIndexLot = { contratsLot: 0, contratsHistorique: 0, fichiersHistorique: [], maitres: 0, maitresSatures: false, contratsPrecedentsCherches: 0, contratsPrecedentsTrouves: 0, contratsPrecedentsSatures: false, passes: 0 };

  /** Enregistrements des fichiers du lot relus pour l'index, illisibles compris (total attendu du contrôle). */
  enregistrementsLot = 0;

  constructor(readonly limites: LimitesIndexLot = LIMITES_INDEX_LOT) {}

  /**
   * État complet de l'index terminé, en données simples (tables et listes) : transmis tel quel aux
   * fils de calcul de `opco controle`, qui le restaurent par {@link IndexLot.restaurer}.
   */
  etat(): EtatIndexLot {
    return {
      limites: this.limites,
      maitres: this.#maitres,
      references: this.#references,
      precedents: this.#precedents,
      maitresSatures: this.#maitresSatures,
      referencesSaturees: this.#referencesSaturees,
      bilan: this.bilan,
    };
  }

  /** Index identique à celui dont l'état a été pris par {@link IndexLot.etat} (dans un autre fil). */
  static restaurer(etat: EtatIndexLot): IndexLot {
    const index = new IndexLot(etat.limites);
    for (const [cle, liste] of etat.maitres) index.#maitres.set(cle, liste);
    for (const r of etat.references) index.#references.add(r);
    for (const [numero, p] of etat.precedents) index.#precedents.set(numero, p);
    index.#maitresSatures = etat.maitresSatures;
    index.#referencesSaturees = etat.referencesSaturees;
    Object.assign(index.bilan, etat.bilan);
    return index;
  }

  /** Première lecture : maîtres du contrat (portefeuille) et numéro du contrat précédent qu'il cite. */
  indexerMaitresEtReferences(rang: number, contrat: object, provenance: ProvenanceIndexee): void {
    if (provenance.origine === "lot") this.bilan.contratsLot++;
    else this.bilan.contratsHistorique++;
    const l = new Lecture(contrat);
    const siret = l.brut("employeur.siret");
    const debut = jour(l.date("contrat.dateDebutContrat"));
    if (debut !== undefined) {
      const fin = jour(l.date("contrat.dateRupture") ?? l.date("contrat.dateFinContrat")) ?? FIN_OUVERTE;
      const numero = numeroDuContrat(l);
      const entree = [rang, debut, fin, numero === undefined ? 0 : empreinte(numero, 0x811c9dc5) || 1, l.texte("contrat.typeContratApp") === "33" ? 1 : 0];
      const vus = new Set<string>();
      for (const m of MAITRES) {
        const cle = cleMaitre(l.brut(`${m}.nom`), l.brut(`${m}.prenom`), l.brut(`${m}.dateNaissance`), siret);
        if (cle === undefined || vus.has(cle)) continue;
        vus.add(cle);
        const liste = this.#maitres.get(cle);
        if (liste !== undefined) liste.push(...entree);
        else if (this.#maitres.size < this.limites.maitres) this.#maitres.set(cle, [...entree]);
        else this.#maitresSatures = true;
      }
    }
    const type = l.texte("contrat.typeContratApp") ?? "";
    const cite = l.texte("contrat.numeroContratPrecedent");
    if (provenance.origine === "lot" && /^2[1-3]$/.test(type) && cite !== undefined && cite !== "") {
      if (this.#references.size < this.limites.contratsPrecedents) this.#references.add(cite.toUpperCase());
      else if (!this.#references.has(cite.toUpperCase())) this.#referencesSaturees = true;
    }
  }

  /** Des contrats précédents sont-ils cités (une seconde lecture est alors utile) ? */
  get contratsPrecedentsCites(): boolean {
    return this.#references.size > 0;
  }

  /** Seconde lecture : retient, réduit aux champs utiles, un contrat dont le numéro est cité par le lot. */
  retenirContratPrecedent(contrat: object, provenance: ProvenanceIndexee): void {
    const l = new Lecture(contrat);
    const type = l.texte("contrat.typeContratApp") ?? "";
    if (/^3\d$/.test(type)) return; // un avenant n'est pas le contrat précédent
    const numero = l.texte("contrat.noContrat")?.toUpperCase();
    if (numero === undefined || !this.#references.has(numero) || this.#precedents.has(numero)) return;
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
    this.#precedents.set(numero, { contrat: JSON.parse(JSON.stringify(contratReduit)) as object, provenance });
  }

  /** Clôt l'index : fige le bilan (nombre de lectures faites). */
  terminer(passes: number, fichiersHistorique: readonly string[]): BilanIndexLot {
    Object.assign(this.bilan, {
      passes,
      fichiersHistorique: [...fichiersHistorique],
      maitres: this.#maitres.size,
      maitresSatures: this.#maitresSatures,
      contratsPrecedentsCherches: this.#references.size,
      contratsPrecedentsTrouves: this.#precedents.size,
      contratsPrecedentsSatures: this.#referencesSaturees,
    });
    return this.bilan;
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
    // SIRET et empreinte du numéro lus au premier appel du portefeuille : la plupart des contrats ne l'appellent pas.
    let lu: { siret: unknown; empreinteNumero: number } | undefined;
    const lire = (): { siret: unknown; empreinteNumero: number } => {
      if (lu === undefined) {
        const l = new Lecture(contrat);
        const numero = numeroDuContrat(l);
        lu = { siret: l.brut("employeur.siret"), empreinteNumero: numero === undefined ? 0 : empreinte(numero, 0x811c9dc5) || 1 };
      }
      return lu;
    };
    const sources = this.bilan.contratsHistorique > 0 ? "lot contrôlé et historique" : "lot contrôlé";
    return {
      historique: {
        contratPrecedent: (cite: string): ReponseHistoriqueContrats => {
          const trouve = this.#precedents.get(cite.toUpperCase());
          if (trouve !== undefined) {
            const { origine, fichier, ligne } = trouve.provenance;
            return { statut: "trouve", contrat: trouve.contrat, source: `${origine === "lot" ? "lot contrôlé" : "historique"}, ${fichier}:${ligne}` };
          }
          if (this.#referencesSaturees && !this.#references.has(cite.toUpperCase())) {
            return { statut: "indisponible", raison: `index du lot saturé (plus de ${this.limites.contratsPrecedents} contrats précédents cités)`, source: sources };
          }
          return { statut: "absent", raison: `contrat ${cite.toUpperCase()} absent du ${sources}`, source: sources };
        },
      },
      portefeuille: {
        apprentisEncadres: (maitre, date) => {
          const { siret, empreinteNumero } = lire();
          const cle = cleMaitre(maitre.nom, maitre.prenom, maitre.dateNaissance, siret);
          const liste = cle === undefined ? undefined : this.#maitres.get(cle);
          if (liste === undefined && this.#maitresSatures) throw new Error(`index du lot saturé (plus de ${this.limites.maitres} maîtres d'apprentissage)`);
          const j = jour(date);
          if (liste === undefined || j === undefined) return { total: 0, prolongesApresEchec: 0 };
          // Un contrat compte une fois (ses avenants portent la même empreinte de numéro) ; prolongé si l'un d'eux l'est.
          const parContrat = new Map<number | string, boolean>();
          for (let i = 0; i < liste.length; i += CHAMPS_ENTREE) {
            const r = liste[i] as number;
            const debut = liste[i + 1] as number;
            const fin = liste[i + 2] as number;
            const emp = liste[i + 3] as number;
            const prolonge = liste[i + 4] as number;
            if (r === rang || (emp !== 0 && emp === empreinteNumero)) continue;
            if (debut > j || fin < j) continue;
            const cleContrat = emp === 0 ? `rang:${r}` : emp;
            parContrat.set(cleContrat, (parContrat.get(cleContrat) ?? false) || prolonge === 1);
          }
          let prolonges = 0;
          for (const p of parContrat.values()) if (p) prolonges++;
          return { total: parContrat.size, prolongesApresEchec: prolonges };
        },
      },
    };
  }
}
