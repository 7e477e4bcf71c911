import { Counter, Gauge, Histogram, Registry } from "prom-client";
import type { Constat } from "@communs-opco/regles";
import { describe, expect, it } from "vitest";
import { MetriquesService } from "../src/index";

// Les comptes du service sont tenus dans des tables imbriquées et publiés dans prom-client à la
// collecte : `/metrics` doit rendre exactement le texte que des compteurs prom-client incrémentés à
// chaque événement rendraient.

/** Générateur pseudo-aléatoire reproductible (LCG). */
function hasard(graine: number): () => number {
  let x = graine;
  return () => {
    x = (x * 1_103_515_245 + 12_345) % 2 ** 31;
    return x / 2 ** 31;
  };
}

describe("MetriquesService", () => {
  it("rend le texte de compteurs et d'un histogramme prom-client tenus événement par événement", async () => {
    const service = new MetriquesService({ processus: false, enCours: () => 3 });
    const reference = new Registry();
    const durees = new Histogram({ name: "opco_requete_duree_secondes", help: "Durée des requêtes HTTP (secondes)", labelNames: ["route", "methode"], buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10], registers: [reference] });
    const requetes = new Counter({ name: "opco_requetes_total", help: "Requêtes HTTP traitées", labelNames: ["route", "methode", "statut", "titulaire"], registers: [reference] });
    const constats = new Counter({ name: "opco_constats_total", help: "Constats relevés par règle et statut", labelNames: ["regle", "statut"], registers: [reference] });
    const contrats = new Counter({ name: "opco_contrats_controles_total", help: "Contrats contrôlés par statut", labelNames: ["statut", "titulaire"], registers: [reference] });
    const enCours = new Gauge({ name: "opco_requetes_en_cours", help: "Requêtes HTTP en cours", registers: [reference] });
    enCours.set(3);
    const au = hasard(2025);
    const choisir = <T>(l: readonly T[]): T => l[Math.floor(au() * l.length)]!;
    const routes = ["/v1/contrats/controle", "/v1/formats", "/sante", "inconnue"];
    const titulaires = ["anonyme", "akto", "opco-ep"];
    const statutsConstat = ["conforme", "non_conforme", "indetermine"] as const;
    for (let i = 0; i < 2_000; i++) {
      const [route, methode, statut, titulaire, duree] = [choisir(routes), choisir(["GET", "POST"]), choisir([200, 400, 413, 429, 503]), choisir(titulaires), au() * 0.2];
      service.noterRequete(route, methode, statut, titulaire, duree);
      requetes.inc({ route, methode, statut: String(statut), titulaire });
      durees.observe({ route, methode }, duree);
      const lus = Array.from({ length: Math.floor(au() * 4) }, () => ({ regle: choisir(["contrat.dates", "apprenti.age", "remuneration.minimum"]), statut: choisir(statutsConstat) }));
      // Identifiants de règles fictifs : le compte ne dépend que des textes des étiquettes.
      service.compterConstats(lus as unknown as Pick<Constat, "regle" | "statut">[]);
      for (const { regle, statut: s } of lus) constats.inc({ regle, statut: s });
      const [statutContrat, qui] = [choisir(statutsConstat), choisir(titulaires)];
      service.compterContrat(statutContrat, qui);
      contrats.inc({ statut: statutContrat, titulaire: qui });
      // Collectes en cours de route : seul ce qui a été compté depuis la précédente est publié.
      if (i % 500 === 250) expect(await service.registre.metrics()).toBe(await reference.metrics());
    }
    expect(await service.registre.metrics()).toBe(await reference.metrics());
  });
});
