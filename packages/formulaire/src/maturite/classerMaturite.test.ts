import { describe, expect, it } from "vitest";
import type { CapaciteOpco, MatriceOpco, NomCapacite } from "./CapaciteOpco";
import { classerMaturite, classerMaturiteOpco } from "./classerMaturite";
import { evaluerCritere } from "./evaluerCritere";
import { niveauxMaturite } from "./niveauxMaturite";

function ligne(capacite: NomCapacite, etat: CapaciteOpco["etat"], complement: Partial<CapaciteOpco> = {}): CapaciteOpco {
  return { capacite, disponible: etat === "production", etat, constateLe: "2026-07-28", source: "matrice d'essai", confiance: "S", ...complement };
}

const TOUTES: NomCapacite[] = ["contrats_v1", "contrats_v2", "factures", "etats_factures", "conventions", "certificats"];
const matrice = (opco: string, etats: Partial<Record<NomCapacite, CapaciteOpco["etat"]>>, complements: Partial<Record<NomCapacite, Partial<CapaciteOpco>>> = {}): MatriceOpco => ({
  opco,
  nom: opco.toUpperCase(),
  capacites: TOUTES.filter((c) => etats[c] !== undefined).map((c) => ligne(c, etats[c] ?? "absent", complements[c])),
});

describe("classerMaturite", () => {
  it("les niveaux sont cumulatifs : de 0 à 4", () => {
    const r = classerMaturite(
      [
        matrice("zero", { contrats_v1: "developpement", contrats_v2: "absent", factures: "production" }),
        matrice("un", { contrats_v1: "production", contrats_v2: "recette", factures: "production" }),
        matrice("deux", { contrats_v1: "production", contrats_v2: "production", factures: "production", etats_factures: "absent" }),
        matrice("trois", { contrats_v1: "production", contrats_v2: "production", factures: "production", etats_factures: "production", conventions: "production", certificats: "absent" }),
        matrice("quatre", { contrats_v1: "production", contrats_v2: "production", factures: "production", etats_factures: "production", conventions: "production", certificats: "production" }),
      ],
      "2026-11-26",
    );
    expect(r.map((c) => [c.opco, c.niveau, c.niveauMaximal])).toEqual([
      ["zero", 0, 0],
      ["un", 1, 1],
      ["deux", 2, 2],
      ["trois", 3, 3],
      ["quatre", 4, 4],
    ]);
    expect(r[0]?.libelle).toBe("Aucun dépôt de contrats par l'API");
    expect(r[1]?.libelle).toBe("Dépôt de contrats v1");
    expect(r[1]?.auDela).toEqual(["factures"]);
    expect(r[3]?.auDela).toEqual(["conventions"]);
    expect(r[4]?.criteres).toHaveLength(6);
  });

  it("une capacité absente de la matrice est indéterminée : elle bloque le niveau, pas le niveau maximal", () => {
    const c = classerMaturiteOpco(matrice("trou", { contrats_v1: "production", factures: "production", etats_factures: "production", conventions: "absent" }), "2026-11-26");
    expect(c.niveau).toBe(1);
    expect(c.niveauMaximal).toBe(3);
    expect(c.criteres.find((x) => x.capacite === "contrats_v2")).toMatchObject({ statut: "indetermine", fait: null });
  });

  it("la date d'évaluation compte : « depuis » et date du constat", () => {
    const m = matrice(
      "date",
      { contrats_v1: "production", contrats_v2: "production", factures: "production", etats_factures: "production", conventions: "production", certificats: "production" },
      { certificats: { depuis: "2025-10-20" }, contrats_v1: { depuis: "2021-10-01", confiance: "F" } },
    );
    expect(classerMaturiteOpco(m, "2026-11-26").niveau).toBe(4);
    // avant le constat du 2026-07-28, la mise en production du v2 n'est pas datée : indéterminé
    const avant = classerMaturiteOpco(m, "2025-09-01");
    expect(avant.niveau).toBe(1);
    expect(avant.niveauMaximal).toBe(3);
    expect(avant.criteres.find((x) => x.capacite === "certificats")).toMatchObject({ statut: "non_rempli", raison: "en production seulement depuis le 2025-10-20" });
    expect(classerMaturiteOpco(m, "2021-09-01").niveau).toBe(0);
  });

  it("confiance la plus faible et dates de constat des faits utilisés", () => {
    const m = matrice("conf", { contrats_v1: "production", contrats_v2: "production" }, { contrats_v1: { confiance: "F", constateLe: "2026-01-10" }, contrats_v2: { confiance: "I" } });
    const c = classerMaturiteOpco(m, "2026-11-26");
    expect(c.niveau).toBe(2);
    expect(c.confiance).toBe("I");
    expect(c.constateLe).toEqual(["2026-01-10", "2026-07-28"]);
  });

  it("critères en données : quatre niveaux, six capacités, chacune une seule fois", () => {
    expect(niveauxMaturite.map((n) => n.niveau)).toEqual([1, 2, 3, 4]);
    expect(niveauxMaturite.flatMap((n) => n.capacites).sort()).toEqual([...TOUTES].sort());
  });

  it("evaluerCritere : recette et développement ne sont pas « rempli », avec l'échéance annoncée", () => {
    const c = evaluerCritere([ligne("etats_factures", "developpement", { prevu: "2026-T2" })], "etats_factures", 3, "2026-11-26");
    expect(c).toMatchObject({ statut: "non_rempli", raison: "en développement au 2026-07-28 (prévue : 2026-T2)" });
  });
});
