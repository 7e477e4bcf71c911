import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { ErreurEntreeSortie } from "../../ErreurEntreeSortie";
import type { ControleAvantPaiement } from "../ControleAvantPaiement";
import type { IndexLot } from "../IndexLot";
import { controlerMorceau, type EtatControleMorceaux } from "./controlerMorceau";
import { indexerMorceau } from "./indexerMorceau";
import { decouperEnMorceaux } from "./decouperEnMorceaux";
import type { EnregistrementAcheve, MessageDuTravailleur, MessageVersTravailleur, ReglagesTravailleur } from "./MessagesControleParallele";
import type { MorceauLignes } from "./MorceauLignes";

/**
 * Mémoire d'un fil de calcul. Au repos, un fil coûte environ 60 Mo (modules et instantané, 35 Mo de
 * tas vivant) ; sans borne, V8 laissait son tas grossir de déchets jusqu'à 180 Mo pendant le
 * contrôle. Une borne du tas ancien de 512 Mo rend le ramasse-miettes plus économe tout en laissant
 * de la marge à un enregistrement démesuré (16 Mio au plus). La jeune génération garde sa taille par
 * défaut : bornée à 8 Mo, elle gagnait 40 Mo mais doublait le temps processeur des fils du
 * ramasse-miettes.
 */
const LIMITES_TRAVAILLEUR = { maxOldGenerationSizeMb: 512 } as const;

/**
 * Fil de calcul : `dist/travailleurControle.js` depuis le paquet compilé ; depuis les sources
 * (tests), le fichier TypeScript, chargé par tsx avec la condition d'export des sources.
 */
function nouveauTravailleur(): Worker {
  // `import.meta.url` seulement (le build CommonJS le remplace par l'adresse du fichier) : un
  // `__filename` global (script `node -e`) désignerait un autre fichier que ce module.
  const ici = import.meta.url;
  if (!ici.endsWith(".ts")) return new Worker(new URL("./travailleurControle.js", ici), { resourceLimits: LIMITES_TRAVAILLEUR });
  const source = JSON.stringify(new URL("./travailleurControle.ts", ici).href);
  // Entrée ESM de l'API de tsx (createRequire résout l'entrée CommonJS, index.cjs, sa voisine).
  const tsx = JSON.stringify(pathToFileURL(createRequire(ici).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")).href);
  const amorce = `const { register } = await import(${tsx}); register(); await import(${source});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(amorce)}`), { execArgv: ["--conditions=@communs-opco/source"], resourceLimits: LIMITES_TRAVAILLEUR });
}

/** Morceaux en cours au plus par fil de calcul : le suivant l'attend pendant que le fil principal lit les résultats du précédent. */
const EN_COURS_PAR_FIL = 2;

/** Réponse d'un fil à une demande : journal d'un morceau lu pour l'index, ou enregistrements contrôlés. */
type Reponse = Extract<MessageDuTravailleur, { type: "journal" | "resultats" }>;

/** Un fil de calcul, ou le fil principal lui-même (`worker` absent), avec ses morceaux en cours. */
interface Travailleur {
  readonly worker?: Worker;
  enCours: number;
}

/**
 * Contrôle de `opco controle` réparti sur plusieurs fils de calcul (`--fils N`) : les fils sont
 * lancés tout de suite et chargent l'instantané pendant que le fil principal charge le sien ; les
 * fichiers JSON Lines sont découpés en morceaux alignés sur des fins de ligne, **transférés** (sans
 * copie) aux fils, une première fois pour la lecture de l'index du lot ({@link ControleParallele.indexer} :
 * chaque fil lit ses morceaux et rend le journal de ce qu'ils apportent à l'index, rejoué dans
 * l'ordre par le fil principal), une seconde pour le contrôle, dont les résultats sont rendus
 * **dans l'ordre des fichiers**, déjà classés, protégés et sérialisés par les fils : le fil
 * principal ne fait qu'écrire les lignes et tenir les bilans, sans analyser ni sérialiser de JSON. Les fils lisent l'index terminé (portefeuille des maîtres,
 * contrats précédents) dans la mémoire partagée du fil principal, sans copie : les règles sur
 * plusieurs contrats voient tout le lot, comme en un seul fil. Les bilans et l'export I-OPCO-INDUS
 * restent dans le fil principal (les appels de suivi sont rejoués).
 *
 * @example
 * ```ts
 * const parallele = ControleParallele.demarrer(2, { dateEvaluation: "2025-11-03", repertoire: ".", sorties: { enClair: false, ligne: true, texte: false, rapport: false } });
 * const indexLot = new IndexLot();
 * await parallele.indexer(indexLot, [{ chemin: "/tmp/a.jsonl", fichier: "a.jsonl" }], 1 << 20);
 * parallele.transmettreIndex(indexLot, undefined);
 * for await (const e of parallele.controler([{ chemin: "/tmp/a.jsonl", fichier: "a.jsonl" }], 4 << 20)) process.stdout.write(`${e.ligne ?? ""}\n`);
 * await parallele.arreter();
 * ```
 */
