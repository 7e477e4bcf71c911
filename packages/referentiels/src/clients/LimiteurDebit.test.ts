import { describe, expect, it } from "vitest";
import { LimiteurDebit } from "./LimiteurDebit";

describe("LimiteurDebit", () => {
  it("espace les jetons de 1000 / requetesParSeconde ms sans rafale", async () => {
    const limiteur = new LimiteurDebit({ requetesParSeconde: 50 });
    const debut = performance.now();
    const instants = await Promise.all(
      Array.from({ length: 6 }, async () => {
        await limiteur.prendreJeton();
        return performance.now();
      }),
    );
    instants.forEach((instant, i) => expect(instant - debut).toBeGreaterThanOrEqual(i * 20 - 2)); // les minuteries de Node peuvent se déclencher jusqu'à ~1,5 ms en avance sur performance.now()
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
