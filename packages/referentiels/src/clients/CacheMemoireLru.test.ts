import { describe, expect, it } from "vitest";
import { CacheMemoireLru } from "./CacheMemoireLru";

describe("CacheMemoireLru", () => {
  it("expire les entrées selon l'horloge injectée", () => {
    let maintenant = 0;
    const cache = new CacheMemoireLru({ horloge: () => maintenant });
    cache.ecrire("a", { opco: "AKTO" }, 1000);
    maintenant = 999;
    expect(cache.lire("a")).toEqual({ opco: "AKTO" });
    maintenant = 1000;
    expect(cache.lire("a")).toBeUndefined();
    cache.ecrire("b", null, 0);
    expect(cache.lire("b")).toBeUndefined();
  });

  it("évince l'entrée la moins récemment lue au-delà de la capacité", () => {
    const cache = new CacheMemoireLru({ capacite: 2, horloge: () => 0 });
    cache.ecrire("a", 1, 10);
    cache.ecrire("b", 2, 10);
    expect(cache.lire("a")).toBe(1);
    cache.ecrire("c", 3, 10);
    expect(cache.lire("b")).toBeUndefined();
    expect(cache.lire("a")).toBe(1);
    expect(cache.lire("c")).toBe(3);
    expect(cache.taille).toBe(2);
    cache.vider();
    expect(cache.taille).toBe(0);
  });
});