export class ControleParallele {
  readonly #travailleurs: Travailleur[];
  /**
   * Le fil principal, qui contrôle aussi des morceaux : un fil de calcul de moins, c'est un
   * chargement de l'instantané, une compilation à chaud et un tas de moins.
   */
  readonly #principal: Travailleur = { enCours: 0 };
  readonly #etatPrincipal: EtatControleMorceaux;
  /** Morceaux du fil principal traités l'un après l'autre, dans l'ordre de soumission. */
  #filePrincipale: Promise<unknown> = Promise.resolve();
  readonly #attentes = new Map<number, { resoudre: (m: Reponse) => void; rejeter: (e: Error) => void }>();
  /** Numéro de la prochaine demande (morceau à lire pour l'index ou à contrôler). */
  #id = 0;
  #erreur: Error | undefined;
  #arrete = false;

  private constructor(fils: number, reglages: ReglagesTravailleur) {
    this.#etatPrincipal = { reglages, contexte: { dateEvaluation: reglages.dateEvaluation }, prepaiement: Promise.resolve(undefined) };
    const lances = Array.from({ length: fils - 1 }, () => {
      const worker = nouveauTravailleur();
      const t: Travailleur = { worker, enCours: 0 };
      worker.on("message", (m: MessageDuTravailleur) => {
        if (m.type === "erreur") return this.#echouer(new ErreurEntreeSortie(`contrôle en parallèle interrompu : ${m.message}`));
        t.enCours--;
        const attente = this.#attentes.get(m.id);
        this.#attentes.delete(m.id);
        attente?.resoudre(m);
      });
      worker.on("error", (e) =>
        this.#echouer(
          new ErreurEntreeSortie(
            (e as { code?: unknown }).code === "ERR_WORKER_OUT_OF_MEMORY"
              ? `un fil de calcul du contrôle a dépassé sa mémoire (${String(LIMITES_TRAVAILLEUR.maxOldGenerationSizeMb)} Mo) : relancer avec --fils 1`
              : `un fil de calcul du contrôle s'est arrêté : ${e.message}`,
          ),
        ),
      );
      worker.on("exit", (code) => {
        if (code !== 0 && !this.#arrete) this.#echouer(new ErreurEntreeSortie(`un fil de calcul du contrôle s'est arrêté (code ${String(code)})`));
      });
      this.#envoyer(t, { type: "reglages", reglages });
      return t;
    });
    this.#travailleurs = lances;
  }

  /**
   * Répartit le contrôle sur `fils` fils : le fil principal et `fils - 1` fils de calcul, lancés
   * aussitôt avec leurs réglages (ils chargent tout de suite l'instantané).
   */
  static demarrer(fils: number, reglages: ReglagesTravailleur): ControleParallele {
    return new ControleParallele(fils, reglages);
  }

