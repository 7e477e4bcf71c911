import { describe, expect, it } from "vitest";
import { consulter } from "./consulter";
import type { Consultation, EtapesRegle } from "./Consultation";
import { evaluerReglesEnMemoire } from "./evaluerReglesEnMemoire";
import type { Regle } from "./Regle";
import { regleParConsultations } from "./regleParConsultations";

/** Ce que `consulter` remplace : le générateur qui cède la consultation et rend la réponse. */
function* consulterGenerateur<T>(port: string, methode: string, ...args: unknown[]): EtapesRegle<T> {
  const consultation: Consultation = { port, methode, arguments: args };
  return (yield consultation) as T;
}

/** Étapes de test : deux consultations, la seconde rattrapée si la source lève. */
function* etapes(consulte: typeof consulter): EtapesRegle<string[]> {
  const a = yield* consulte<string>("source", "lire", "a", 1);
  let b: string;
  try {
    b = yield* consulte<string>("source", "lire", "b");
  } catch (erreur) {
    b = `rattrapé : ${String(erreur)}`;
  }
  return [a, b];
}

/** Déroule des étapes en notant chaque pas (consultation cédée, réponse ou exception rendue). */
function derouler(g: EtapesRegle<string[]>, lever: boolean): unknown[] {
  const pas: unknown[] = [];
  let r = g.next();
  while (r.done !== true) {
    const { port, methode, arguments: args } = r.value;
    pas.push({ port, methode, args: [...args] });
    r = lever && args[0] === "b" ? g.throw(new Error("panne")) : g.next(`réponse ${String(args[0])}`);
  }
  pas.push({ fin: r.value });
  return pas;
}

describe("consulter : les mêmes pas que le générateur qu'il remplace", () => {
  it("consultations cédées, réponses rendues, exception rendue à la règle au même endroit", () => {
    for (const lever of [false, true]) expect(derouler(etapes(consulter), lever)).toEqual(derouler(etapes(consulterGenerateur), lever));
  });

  it("une exception non rattrapée remonte de l'étape comme du générateur ; return() termine", () => {
    function* sansRattrapage(consulte: typeof consulter): EtapesRegle<string> {
      return yield* consulte<string>("source", "lire", "x");
    }
    for (const consulte of [consulter, consulterGenerateur]) {
      const g = sansRattrapage(consulte);
      g.next();
      expect(() => g.throw(new Error("panne"))).toThrow("panne");
      const h = sansRattrapage(consulte);
      h.next();
      expect(h.return("fin")).toEqual({ value: "fin", done: true });
    }
  });
});

describe("evaluerReglesEnMemoire : règles recopiées une fois par liste", () => {
  const regle = (id: string, message: string) =>
    regleParConsultations<{ n?: number }, { source: { lire(n: number): Promise<number> } }>({
      nature: "asynchrone", ports: ["source"], id, titre: id, description: "…", severite: "bloquant", references: [{ titre: "Test" }], parametres: [], chemins: ["n"],
      *etapes(e) {
        const v = yield* consulter<number>("source", "lire", e.n ?? 0);
        return v > 1 ? [{ statut: "non_conforme", message }] : [];
      },
    });
  const ports = { source: { lire: (n: number) => n * 2 } };

  it("une liste modifiée après une première évaluation est relue (règle remplacée, règle ajoutée)", () => {
    const liste: Regle<{ n?: number }>[] = [regle("test.a", "A")];
    const statut = () => evaluerReglesEnMemoire(liste, { n: 1 }, { dateEvaluation: "2026-12-01", mode: "explication", ports }).explications?.map((x) => `${x.regle}:${x.constats[0]?.message ?? "conforme"}`);
    expect(statut()).toEqual(["test.a:A"]);
    liste[0] = regle("test.b", "B");
    expect(statut()).toEqual(["test.b:B"]);
    liste.push(regle("test.c", "C"));
    expect(statut()).toEqual(["test.b:B", "test.c:C"]);
  });
});
