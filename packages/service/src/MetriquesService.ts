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
 * m.requetes.inc({ route: "/v1/formats", methode: "GET", statut: "200", titulaire: "anonyme" });
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
  readonly enCours = new Gauge({ name: "opco_requetes_en_cours", help: "Requêtes HTTP en cours", registers: [this.registre] });

  /** Compteur de chaque couple (règle, statut), résolu une fois : les règles et statuts sont en nombre fini. */
  readonly #parRegle = new Map<string, Counter.Internal>();

  constructor(options: { processus?: boolean } = {}) {
    if (options.processus !== false) collectDefaultMetrics({ register: this.registre, prefix: "opco_" });
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
