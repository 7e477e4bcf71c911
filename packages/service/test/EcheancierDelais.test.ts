import { afterEach, describe, expect, it, vi } from "vitest";
import { EcheancierDelais } from "../src/index";

afterEach(() => {
  vi.useRealTimers();
});

describe("EcheancierDelais (minuteries simulées)", () => {
  it("expire une requête au bout du délai exactement, pas avant ; une requête retirée n'expire jamais", async () => {
    vi.useFakeTimers();
    const echeancier = new EcheancierDelais(30_000);
    const expirees: string[] = [];
    const a = echeancier.inscrire(() => expirees.push("a"));
    await vi.advanceTimersByTimeAsync(10_000);
    const b = echeancier.inscrire(() => expirees.push("b"));
    const c = echeancier.inscrire(() => expirees.push("c"));
    echeancier.retirer(b);
    expect(echeancier.taille).toBe(2);
    await vi.advanceTimersByTimeAsync(19_999);
    expect(expirees).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(expirees).toEqual(["a"]);
    // La minuterie se réarme sur la tête suivante (c, inscrite à 10 s).
    await vi.advanceTimersByTimeAsync(9_999);
    expect(expirees).toEqual(["a"]);
    await vi.advanceTimersByTimeAsync(1);
    expect(expirees).toEqual(["a", "c"]);
    expect(echeancier.taille).toBe(0);
    // Retirer une requête déjà expirée ou déjà retirée est sans effet.
    echeancier.retirer(a);
    echeancier.retirer(b);
    expect(echeancier.taille).toBe(0);
  });

  it("une seule minuterie quel que soit le nombre de requêtes ; la tête retirée, la suivante expire à son heure", async () => {
    vi.useFakeTimers();
    const echeancier = new EcheancierDelais(1_000);
    const expirees: number[] = [];
    const inscriptions = Array.from({ length: 1_000 }, (_, i) => echeancier.inscrire(() => expirees.push(i)));
    expect(vi.getTimerCount()).toBe(1);
    // Toutes terminées à temps sauf la dernière.
    for (const inscription of inscriptions.slice(0, -1)) echeancier.retirer(inscription);
    await vi.advanceTimersByTimeAsync(999);
    expect(expirees).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(expirees).toEqual([999]);
    expect(vi.getTimerCount()).toBe(0);
    // Retrait au milieu de la file : l'ordre des autres est gardé.
    const x = echeancier.inscrire(() => expirees.push(-1));
    const y = echeancier.inscrire(() => expirees.push(-2));
    const z = echeancier.inscrire(() => expirees.push(-3));
    echeancier.retirer(y);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(expirees).toEqual([999, -1, -3]);
    expect([x, z].every((i) => echeancier.taille === 0 && i !== undefined)).toBe(true);
  });
});
