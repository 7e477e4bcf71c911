import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Progression, type FluxProgression } from "./Progression";

/** Terminal factice : garde tout ce qui y est écrit. */
function terminal(isTTY = true, columns?: number): FluxProgression & { ecrits: string[] } {
  const ecrits: string[] = [];
  return { isTTY, ...(columns === undefined ? {} : { columns }), ecrits, write: (t: string) => ecrits.push(t) };
}
const lignes = (ecrits: string[]) => ecrits.map((e) => e.replace("\r\u001b[2K", ""));

describe("Progression", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-12-06T10:00:00Z"));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("affiche enregistrements lus, débit, pourcentage et temps restant, 10 fois par seconde au plus", () => {
    const flux = terminal();
    const p = new Progression({ flux, libelle: "Contrôle", total: 10_000 });
    p.avancer(1); // premier affichage, immédiat
    expect(lignes(flux.ecrits)).toEqual(["Contrôle : 1 / 10 000 enregistrement(s) lu(s) · 0 %"]);
    // 1 000 enregistrements en 50 ms : aucun nouvel affichage (moins de 100 ms)
    for (let i = 0; i < 1000; i++) {
      if (i % 20 === 0) vi.advanceTimersByTime(1);
      p.avancer(1);
    }
    expect(flux.ecrits).toHaveLength(1);
    vi.advanceTimersByTime(950); // 1 s depuis le début
    p.avancer(1_000 - 2 + 1); // 2 000 lus
    expect(flux.ecrits).toHaveLength(2);
    expect(lignes(flux.ecrits)[1]).toBe("Contrôle : 2 000 / 10 000 enregistrement(s) lu(s) · 2 000/s · 20 % · reste ~4 s");
    p.terminer();
    expect(flux.ecrits.at(-1)).toBe("\r\u001b[2K");
    expect(p.lus).toBe(2_000);
  });

  it("sans total : ni pourcentage ni temps restant ; minutes et heures lisibles", () => {
    const flux = terminal();
    const p = new Progression({ flux, libelle: "Index du lot" });
    p.avancer(1);
    vi.advanceTimersByTime(2_000);
    p.avancer(2_999);
    expect(lignes(flux.ecrits).at(-1)).toBe("Index du lot : 3 000 enregistrement(s) lu(s) · 1 500/s");
    const longue = new Progression({ flux, libelle: "Contrôle", total: 1_000_000 });
    longue.avancer(1);
    vi.advanceTimersByTime(10_000);
    longue.avancer(999); // 100/s : 999 000 restants → 2 h 46 min
    expect(lignes(flux.ecrits).at(-1)).toBe("Contrôle : 1 000 / 1 000 000 enregistrement(s) lu(s) · 100/s · 0 % · reste ~2 h 46 min");
    vi.advanceTimersByTime(1_000);
    longue.avancer(199_000); // 200 000 en 11 s : 18 182/s, 800 000 restants → 44 s
    expect(lignes(flux.ecrits).at(-1)).toBe("Contrôle : 200 000 / 1 000 000 enregistrement(s) lu(s) · 18 182/s · 20 % · reste ~44 s");
    vi.advanceTimersByTime(49_000);
    longue.avancer(100_000); // 300 000 en 60 s : 5 000/s, 700 000 restants → 2 min 20 s
    expect(lignes(flux.ecrits).at(-1)).toBe("Contrôle : 300 000 / 1 000 000 enregistrement(s) lu(s) · 5 000/s · 30 % · reste ~2 min 20 s");
  });

  it("n'écrit rien quand le flux n'est pas un terminal ou avec --silencieux, mais compte toujours", () => {
    for (const [flux, actif] of [
      [terminal(false), true],
      [terminal(true), false],
    ] as const) {
      const p = new Progression({ flux, libelle: "Contrôle", total: 10, actif });
      for (let i = 0; i < 10; i++) {
        vi.advanceTimersByTime(500);
        p.avancer(1);
      }
      p.terminer();
      expect(p.active).toBe(false);
      expect(p.lus).toBe(10);
      expect(flux.ecrits).toEqual([]);
    }
  });

  it("tronque la ligne à la largeur du terminal", () => {
    const flux = terminal(true, 21);
    new Progression({ flux, libelle: "Contrôle", total: 10_000 }).avancer(5);
    expect(lignes(flux.ecrits)).toEqual(["Contrôle : 5 / 10 00"]);
  });
});
