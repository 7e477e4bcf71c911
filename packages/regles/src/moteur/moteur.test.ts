import type { Parametre } from "@communs-opco/parametres";
import { describe, expect, it } from "vitest";
import { creerRegistre } from "../RegistreRegles";
import type { RegleAsynchrone, RegleSynchrone } from "../Regle";
import { evaluerRegles } from "../evaluerRegles";
import { evaluerReglesAsync } from "../evaluerReglesAsync";
import { Lecture } from "../Lecture";
import { sansObjet } from "../SansObjet";

interface Entree {
  age?: unknown;
  courriel?: unknown;
}

const seuil: Parametre<number> = {
  id: "test.seuil",
  titre: "Seuil de test",
  description: "Seuil utilisé par les tests du moteur.",
  unite: "ans",
  valeurs: [
    { dateEffet: "2020-01-01", valeur: 16, references: [{ titre: "Test" }], verifiedOn: "2026-11-26", statut: "verifie" },
    { dateEffet: "2026-01-01", valeur: 18, references: [{ titre: "Test" }], verifiedOn: "2026-11-26", statut: "verifie" },
  ],
};

const regleAge: RegleSynchrone<Entree> = {
  nature: "synchrone",
  id: "test.age.minimum",
  titre: "Âge minimum",
  description: "L'âge doit atteindre le seuil.",
  severite: "bloquant",
  references: [{ titre: "Article de test" }],
  parametres: ["test.seuil"],
  chemins: ["age"],
  evaluer(e, contexte) {
    const l = new Lecture(e);
    const age = l.nombre("age");
    const minimum = contexte.parametre(seuil, contexte.dateEvaluation);
    if (age === undefined || minimum === undefined) return [l.indetermine()];
    return age < minimum ? [{ statut: "non_conforme", message: `Âge ${age} < ${minimum}.`, details: { age, minimum } }] : [];
  },
};

const regleJamais: RegleSynchrone<Entree> = {
  nature: "synchrone",
  id: "test.jamais",
  titre: "Jamais applicable",
  description: "Ne s'applique jamais.",
  severite: "information",
  references: [{ titre: "Test" }],
  parametres: [],
  chemins: [],
  applicable: () => false,
  evaluer: () => [{ statut: "non_conforme", message: "ne doit pas apparaître" }],
};

const regleQuiLeve: RegleSynchrone<Entree> = {
  nature: "synchrone",
  id: "test.leve",
  titre: "Règle qui lève",
  description: "Lève une exception.",
  severite: "bloquant",
  references: [{ titre: "Test" }],
  parametres: [],
  chemins: ["age"],
  evaluer(e) {
    return (e.age as { x: { y: number } }).x.y > 0 ? [] : [];
  },
};

interface PortsTest {
  dns: { domaineExiste(domaine: string): Promise<boolean> };
}

const regleDns: RegleAsynchrone<Entree, PortsTest> = {
  nature: "asynchrone",
  ports: ["dns"],
  id: "test.courriel.domaine",
  titre: "Domaine du courriel",
  description: "Le domaine doit exister.",
  severite: "bloquant",
  references: [{ titre: "Test" }],
  parametres: [],
  chemins: ["courriel"],
  async evaluer(e, contexte) {
    const domaine = String(e.courriel).split("@")[1] ?? "";
    return (await contexte.ports.dns.domaineExiste(domaine)) ? [] : [{ statut: "non_conforme", message: `Domaine ${domaine} inconnu.` }];
  },
};

const registre = creerRegistre<Entree>([regleAge, regleJamais, regleQuiLeve, regleDns]);

describe("creerRegistre", () => {
  it("refuse les identifiants en double ou mal formés", () => {
    expect(() => creerRegistre([regleAge, regleAge])).toThrow(/double/);
    expect(() => creerRegistre([{ ...regleAge, id: "Sans point" }])).toThrow(/notation pointée/);
    expect(registre.regle("test.age.minimum")?.titre).toBe("Âge minimum");
    expect(registre.regle("inconnue")).toBeUndefined();
  });
});

