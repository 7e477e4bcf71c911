/// <reference types="node" />
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { schemaContrat } from "../contrat.js";
import { contratExemple } from "../exemples/contratExemple.js";
import { pointFixeContrat, TEXTES_POINT_FIXE_CONTRAT } from "../generated/pointFixeContrat.js";
import { arbrePointFixe, compilerPointFixe, verificateursPointFixe } from "./compilerPointFixe.js";

const script = fileURLToPath(new URL("../../scripts/genererPointFixeContrat.mjs", import.meta.url));
const genere = fileURLToPath(new URL("../generated/pointFixeContrat.ts", import.meta.url));
const compile = compilerPointFixe(schemaContrat) as (valeur: unknown) => boolean;
const verificateurs = verificateursPointFixe(arbrePointFixe(schemaContrat));

/** Chemins (clés) de toutes les valeurs du contrat d'exemple, objets et tableaux compris. */
function chemins(valeur: unknown, prefixe: (string | number)[] = []): (string | number)[][] {
  if (typeof valeur !== "object" || valeur === null) return [prefixe];
  const enfants = Object.entries(valeur).flatMap(([cle, v]) => chemins(v, [...prefixe, Array.isArray(valeur) ? Number(cle) : cle]));
  return [prefixe, ...enfants];
}

/** Copie du contrat d'exemple dont la valeur au chemin est remplacée. */
function avecValeur(chemin: (string | number)[], valeur: unknown): unknown {
  const copie = structuredClone(contratExemple) as unknown;
  if (chemin.length === 0) return valeur;
  let o = copie as Record<string | number, unknown>;
  for (const cle of chemin.slice(0, -1)) o = o[cle] as Record<string | number, unknown>;
  o[chemin.at(-1) as string | number] = valeur;
  return copie;
}

/** Textes qui touchent les consignes : minuscules, espaces, points et tirets, zéros à compléter, absents, non ASCII. */
const textes = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("nr", "NR", "0", "00", "1", "12", "123", "a.b", "a-b", " A", "A ", "é", "RNCP 123", "rncp37019", "m", "M", "f", "01", "976", "75 001", "2A", "2a"),
);

describe("pointFixeContrat : vérification des consignes générée au build", () => {
  it("le fichier généré est à jour du schéma zod du contrat (relancer le build sinon)", () => {
    const attendu = execFileSync(process.execPath, ["--import", "tsx", script, "--sortie-standard"], { encoding: "utf8" });
    expect(readFileSync(genere, "utf8")).toBe(attendu);
    expect(verificateurs.length).toBe(TEXTES_POINT_FIXE_CONTRAT);
  });

  it("même décision que compilerPointFixe(schemaContrat) : contrat d'exemple, valeurs remplacées à chaque chemin, tableaux à trous, non-objets", () => {
    const tous = chemins(contratExemple);
    expect(pointFixeContrat(contratExemple, verificateurs)).toBe(compile(contratExemple));
    for (const valeur of [null, undefined, 3, "x", [], {}, [contratExemple]]) expect(pointFixeContrat(valeur, verificateurs)).toBe(compile(valeur));
    const verdicts = { vrai: 0, faux: 0 };
    fc.assert(
      fc.property(fc.constantFrom(...tous), fc.oneof(textes, fc.anything(), fc.array(textes, { maxLength: 3 })), (chemin, valeur) => {
        const contrat = avecValeur(chemin, valeur);
        const verdict = pointFixeContrat(contrat, verificateurs);
        expect(verdict).toBe(compile(contrat));
        verdicts[verdict ? "vrai" : "faux"]++;
      }),
      { numRuns: 3000, seed: 2026 },
    );
    // Les deux décisions sont exercées.
    expect(verdicts.faux).toBeGreaterThan(100);
    expect(verdicts.vrai).toBeGreaterThan(100);
    const aTrous = structuredClone(contratExemple) as { contrat: { remunerationsAnnuelles?: unknown[] } };
    const lignes = aTrous.contrat.remunerationsAnnuelles ?? [];
    const trous: unknown[] = [];
    trous[2] = lignes[0];
    aTrous.contrat.remunerationsAnnuelles = trous;
    expect(pointFixeContrat(aTrous, verificateurs)).toBe(compile(aTrous));
  });
});
