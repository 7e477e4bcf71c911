import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { brouillonDepuisContrat } from "./brouillonDepuisContrat";
import { fusionnerChamps } from "./fusionnerChamps";
import type { PolitiqueEcrasement } from "./PolitiqueEcrasement";
import { saisir } from "./saisir";
import { versContrat } from "./versContrat";

const segment = fc.constantFrom("employeur", "apprenti", "maitre1", "formation", "siret", "nom", "adresse", "codePostal", "naf");
const chemin = fc.array(segment, { minLength: 1, maxLength: 3 }).map((s) => s.join("."));
const valeur = fc.oneof(fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim() !== ""), fc.integer(), fc.boolean());
const propositions = fc.array(fc.record({ chemin, valeur }), { maxLength: 12 });

describe("fusionnerChamps (propriétés)", () => {
  it("sans « tout », une valeur saisie n'est jamais remplacée ; rien n'est perdu en silence", () => {
    fc.assert(
      fc.property(fc.dictionary(chemin, valeur, { maxKeys: 6 }), propositions, fc.constantFrom<PolitiqueEcrasement>("vides", "automatiques"), (saisies, props, ecraser) => {
        const { brouillon } = saisir({ champs: {} }, saisies, "2026-11-26");
        const r = fusionnerChamps(brouillon, props, { provenance: "profil:p", date: null, ecraser });
        for (const [c, champ] of Object.entries(brouillon.champs)) expect(r.brouillon.champs[c]).toEqual(champ);
        // chaque proposition est appliquée, conservée (écart signalé), identique à l'existant, ou refusée
        for (const p of props) {
          const final = r.brouillon.champs[p.chemin];
          const traitee = r.appliques.includes(p.chemin) || r.conserves.some((x) => x.chemin === p.chemin) || r.refuses.some((x) => x.chemin === p.chemin);
          expect(traitee || JSON.stringify(final?.valeur) === JSON.stringify(p.valeur)).toBe(true);
        }
      }),
    );
  });

  it("brouillonDepuisContrat puis versContrat rend le contrat (objets sans valeurs vides)", () => {
    const feuille = fc.oneof(fc.string({ minLength: 1, maxLength: 5 }).filter((s) => s.trim() !== ""), fc.integer(), fc.boolean());
    const cle = fc.constantFrom("a", "b", "c", "siret", "nom");
    const objet = fc.letrec((tie) => ({ noeud: fc.dictionary(cle, fc.oneof({ depthSize: "small" }, feuille, tie("noeud")), { minKeys: 1, maxKeys: 3 }) })).noeud;
    fc.assert(
      fc.property(objet, (contrat) => {
        expect(versContrat(brouillonDepuisContrat(contrat, "saisie", null))).toEqual(elaguer(contrat));
      }),
    );
  });
});

function elaguer(o: unknown): unknown {
  if (typeof o !== "object" || o === null || Array.isArray(o)) return o;
  const r: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    const e = elaguer(v);
    if (typeof e === "object" && e !== null && !Array.isArray(e) && Object.keys(e).length === 0) continue;
    r[k] = e;
  }
  return r;
}
