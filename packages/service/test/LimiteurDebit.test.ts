// Issue 13, livrable 9 : le limiteur de débit testé à la limite et une unité au-delà (nombre de
// requêtes et bord de la fenêtre), horloge injectée, aucune mesure de temps réel. Valeurs
// attendues calculées à la main.
import { describe, expect, it } from "vitest";
import { LimiteurDebit } from "../src/index";

const DEBUT = Date.parse("2026-01-05T08:00:00Z");

function limiteurA(limite: number, fenetreMs: number) {
  const horloge = { t: DEBUT };
  return { horloge, limiteur: new LimiteurDebit(limite, fenetreMs, () => horloge.t) };
}

describe("LimiteurDebit : seuils exacts", () => {
  it("exactement N requêtes acceptées dans la fenêtre, la N + 1-ième refusée (N = 5)", () => {
    const { horloge, limiteur } = limiteurA(5, 60_000);
    const decisions = [1, 2, 3, 4, 5].map(() => limiteur.decider("akto"));
    expect(decisions.map((d) => d.accepte)).toEqual([true, true, true, true, true]);
    expect(decisions.map((d) => d.restant)).toEqual([4, 3, 2, 1, 0]);
    expect(decisions.every((d) => d.limite === 5 && d.attente === 0 && d.reinitialisation === 60)).toBe(true);
    horloge.t = DEBUT + 20_000;
    // 6e requête, 20 s après le début : refusée, 40 s à attendre.
    expect(limiteur.decider("akto")).toEqual({ accepte: false, limite: 5, restant: 0, reinitialisation: 40, attente: 40 });
    // Un refus ne consomme rien et n'avance pas la fenêtre : toujours refusé.
    expect(limiteur.decider("akto").accepte).toBe(false);
  });

  it("bord de la fenêtre : refusé 1 ms avant sa fin (attente arrondie à 1 s), accepté à sa fin exacte", () => {
    const { horloge, limiteur } = limiteurA(2, 60_000);
    expect([limiteur.decider("akto").accepte, limiteur.decider("akto").accepte]).toEqual([true, true]);
    horloge.t = DEBUT + 59_999;
    expect(limiteur.decider("akto")).toEqual({ accepte: false, limite: 2, restant: 0, reinitialisation: 1, attente: 1 });
    horloge.t = DEBUT + 60_000;
    expect(limiteur.decider("akto")).toEqual({ accepte: true, limite: 2, restant: 1, reinitialisation: 60, attente: 0 });
  });

  it("après un silence de 2,5 fenêtres, la nouvelle fenêtre reste alignée sur la première (fin à 3 fenêtres)", () => {
    const { horloge, limiteur } = limiteurA(1, 60_000);
    expect(limiteur.decider("akto").accepte).toBe(true);
    horloge.t = DEBUT + 150_000;
    // Fenêtre [DEBUT + 120 s, DEBUT + 180 s[ : 30 s restantes.
    expect(limiteur.decider("akto")).toEqual({ accepte: true, limite: 1, restant: 0, reinitialisation: 30, attente: 0 });
    expect(limiteur.decider("akto")).toEqual({ accepte: false, limite: 1, restant: 0, reinitialisation: 30, attente: 30 });
  });

  it("chaque client a son propre compte : la limite atteinte par l'un ne refuse pas l'autre", () => {
    const { limiteur } = limiteurA(1, 60_000);
    expect(limiteur.decider("akto").accepte).toBe(true);
    expect(limiteur.decider("akto").accepte).toBe(false);
    expect(limiteur.decider("atlas")).toEqual({ accepte: true, limite: 1, restant: 0, reinitialisation: 60, attente: 0 });
  });
});
