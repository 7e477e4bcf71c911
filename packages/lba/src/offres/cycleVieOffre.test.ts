import { describe, expect, it } from "vitest";
import { annulerOffresEntrepriseArchivee } from "./annulerOffresEntrepriseArchivee";
import { calculerExpirationOffre } from "./calculerExpirationOffre";
import { changerStatutOffre } from "./changerStatutOffre";
import type { EtatOffre } from "./EtatOffre";
import { evaluerCycleVieOffre } from "./evaluerCycleVieOffre";
import { planifierRelancesOffre } from "./planifierRelancesOffre";
import { prolongerOffre } from "./prolongerOffre";
import { statutInitialOffre } from "./statutInitialOffre";

function valeur<T>(d: { statut: string; valeur?: T; raison?: string }): T {
  if (d.statut !== "determine") throw new Error(`attendu déterminé : ${d.statut} ${d.raison ?? ""}`);
  return d.valeur as T;
}

const offre: EtatOffre = { statut: "Active", expiration: "2026-03-15T00:00:00+01:00", candidatures: 3, prolongations: 0 };

describe("expiration et relances", () => {
  it("expire 2 mois après la création, au début de la journée de Paris", () => {
    const r = calculerExpirationOffre("2026-01-15T14:30:00+01:00");
    expect(valeur(r)).toBe("2026-03-15T00:00:00+01:00");
    expect(r.parametres.map((p) => [p.id, p.valeur, p.statut])).toEqual([["lba.offre.dureeValidite", 2, "a_verifier"]]);
    // 23 h 30 UTC le 31 décembre = 1er janvier à Paris.
    expect(valeur(calculerExpirationOffre("2026-12-31T23:30:00Z"))).toBe("2027-03-01T00:00:00+01:00");
    // Fin de mois : 31 décembre + 2 mois → 28 février.
    expect(valeur(calculerExpirationOffre("2026-12-31T10:00:00+01:00"))).toBe("2027-02-28T00:00:00+01:00");
    // Passage à l'heure d'été entre création et expiration.
    expect(valeur(calculerExpirationOffre("2026-02-10T10:00:00+01:00"))).toBe("2026-04-10T00:00:00+02:00");
  });

  it("est indéterminée sans instant lisible ou avant l'entrée en vigueur du paramètre", () => {
    expect(calculerExpirationOffre("hier").statut).toBe("indetermine");
    const avant = calculerExpirationOffre("2019-06-01T10:00:00+02:00");
    expect(avant).toMatchObject({ statut: "indetermine", raison: "durée de validité des offres inconnue au 2019-06-01" });
  });

  it("planifie les relances à J-7 9 h 20 et J-1 9 h 25", () => {
    expect(valeur(planifierRelancesOffre(offre.expiration))).toEqual([
      { code: "J7", prevueA: "2026-03-08T09:20:00+01:00" },
      { code: "J1", prevueA: "2026-03-14T09:25:00+01:00" },
    ]);
  });
});

describe("evaluerCycleVieOffre", () => {
  it("ne fait rien avant la première relance", () => {
    expect(valeur(evaluerCycleVieOffre(offre, "2026-03-08T09:19:59+01:00"))).toEqual({ actions: [], etat: offre });
  });

  it("déclenche la relance J-7 une seule fois, puis la J-1", () => {
    const j7 = valeur(evaluerCycleVieOffre(offre, "2026-03-08T09:20:00+01:00"));
    expect(j7.actions).toEqual([{ type: "relancer", code: "J7", prevueA: "2026-03-08T09:20:00+01:00" }]);
    expect(j7.etat.relancesEnvoyees).toEqual({ J7: "2026-03-08T09:20:00+01:00" });
    expect(valeur(evaluerCycleVieOffre(j7.etat, "2026-03-09T10:00:00+01:00")).actions).toEqual([]);
    const j1 = valeur(evaluerCycleVieOffre(j7.etat, "2026-03-14T09:30:00+01:00"));
    expect(j1.actions).toEqual([{ type: "relancer", code: "J1", prevueA: "2026-03-14T09:25:00+01:00" }]);
    // J-7 manquée : seule la J-1 part, les deux sont marquées envoyées.
    const rattrapage = valeur(evaluerCycleVieOffre(offre, "2026-03-14T12:00:00+01:00"));
    expect(rattrapage.actions.map((a) => a.type === "relancer" && a.code)).toEqual(["J1"]);
    expect(Object.keys(rattrapage.etat.relancesEnvoyees ?? {})).toEqual(["J7", "J1"]);
  });

  it("annule une offre active expirée, avec un événement d'historique", () => {
    const r = valeur(evaluerCycleVieOffre(offre, "2026-03-15T00:00:00+01:00"));
    expect(r.actions).toEqual([{ type: "expirer", raison: "Offre expirée" }]);
    expect(r.etat.statut).toBe("Cancelled");
    expect(r.etat.historique).toEqual([{ statut: "Cancelled", raison: "Offre expirée", date: "2026-03-15T00:00:00+01:00", accordePar: "cycle-de-vie" }]);
  });

  it("clôt une offre active à 80 candidatures, pas à 79", () => {
    expect(valeur(evaluerCycleVieOffre({ ...offre, candidatures: 79 }, "2026-02-01T10:00:00+01:00")).actions).toEqual([]);
    const r = evaluerCycleVieOffre({ ...offre, candidatures: 80 }, "2026-02-01T10:00:00+01:00");
    expect(valeur(r).actions).toEqual([
      { type: "cloturer", raison: "Offre clôturée : 80 candidatures reçues (seuil 80)", candidatures: 80, seuil: 80 },
    ]);
    expect(r.parametres.map((p) => p.id)).toContain("lba.offre.seuilCandidaturesCloture");
  });

  it("laisse en l'état les offres pourvues, annulées ou en attente, et signale une entrée illisible", () => {
    for (const statut of ["Filled", "Cancelled", "Pending"] as const) {
      expect(valeur(evaluerCycleVieOffre({ ...offre, statut }, "2027-01-01T00:00:00Z")).actions).toEqual([]);
    }
    expect(evaluerCycleVieOffre(offre, "n'importe quand").statut).toBe("indetermine");
    expect(evaluerCycleVieOffre({ ...offre, expiration: "?" }, "2026-01-01T00:00:00Z").statut).toBe("indetermine");
  });
});

