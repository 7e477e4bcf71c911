import type { Constat } from "@communs-opco/regles";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/**
 * Métriques Prometheus du service (`GET /metrics`), dans un registre propre à l'application :
 * requêtes par route, méthode, statut et titulaire de clé ; histogramme des durées ; constats par
 * règle ; requêtes en cours ; métriques du processus (mémoire résidente, boucle d'événements…).
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
  readonly registre = new Registry();
  readonly requetes = new Counter({ name: "opco_requetes_total", help: "Requêtes HTTP traitées", labelNames: ["route", "methode", "statut", "titulaire"] as const, registers: [this.registre] });
  readonly durees = new Histogram({
    name: "opco_requete_duree_secondes",
    help: "Durée des requêtes HTTP (secondes)",
    labelNames: ["route", "methode"] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [this.registre],
  });
  readonly constats = new Counter({ name: "opco_constats_total", help: "Constats relevés par règle et statut", labelNames: ["regle", "statut"] as const, registers: [this.registre] });
  readonly contrats = new Counter({ name: "opco_contrats_controles_total", help: "Contrats contrôlés par statut", labelNames: ["statut", "titulaire"] as const, registers: [this.registre] });
  readonly enCours: Gauge;

  /** Compteur de chaque couple (règle, statut), résolu une fois : les règles et statuts sont en nombre fini. */
  readonly #parRegle = new Map<string, Counter.Internal>();
  /**
   * Compteur et histogramme de chaque (route, méthode, statut, titulaire), résolus une fois : les routes
   * sont les motifs déclarés (jamais l'URL reçue), les statuts et les titulaires de clé en nombre fini.
   */
  readonly #parRequete = new Map<string, { requetes: Counter.Internal; durees: Histogram.Internal<"route" | "methode"> }>();
  /** Compteur de chaque (statut, titulaire) des contrats contrôlés. */
  readonly #parContrat = new Map<string, Counter.Internal>();

  /**
   * `enCours` : nombre de requêtes en cours, lu à la collecte (`/metrics`) plutôt que tenu à jour à
   * chaque requête ; sans lui, la jauge s'incrémente à la main (`enCours.inc()`).
   */
  constructor(options: { processus?: boolean; enCours?: () => number } = {}) {
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
   * (`opco_requete_duree_secondes`), sans recalculer les étiquettes à chaque requête.
   */
  noterRequete(route: string, methode: string, statut: number, titulaire: string, dureeSecondes: number): void {
    const cle = `${route}\u0000${methode}\u0000${statut}\u0000${titulaire}`;
    let enfants = this.#parRequete.get(cle);
    if (enfants === undefined) {
      enfants = { requetes: this.requetes.labels({ route, methode, statut: String(statut), titulaire }), durees: this.durees.labels({ route, methode }) };
      this.#parRequete.set(cle, enfants);
    }
    enfants.requetes.inc();
    enfants.durees.observe(dureeSecondes);
  }

  /** Compte un contrat contrôlé par statut et titulaire (`opco_contrats_controles_total`). */
  compterContrat(statut: string, titulaire: string): void {
    const cle = `${statut}\u0000${titulaire}`;
    let compteur = this.#parContrat.get(cle);
    if (compteur === undefined) {
      compteur = this.contrats.labels({ statut, titulaire });
      this.#parContrat.set(cle, compteur);
    }
    compteur.inc();
  }

  /** Compte les constats d'un contrôle par règle et statut (`opco_constats_total`). */
  compterConstats(constats: readonly Pick<Constat, "regle" | "statut">[]): void {
    for (const { regle, statut } of constats) {
      const cle = `${regle}\u0000${statut}`;
      let compteur = this.#parRegle.get(cle);
      if (compteur === undefined) {
        compteur = this.constats.labels({ regle, statut });
        this.#parRegle.set(cle, compteur);
      }
      compteur.inc();
    }
  }
}
