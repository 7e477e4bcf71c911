import type { Constat } from "@communs-opco/regles";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/** Compte tenu par le service pour une combinaison d'étiquettes, publié dans prom-client à la collecte. */
interface CompteDiffere {
  readonly etiquettes: Record<string, string>;
  compte: number;
  publie: number;
}

/** Publie dans un compteur prom-client ce qui a été compté depuis la dernière collecte. */
function publier(compteur: Counter, comptes: Map<string, CompteDiffere>): void {
  for (const c of comptes.values()) {
    if (c.compte === c.publie) continue;
    compteur.inc(c.etiquettes, c.compte - c.publie);
    c.publie = c.compte;
  }
}

/** Compteur Prometheus dont les comptes, tenus à part, sont publiés à chaque collecte. */
function compteurDiffere<E extends string>(registre: Registry, name: string, help: string, labelNames: readonly E[], comptes: Map<string, CompteDiffere>): Counter<E> {
  return new Counter<E>({
    name,
    help,
    labelNames,
    registers: [registre],
    collect(this: Counter<E>) {
      publier(this as Counter, comptes);
    },
  });
}

/**
 * Compte d'une combinaison de deux étiquettes, créé à sa première occurrence : deux tables imbriquées
 * (ni clé concaténée ni fonction créée par appel).
 */
function compte(comptes: Map<string, Map<string, CompteDiffere>>, publies: Map<string, CompteDiffere>, nomA: string, a: string, nomB: string, b: string): CompteDiffere {
  let parB = comptes.get(a);
  if (parB === undefined) {
    parB = new Map();
    comptes.set(a, parB);
  }
  let c = parB.get(b);
  if (c === undefined) {
    c = { etiquettes: { [nomA]: a, [nomB]: b }, compte: 0, publie: 0 };
    parB.set(b, c);
    publies.set(`${a}\u0000${b}`, c);
  }
  return c;
}

/**
 * Métriques Prometheus du service (`GET /metrics`), dans un registre propre à l'application :
 * requêtes par route, méthode, statut et titulaire de clé ; histogramme des durées ; constats par
 * règle ; requêtes en cours ; métriques du processus (mémoire résidente, boucle d'événements…).
 *
 * Les compteurs du service sont tenus par combinaison d'étiquettes dans de simples nombres (sans
 * calcul d'étiquettes ni de hachage par requête) et publiés dans prom-client à chaque collecte :
 * `/metrics` rend les mêmes séries et les mêmes valeurs.
 *
 * @example
 * ```ts
 * const m = new MetriquesService();
 * m.noterRequete("/v1/formats", "GET", 200, "anonyme", 0.002);
 * m.compterConstats(resultat.constats);
 * await m.registre.metrics();
 * ```
 */
export class MetriquesService {
  /** Requêtes par (route, méthode, statut, titulaire), à plat pour la publication. */
  readonly #parRequete = new Map<string, CompteDiffere>();
  /**
   * Les mêmes comptes par route, méthode (avec l'histogramme des durées résolu de ce couple), titulaire
   * puis statut : des tables imbriquées, sans clé concaténée à chaque requête.
   */
  readonly #series = new Map<string, Map<string, { durees: Histogram.Internal<"route" | "methode">; parTitulaire: Map<string, Map<number, CompteDiffere>> }>>();
  /** Constats par (règle, statut) : les règles et statuts sont en nombre fini ; par règle puis statut, et à plat pour la publication. */
  readonly #parRegle = new Map<string, CompteDiffere>();
  readonly #parRegleEtStatut = new Map<string, Map<string, CompteDiffere>>();
  /** Contrats contrôlés par (statut, titulaire) ; par statut puis titulaire, et à plat pour la publication. */
  readonly #parContrat = new Map<string, CompteDiffere>();
  readonly #parStatutEtTitulaire = new Map<string, Map<string, CompteDiffere>>();

  readonly registre = new Registry();
  readonly requetes: Counter<"route" | "methode" | "statut" | "titulaire">;
  readonly durees = new Histogram({
    name: "opco_requete_duree_secondes",
    help: "Durée des requêtes HTTP (secondes)",
    labelNames: ["route", "methode"] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [this.registre],
  });
  readonly constats: Counter<"regle" | "statut">;
  readonly contrats: Counter<"statut" | "titulaire">;
  readonly enCours: Gauge;

  /**
   * `enCours` : nombre de requêtes en cours, lu à la collecte (`/metrics`) plutôt que tenu à jour à
   * chaque requête ; sans lui, la jauge s'incrémente à la main (`enCours.inc()`).
   */
  constructor(options: { processus?: boolean; enCours?: () => number } = {}) {
    const parRequete = this.#parRequete;
    const parRegle = this.#parRegle;
    const parContrat = this.#parContrat;
    this.requetes = compteurDiffere(this.registre, "opco_requetes_total", "Requêtes HTTP traitées", ["route", "methode", "statut", "titulaire"], parRequete);
    this.constats = compteurDiffere(this.registre, "opco_constats_total", "Constats relevés par règle et statut", ["regle", "statut"], parRegle);
    this.contrats = compteurDiffere(this.registre, "opco_contrats_controles_total", "Contrats contrôlés par statut", ["statut", "titulaire"], parContrat);
    const lireEnCours = options.enCours;
    this.enCours = new Gauge({
      name: "opco_requetes_en_cours",
      help: "Requêtes HTTP en cours",
      registers: [this.registre],
      ...(lireEnCours === undefined
        ? {}
        : {
            collect(this: Gauge) {
              this.set(lireEnCours());
            },
          }),
    });
    if (options.processus !== false) collectDefaultMetrics({ register: this.registre, prefix: "opco_" });
  }

  /**
   * Compte une requête terminée (`opco_requetes_total`) et sa durée en secondes
   * (`opco_requete_duree_secondes`), sans recalculer les étiquettes du compteur à chaque requête.
   */
  noterRequete(route: string, methode: string, statut: number, titulaire: string, dureeSecondes: number): void {
    let parMethode = this.#series.get(route);
    if (parMethode === undefined) {
      parMethode = new Map();
      this.#series.set(route, parMethode);
    }
    let serie = parMethode.get(methode);
    if (serie === undefined) {
      serie = { durees: this.durees.labels({ route, methode }), parTitulaire: new Map() };
      parMethode.set(methode, serie);
    }
    let parStatut = serie.parTitulaire.get(titulaire);
    if (parStatut === undefined) {
      parStatut = new Map();
      serie.parTitulaire.set(titulaire, parStatut);
    }
    let c = parStatut.get(statut);
    if (c === undefined) {
      c = { etiquettes: { route, methode, statut: String(statut), titulaire }, compte: 0, publie: 0 };
      parStatut.set(statut, c);
      this.#parRequete.set(`${route}\u0000${methode}\u0000${statut}\u0000${titulaire}`, c);
    }
    c.compte++;
    serie.durees.observe(dureeSecondes);
  }

  /** Compte un contrat contrôlé par statut et titulaire (`opco_contrats_controles_total`). */
  compterContrat(statut: string, titulaire: string): void {
    compte(this.#parStatutEtTitulaire, this.#parContrat, "statut", statut, "titulaire", titulaire).compte++;
  }

  /** Compte les constats d'un contrôle par règle et statut (`opco_constats_total`). */
  compterConstats(constats: readonly Pick<Constat, "regle" | "statut">[]): void {
    for (const { regle, statut } of constats) compte(this.#parRegleEtStatut, this.#parRegle, "regle", regle, "statut", statut).compte++;
  }
}