describe("evaluerRegles (synchrone)", () => {
  it("renvoie un constat complet, avec le paramètre lu à la date d'évaluation", () => {
    const r = evaluerRegles(registre, { age: 17 }, { dateEvaluation: "2026-03-01" });
    const c = r.constats.find((x) => x.regle === "test.age.minimum");
    expect(c).toMatchObject({
      severite: "bloquant",
      statut: "non_conforme",
      chemins: ["age"],
      references: [{ titre: "Article de test" }],
      details: { age: 17, minimum: 18 },
    });
    expect(c?.parametres).toEqual([expect.objectContaining({ id: "test.seuil", valeur: 18, dateEffet: "2026-01-01" })]);
    expect(r.explications).toBeUndefined();
    // règle asynchrone ignorée par l'évaluation synchrone
    expect(r.synthese.regles).toBe(3);
  });

  it("la veille du changement, l'ancienne valeur s'applique", () => {
    const r = evaluerRegles(registre, { age: 17 }, { dateEvaluation: "2025-12-31" });
    expect(r.constats.some((x) => x.regle === "test.age.minimum")).toBe(false);
  });

  it("mode explication : conforme, non applicable et paramètres consultés", () => {
    const r = evaluerRegles(registre, { age: 20 }, { dateEvaluation: "2026-03-01", mode: "explication" });
    const parId = new Map(r.explications?.map((e) => [e.regle, e]));
    expect(parId.get("test.age.minimum")).toMatchObject({ statut: "conforme", constats: [] });
    expect(parId.get("test.age.minimum")?.parametres[0]).toMatchObject({ id: "test.seuil", valeur: 18 });
    expect(parId.get("test.jamais")?.statut).toBe("non_applicable");
    expect(r.synthese).toMatchObject({ conformes: 1, nonApplicables: 1, indeterminees: 1 });
  });

  it("donnée absente : indéterminé, avec le chemin manquant", () => {
    const r = evaluerRegles(registre, {}, { dateEvaluation: "2026-03-01" });
    const c = r.constats.find((x) => x.regle === "test.age.minimum");
    expect(c).toMatchObject({ statut: "indetermine", manquants: ["age"] });
    expect(r.synthese.complet).toBe(false);
  });

  it("une règle qui lève devient un constat indéterminé portant details.erreur", () => {
    const r = evaluerRegles(registre, { age: 20 }, { dateEvaluation: "2026-03-01" });
    const c = r.constats.find((x) => x.regle === "test.leve");
    expect(c?.statut).toBe("indetermine");
    expect(String(c?.details.erreur)).toMatch(/TypeError/);
  });

  it("une valeur levée non représentable (objet sans prototype) ne fait pas lever le moteur", () => {
    const bizarre = { ...regleQuiLeve, id: "test.bizarre", evaluer: () => { throw Object.create(null); } };
    const r = evaluerRegles([bizarre], {}, { dateEvaluation: "2026-03-01" });
    expect(r.constats[0]).toMatchObject({ statut: "indetermine", details: { erreur: "{}" } });
  });

  it("date d'évaluation invalide : indéterminé, pas d'exception", () => {
    const r = evaluerRegles([regleAge], { age: 20 }, { dateEvaluation: "26/11/2026" });
    expect(r.constats[0]?.statut).toBe("indetermine");
  });
});

describe("evaluerReglesAsync", () => {
  it("évalue les règles asynchrones avec les ports fournis", async () => {
    const dns = { domaineExiste: async (d: string) => d === "exemple.fr" };
    const ok = await evaluerReglesAsync([regleDns], { courriel: "a@exemple.fr" }, { dateEvaluation: "2026-03-01", ports: { dns } });
    expect(ok.constats).toEqual([]);
    const ko = await evaluerReglesAsync([regleDns], { courriel: "a@inconnu.test" }, { dateEvaluation: "2026-03-01", ports: { dns } });
    expect(ko.constats[0]).toMatchObject({ statut: "non_conforme", message: "Domaine inconnu.test inconnu." });
  });

  it("port en échec : indéterminé nommant la source, jamais conforme", async () => {
    const dns = {
      domaineExiste: async () => {
        throw new Error("délai dépassé");
      },
    };
    const r = await evaluerReglesAsync(registre, { age: 20, courriel: "a@exemple.fr" }, { dateEvaluation: "2026-03-01", ports: { dns }, mode: "explication" });
    const c = r.constats.find((x) => x.regle === "test.courriel.domaine");
    expect(c).toMatchObject({ statut: "indetermine", manquants: ["ports.dns"], details: { sources: ["dns"], erreur: "Error: délai dépassé" } });
    expect(c?.message).toMatch(/dns/);
    expect(r.explications?.find((e) => e.regle === "test.courriel.domaine")?.statut).toBe("indetermine");
    expect(r.synthese.regles).toBe(4);
  });

  it("port absent : indéterminé nommant la source", async () => {
    const r = await evaluerReglesAsync([regleDns], { courriel: "a@exemple.fr" }, { dateEvaluation: "2026-03-01" });
    expect(r.constats[0]).toMatchObject({ statut: "indetermine", manquants: ["ports.dns"] });
    expect(r.constats[0]?.message).toMatch(/source non fournie \(dns\)/);
  });

  it("sans objet établi par la source : non applicable avec son motif, ni conforme ni constat", async () => {
    const dns = { domaineExiste: async () => true };
    const ports = { dns };
    const interne: RegleAsynchrone<Entree, PortsTest> = {
      ...regleDns,
      id: "test.courriel.interne",
      async evaluer(e) {
        return typeof e.courriel === "string" && e.courriel.endsWith("@interne.test") ? sansObjet("adresse interne : pas de domaine public à vérifier") : [];
      },
    };
    const r = await evaluerReglesAsync([interne], { courriel: "a@interne.test" }, { dateEvaluation: "2026-03-01", ports, mode: "explication" });
    expect(r.constats).toEqual([]);
    expect(r.synthese).toMatchObject({ regles: 1, conformes: 0, nonApplicables: 1 });
    expect(r.explications?.[0]).toMatchObject({ statut: "non_applicable", motifNonApplicable: "adresse interne : pas de domaine public à vérifier" });
    const autre = await evaluerReglesAsync([interne], { courriel: "a@exemple.fr" }, { dateEvaluation: "2026-03-01", ports, mode: "explication" });
    expect(autre.explications?.[0]?.statut).toBe("conforme");
    expect(autre.explications?.[0]?.motifNonApplicable).toBeUndefined();
  });

  it("règles de saisie uniquement : non applicables en revalidation", async () => {
    const saisie = { ...regleAge, id: "test.saisie", saisieUniquement: true };
    const r = await evaluerReglesAsync([saisie], { age: 1 }, { dateEvaluation: "2026-03-01", cadre: "revalidation", mode: "explication" });
    expect(r.explications?.[0]?.statut).toBe("non_applicable");
    expect(r.constats).toEqual([]);
  });
});
