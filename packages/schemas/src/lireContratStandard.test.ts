/// <reference types="node" />
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contratExemple } from "./exemples/contratExemple.js";
import { lireContrat } from "./lireContrat.js";
import { estContratStandard, lireContratStandard } from "./lireContratStandard.js";
import { validerContratStandard } from "./generated/validerContratStandard.js";

const script = fileURLToPath(new URL("../scripts/genererValidateurContrat.mjs", import.meta.url));
const genere = fileURLToPath(new URL("./generated/validerContratStandard.ts", import.meta.url));

/** Même lecture que `lireContrat`, à l'ordre des clés près (le chemin rapide ne recopie pas l'objet). */
function trier(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(trier);
  if (typeof v !== "object" || v === null) return v;
  return Object.fromEntries(Object.keys(v).sort().map((k) => [k, trier((v as Record<string, unknown>)[k])]));
}

describe("lireContratStandard : validateur compilé au build, repli sur lireContrat", () => {
  it("le validateur généré est à jour du JSON Schema publié (relancer le build sinon)", () => {
    const attendu = execFileSync(process.execPath, [script, "--sortie-standard"], { encoding: "utf8" });
    expect(readFileSync(genere, "utf8")).toBe(attendu);
  });

  it("textes rognés lus par code de caractère : même verdict que le motif ^\\S(?:[\\s\\S]*\\S)?$ (drapeau u), pour chaque unité UTF-16 en tête et en queue", () => {
    const motif = /^\S(?:[\s\S]*\S)?$/u;
    const valider = validerContratStandard as (d: unknown) => boolean;
    const avec = (denomination: string) => ({ ...contratExemple, employeur: { ...contratExemple.employeur, denomination } });
    for (let c = 0; c <= 0xffff; c++) {
      const caractere = String.fromCharCode(c);
      for (const texte of [caractere, `${caractere}x`, `x${caractere}`, `x${caractere}x`]) {
        if (valider(avec(texte)) !== motif.test(texte)) expect({ texte, verdict: valider(avec(texte)) }).toEqual({ texte, verdict: motif.test(texte) });
      }
    }
    for (const texte of ["", " ", "\u{1F600}", " \u{1F600}", "\u{1F600} ", "\ud83d", "\ude00x"]) expect(valider(avec(texte))).toBe(motif.test(texte));
  });

  it("dates lues chiffre par chiffre : même verdict que le motif des dates des schémas (années bissextiles, 0000, 9999, formes voisines)", () => {
    const motif = /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/u;
    const valider = validerContratStandard as (d: unknown) => boolean;
    const avec = (dateDebutContrat: string) => ({ ...contratExemple, contrat: { ...contratExemple.contrat, dateDebutContrat } });
    const textes: string[] = [];
    for (const annee of ["0000", "0001", "0004", "0100", "0400", "1900", "1996", "2000", "2023", "2024", "2100", "2400", "9996", "9999"]) {
      for (let mois = 0; mois <= 13; mois++) for (let jour = 0; jour <= 32; jour++) textes.push(`${annee}-${String(mois).padStart(2, "0")}-${String(jour).padStart(2, "0")}`);
    }
    textes.push("2024-1-01", "2024-01-1", "2024/01/01", "2024-01-01 ", "2024-01-0a", "a024-01-01", "20240-01-01", "2024-01-011", "2024-00-00", "٢٠٢٤-01-01", "2024-0\u0661-01", "-024-01-01", "+024-01-01");
    for (const texte of textes) {
      if (valider(avec(texte)) !== motif.test(texte)) expect({ texte, verdict: valider(avec(texte)) }).toEqual({ texte, verdict: motif.test(texte) });
    }
    fc.assert(fc.property(fc.string({ minLength: 8, maxLength: 12 }), (texte) => valider(avec(texte)) === motif.test(texte)), { numRuns: 2000, seed: 12 });
  });

  it("le contrat d'exemple est au standard ; une valeur non standard passe par lireContrat (mêmes erreurs)", () => {
    expect(estContratStandard(contratExemple)).toBe(true);
    for (const valeur of [null, 3, [], {}, { contrat: "?" }, { ...contratExemple, inconnu: 1 }, { ...contratExemple, extensions: { x: 1 } }]) {
      expect(estContratStandard(valeur)).toBe(false);
      expect(JSON.stringify(lireContratStandard(valeur))).toBe(JSON.stringify(lireContrat(valeur)));
    }
  });

  it("accepté par le validateur compilé ⇒ lireContrat l'accepte, sans avertissement, et le lit à l'identique", () => {
    const exemple = JSON.parse(JSON.stringify(contratExemple)) as Record<string, Record<string, unknown>>;
    const chemins = Object.entries(exemple).flatMap(([bloc, v]) => (typeof v === "object" && v !== null && !Array.isArray(v) ? Object.keys(v).map((cle) => [bloc, cle] as const) : []));
    const valeur = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom(" 75001", "75001 ", "2025-02-30", "2025-09-01", "", "1", "13", "NaN"), fc.integer({ min: -5, max: 100_000 }), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...chemins), valeur), { maxLength: 4 }), (modifications) => {
        const contrat = JSON.parse(JSON.stringify(contratExemple)) as Record<string, Record<string, unknown>>;
        for (const [[bloc, cle], v] of modifications) (contrat[bloc] as Record<string, unknown>)[cle] = v;
        // Valeur JSON (comme après JSON.parse) : une clé `undefined` n'existe pas.
        const json = JSON.parse(JSON.stringify(contrat)) as Record<string, Record<string, unknown>>;
        verifier(json);
      }),
      { numRuns: 1500, seed: 12 },
    );
    function verifier(contrat: Record<string, Record<string, unknown>>): void {
        const rapide = lireContratStandard(contrat);
        const lu = lireContrat(contrat);
        if (!estContratStandard(contrat)) {
          expect(JSON.stringify(rapide)).toBe(JSON.stringify(lu));
          return;
        }
        expect(lu.ok).toBe(true);
        if (!lu.ok || !rapide.ok) return;
        expect(lu.avertissements).toEqual([]);
        expect(JSON.stringify(trier(rapide.contrat))).toBe(JSON.stringify(trier(lu.contrat)));
    }
  }, 120_000);
});