describe("prolongation, dépôt et changements de statut", () => {
  it("prolonge une offre active de 2 mois depuis maintenant et refuse sinon", () => {
    const r = valeur(prolongerOffre({ ...offre, relancesEnvoyees: { J7: "2026-03-08T09:20:00+01:00" } }, "2026-03-10T08:00:00+01:00"));
    expect(r).toMatchObject({ expiration: "2026-05-10T00:00:00+02:00", prolongations: 1, derniereProlongation: "2026-03-10T08:00:00+01:00", relancesEnvoyees: {} });
    expect(prolongerOffre({ ...offre, statut: "Filled" }, "2026-03-10T08:00:00+01:00").statut).toBe("refuse");
    expect(prolongerOffre(offre, "2026-03-16T08:00:00+01:00").statut).toBe("refuse");
  });

  it("met en attente l'offre d'un compte non validé, sauf délégation à un CFA", () => {
    const valide = { entrepriseValidee: true, roleAccorde: true, courrielConfirme: true, delegueeCfa: false };
    expect(statutInitialOffre(valide)).toBe("Active");
    expect(statutInitialOffre({ ...valide, courrielConfirme: false })).toBe("Pending");
    expect(statutInitialOffre({ ...valide, entrepriseValidee: false })).toBe("Pending");
    expect(statutInitialOffre({ ...valide, roleAccorde: false, delegueeCfa: true })).toBe("Active");
  });

  it("active une offre en attente en recalculant l'expiration, et refuse une transition interdite", () => {
    const attente: EtatOffre = { statut: "Pending", expiration: "2026-03-15T00:00:00+01:00" };
    const activee = valeur(changerStatutOffre(attente, { statut: "Active", raison: "Compte validé", date: "2026-02-01T10:00:00+01:00", accordePar: "opco@example.fr" }));
    expect(activee.statut).toBe("Active");
    expect(activee.expiration).toBe("2026-04-01T00:00:00+02:00");
    expect(activee.historique).toHaveLength(1);
    const pourvue = valeur(changerStatutOffre(activee, { statut: "Filled", raison: "Apprenti recruté", date: "2026-02-20T10:00:00+01:00", accordePar: "recruteur" }));
    expect(pourvue.statut).toBe("Filled");
    expect(pourvue.expiration).toBe(activee.expiration);
    expect(changerStatutOffre(pourvue, { statut: "Cancelled", raison: "x", date: "2026-02-21T10:00:00+01:00", accordePar: "r" })).toMatchObject({
      statut: "refuse",
      raison: "transition non permise : Filled → Cancelled",
    });
  });
});

describe("annulerOffresEntrepriseArchivee", () => {
  it("annule les offres actives et en attente, garde les autres", () => {
    const offres: EtatOffre[] = [offre, { ...offre, statut: "Pending" }, { ...offre, statut: "Filled" }, { ...offre, statut: "Cancelled" }];
    const decisions = annulerOffresEntrepriseArchivee(offres, "2026-02-01T10:00:00+01:00", "admin");
    expect(decisions.map((d) => valeur<EtatOffre>(d).statut)).toEqual(["Cancelled", "Cancelled", "Filled", "Cancelled"]);
    expect(valeur<EtatOffre>(decisions[0] ?? { statut: "x" }).historique).toEqual([
      { statut: "Cancelled", raison: "Entreprise archivée", date: "2026-02-01T10:00:00+01:00", accordePar: "admin" },
    ]);
    expect(valeur<EtatOffre>(decisions[3] ?? { statut: "x" }).historique).toBeUndefined();
  });
});
