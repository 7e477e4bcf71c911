// Issue 13, livrable 4 : fuzz de chaque lecteur (tous les adaptateurs de « opco convertir » et
// « opco controle --format » : JSON, JSON Lines, CSV, XLSX, PDF), graine fixe de vitest.setup.ts.
// Pour chaque entrée générée : aucune exception ne s'échappe de `lire`, les décomptes
// s'additionnent ; pour chaque lecteur, le tas retenu après la suite (mesuré après ramassage des
// miettes, pas de mesure de temps) reste sous une borne fixe : rien ne s'accumule d'un cas à l'autre.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { collecterLecture, type Adaptateur } from "@communs-opco/adaptateur";
import { croissanceTas } from "@communs-opco/test-support";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatsDisponibles } from "./formatsDisponibles";

const racine = resolve(import.meta.dirname, "../../../..");
const PDF = new Uint8Array(readFileSync(resolve(racine, "adapters/cerfa-pdf/test/fixtures/cerfa_10103-11.pdf")));
const XLSX = new Uint8Array(readFileSync(resolve(racine, "adapters/tableau-de-bord/test/fixtures/modele-import-29012025.xlsx")));
/** Borne de croissance du tas retenu par la suite d'un lecteur. */
const BORNE_TAS = 48 * 1024 * 1024;
const encoder = (t: string) => new TextEncoder().encode(t);

/** Octets altérés d'un fichier réel : troncature et octets remplacés. */
const altere = (octets: Uint8Array) =>
  fc.tuple(fc.nat({ max: octets.length }), fc.array(fc.tuple(fc.nat({ max: octets.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 24 })).map(([fin, remplacements]) => {
    const copie = octets.slice(0, Math.max(fin, 1));
    for (const [i, v] of remplacements) if (i < copie.length) copie[i] = v;
    return copie;
  });

const texte = fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom("constructor", "__proto__", "\u001b[2J", "\u202e", "é", '"', ";", "|", "\r\n"));
const objet = fc.dictionary(texte, fc.oneof(texte, fc.integer(), fc.constant(null), fc.array(texte, { maxLength: 3 })), { maxKeys: 6 });
/** Entrée texte : tableau JSON, JSON Lines, CSV (; , |) ou octets quelconques. */
const entreeTexte = fc.oneof(
  fc.array(objet, { maxLength: 6 }).map((l) => encoder(JSON.stringify(l))),
  fc.array(objet, { minLength: 1, maxLength: 6 }).map((l) => encoder(l.map((o) => JSON.stringify(o)).join("\n"))),
  fc.tuple(fc.constantFrom(";", ",", "|"), fc.array(fc.array(texte, { maxLength: 8 }), { maxLength: 6 })).map(([s, lignes]) => encoder(lignes.map((l) => l.join(s)).join("\n"))),
  fc.array(objet, { minLength: 1, maxLength: 4 }).map((l) => encoder(JSON.stringify(l).slice(0, -3))),
  fc.uint8Array({ maxLength: 400 }),
);

function entreePour(a: Adaptateur<unknown>): { arbitraire: fc.Arbitrary<Uint8Array>; nom: string; essais: number } {
  const extensions = a.metadonnees.extensions ?? [];
  if (extensions.includes(".pdf")) return { arbitraire: altere(PDF), nom: "f.pdf", essais: 12 };
  if (extensions.includes(".xlsx")) return { arbitraire: fc.oneof(altere(XLSX), entreeTexte), nom: "f.xlsx", essais: 25 };
  return { arbitraire: entreeTexte, nom: extensions.includes(".csv") ? "f.csv" : "f.json", essais: 60 };
}

const lecteurs = formatsDisponibles().filter((a) => typeof a.lire === "function");

describe("fuzz des lecteurs : aucune exception, décomptes exacts, mémoire bornée", () => {
  it("tous les lecteurs des formats sont couverts (JSON, CSV, XLSX, PDF)", () => {
    const extensions = new Set(lecteurs.flatMap((a) => a.metadonnees.extensions ?? []));
    for (const e of [".json", ".csv", ".xlsx", ".pdf"]) expect(extensions.has(e), e).toBe(true);
  });

  it.each(lecteurs.map((a) => [a.metadonnees.nom, a] as const))("%s", async (_nom, adaptateur) => {
    const { arbitraire, nom, essais } = entreePour(adaptateur);
    const croissance = await croissanceTas(async () => {
      await fc.assert(
        fc.asyncProperty(arbitraire, async (octets) => {
          let bilan: Awaited<ReturnType<typeof collecterLecture>> | undefined;
          let erreur: unknown;
          try {
            bilan = await collecterLecture(adaptateur.lire({ nom, octets }));
          } catch (e) {
            erreur = e;
          }
          expect(erreur).toBeUndefined();
          const b = bilan ?? { lus: -1, illisibles: 0, total: 0, enregistrements: [] };
          expect(b.lus + b.illisibles).toBe(b.total);
          expect(b.enregistrements.length).toBe(b.lus);
        }),
        { numRuns: essais },
      );
    });
    expect(croissance).toBeLessThan(BORNE_TAS);
  }, 120_000);
});