  #envoyer(t: Travailleur, message: MessageVersTravailleur, transfert: ArrayBuffer[] = []): void {
    t.worker?.postMessage(message, transfert);
  }

  #echouer(erreur: Error): void {
    this.#erreur ??= erreur;
    for (const a of this.#attentes.values()) a.rejeter(erreur);
    this.#attentes.clear();
  }

  /**
   * Transmet l'index du lot terminé à chaque fil (avant le premier morceau à contrôler) : ses
   * tableaux sont en mémoire partagée, rien n'est copié. Le fil principal contrôle ses morceaux
   * avec cet index et ses propres vérifications avant paiement (`prepaiement`).
   */
  transmettreIndex(index: IndexLot, prepaiement: ControleAvantPaiement | undefined): void {
    const etat = index.etat();
    for (const t of this.#travailleurs) this.#envoyer(t, { type: "index", etat });
    this.#etatPrincipal.indexLot = index;
    this.#etatPrincipal.prepaiement = Promise.resolve(prepaiement);
  }

  /** Traite un morceau dans le fil principal, après ceux qu'il a déjà reçus. */
  #traiterIci(type: "indexer" | "morceau", id: number, morceau: MorceauLignes): Promise<Reponse> {
    const etat = this.#etatPrincipal;
    const reponse = this.#filePrincipale.then(async (): Promise<Reponse> => (type === "indexer" ? { type: "journal", id, journal: await indexerMorceau(morceau) } : { type: "resultats", id, ...(await controlerMorceau(etat, morceau)) }));
    this.#filePrincipale = reponse.catch(() => undefined);
    return reponse.finally(() => {
      this.#principal.enCours--;
    });
  }

  #soumettre(type: "indexer" | "morceau", morceau: MorceauLignes): Promise<Reponse> {
    if (this.#erreur !== undefined) return Promise.reject(this.#erreur);
    // Le fil le moins chargé reçoit le morceau ; ses octets lui sont transférés (le fil principal n'y a plus accès).
    // Le fil principal (qui écrit aussi toutes les sorties) ne prend un morceau, un seul à la fois, que
    // si chaque fil de calcul en a déjà deux : il en contrôle environ un sur trois avec un fil de calcul.
    const fil = this.#travailleurs.reduce<Travailleur | undefined>((a, b) => (a === undefined || b.enCours < a.enCours ? b : a), undefined);
    const t = fil !== undefined && (fil.enCours < EN_COURS_PAR_FIL || this.#principal.enCours > 0) ? fil : this.#principal;
    t.enCours++;
    const id = this.#id++;
    if (t.worker === undefined) return this.#traiterIci(type, id, morceau);
    const promesse = new Promise<Reponse>((resoudre, rejeter) => this.#attentes.set(id, { resoudre, rejeter }));
    this.#envoyer(t, { type, id, morceau }, [morceau.octets]);
    return promesse;
  }

  /**
   * Découpe les fichiers (JSON Lines) en morceaux, les fait traiter par les fils (`type`) et rend
   * leurs réponses dans l'ordre des fichiers, avec chaque morceau : au plus deux morceaux en cours
   * par fil de calcul et un dans le fil principal (mémoire bornée).
   */
  async *#repartir(type: "indexer" | "morceau", fichiers: readonly { chemin: string; fichier: string }[], tailleMorceau: number): AsyncGenerator<{ reponse: Reponse; enregistrements: number }> {
    const enVol: { promesse: Promise<Reponse>; enregistrements: number }[] = [];
    const maximum = EN_COURS_PAR_FIL * this.#travailleurs.length + 1;
    const suivant = async () => {
      const { promesse, enregistrements } = enVol.shift() as { promesse: Promise<Reponse>; enregistrements: number };
      return { reponse: await promesse, enregistrements };
    };
    let rang = 0;
    for (const { chemin, fichier } of fichiers) {
      for await (const morceau of decouperEnMorceaux(chemin, fichier, { tailleMorceau, rangAvant: rang })) {
        rang = morceau.rangAvant + morceau.enregistrements;
        if (morceau.enregistrements === 0) continue;
        const { enregistrements } = morceau;
        const promesse = this.#soumettre(type, morceau);
        promesse.catch(() => undefined);
        enVol.push({ promesse, enregistrements });
        while (enVol.length >= maximum) yield await suivant();
      }
    }
    while (enVol.length > 0) yield await suivant();
  }

  /**
   * Première lecture du lot pour l'index, en parallèle : chaque fil lit et analyse des morceaux
   * des fichiers (JSON Lines) et rend le journal de ce qu'ils apportent à l'index ; les journaux
   * sont rejoués dans l'ordre des fichiers dans `index` (même index qu'une lecture dans un seul
   * fil). `surEnregistrements` reçoit le nombre d'enregistrements de chaque morceau indexé.
   */
  async indexer(index: IndexLot, fichiers: readonly { chemin: string; fichier: string }[], tailleMorceau: number, surEnregistrements?: (n: number) => void): Promise<void> {
    for await (const { reponse, enregistrements } of this.#repartir("indexer", fichiers, tailleMorceau)) {
      if (reponse.type !== "journal") throw new Error("réponse inattendue d'un fil de calcul à une lecture pour l'index");
      index.rejouer(reponse.journal);
      index.enregistrementsLot += enregistrements;
      surEnregistrements?.(enregistrements);
    }
  }

  /**
   * Contrôle les fichiers (JSON Lines) en parallèle et rend les enregistrements publiés (classés,
   * protégés, sérialisés par les fils) dans l'ordre : au plus deux morceaux en cours par fil
   * (mémoire bornée). `surNonExecutees` reçoit, pour chaque morceau, le nombre de contrats de
   * chaque vérification non exécutée (à additionner).
   */
  async *controler(fichiers: readonly { chemin: string; fichier: string }[], tailleMorceau: number, surNonExecutees?: (contrats: readonly number[]) => void): AsyncGenerator<EnregistrementAcheve> {
    for await (const { reponse } of this.#repartir("morceau", fichiers, tailleMorceau)) {
      if (reponse.type !== "resultats") throw new Error("réponse inattendue d'un fil de calcul à un contrôle");
      surNonExecutees?.(reponse.nonExecutees);
      yield* reponse.enregistrements;
    }
  }

  /** Arrête les fils de calcul. */
  async arreter(): Promise<void> {
    this.#arrete = true;
    await Promise.all(this.#travailleurs.map((t) => t.worker?.terminate()));
  }
}
