import { describe, expect, it, vi } from "vitest";
import { LimiteurDebit } from "./LimiteurDebit";

describe("LimiteurDebit", () => {
  it("espace les jetons de 1000 / requetesParSeconde ms sans rafale (horloge simulée)", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
    try {
      const limiteur = new LimiteurDebit({ requetesParSeconde: 50 });
      const debut = performance.now();
      const instants: number[] = [];
      const jetons = Array.from({ length: 6 }, async () => {
        await limiteur.prendreJeton();
        instants.push(performance.now() - debut);
      });
      await vi.advanceTimersByTimeAsync(19);
      expect(instants).toEqual([0]); // un seul jeton avant 20 ms
      await vi.advanceTimersByTimeAsync(200);
      await Promise.all(jetons);
      expect(instants).toEqual([0, 20, 40, 60, 80, 100]); // exactement 1000 / 50 ms entre deux jetons
    } finally {
      vi.useRealTimers();
    }
  });

  it("borne la concurrence et sert la file dans l'ordre", async () => {
    const limiteur = new LimiteurDebit({ concurrence: 2 });
    let actives = 0;
    let maximum = 0;
    const ordre: number[] = [];
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        limiteur.executer(async () => {
          actives += 1;
          maximum = Math.max(maximum, actives);
          ordre.push(i);
          await new Promise((resolve) => setTimeout(resolve, 5));
          actives -= 1;
        }),
      ),
    );
    expect(maximum).toBe(2);
    expect(ordre).toEqual([0, 1, 2, 3, 4, 5]);
    expect(limiteur.actives).toBe(0);
  });

  it("libère la place après un échec et abandonne une attente annulée", async () => {
    const limiteur = new LimiteurDebit({ concurrence: 1, requetesParSeconde: 1 });
    await expect(limiteur.executer(() => Promise.reject(new Error("échec")))).rejects.toThrow("échec");
    expect(limiteur.actives).toBe(0);
    await limiteur.prendreJeton();
    const controleur = new AbortController();
    const attente = limiteur.prendreJeton(controleur.signal);
    controleur.abort(new Error("annulé"));
    await expect(attente).rejects.toThrow("annulé");
    expect(() => new LimiteurDebit({ requetesParSeconde: 0 })).toThrow(RangeError);
  });
});
