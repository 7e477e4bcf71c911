import { describe, expect, it } from "vitest";
import { calculerRemuneration } from "./calculerRemuneration";
import type { EntreeRemuneration } from "./EntreeRemuneration";
import vecteurs from "./vecteurs.json";

interface LigneAttendue {
  numero: string;
  debut: string;
  fin: string;
  taux: number;
  base: "SMIC" | "SMC";
  salaireBrut?: number;
  /** Calcul légal « base × taux % », évalué indépendamment du code testé. */
  calcul?: string;
}

interface Vecteur {
  id: string;
  source: string;
  description: string;
  entree: EntreeRemuneration;
  attendu: { smic: { dateEffet: string; mensuel: number }; periodes: LigneAttendue[] };
}

/** Évalue « 1766.92 × 27 % » au centime supérieur, en entiers (BigInt) à partir du texte décimal. */
function evaluerCalcul(calcul: string): number {
  const m = /^(\d+)(?:\.(\d{1,2}))? × (\d+)(?:\.(\d{1,2}))? %$/.exec(calcul);
  if (m === null) throw new Error(`calcul illisible : ${calcul}`);
  const base = BigInt(m[1]!) * 100n + BigInt((m[2] ?? "").padEnd(2, "0"));
  const taux = BigInt(m[3]!) * 100n + BigInt((m[4] ?? "").padEnd(2, "0"));
  const produit = base * taux; // centimes × centièmes de point
  const centimes = (produit + 9999n) / 10000n;
  return Number(centimes) / 100;
}

describe("vecteurs de rémunération (vecteurs publiés et cas limites)", () => {
  it.each((vecteurs as Vecteur[]).map((v) => [v.id, v] as const))("%s", (_id, vecteur) => {
    const resultat = calculerRemuneration(vecteur.entree);
    expect(resultat.statut).toBe("calculee");
    if (resultat.statut !== "calculee") return;
    expect({ dateEffet: resultat.smic.dateEffet, mensuel: resultat.smic.mensuel }).toEqual(vecteur.attendu.smic);
    const obtenu = resultat.periodes.map((l) => ({
      numero: l.numero,
      debut: l.debut,
      fin: l.fin,
      taux: l.taux,
      base: l.base,
      salaireBrut: l.salaireBrut,
    }));
    const attendu = vecteur.attendu.periodes.map((l) => {
      const parCalcul = l.calcul === undefined ? undefined : evaluerCalcul(l.calcul);
      if (l.salaireBrut !== undefined && parCalcul !== undefined) expect(parCalcul).toBe(l.salaireBrut);
      const salaireBrut = l.salaireBrut ?? parCalcul;
      if (salaireBrut === undefined) throw new Error(`vecteur ${vecteur.id} : ligne ${l.numero} sans montant attendu`);
      return { numero: l.numero, debut: l.debut, fin: l.fin, taux: l.taux, base: l.base, salaireBrut };
    });
    expect(obtenu).toEqual(attendu);
    expect(resultat.salaireEmbauche).toBe(attendu[0]!.salaireBrut);
  });
});
