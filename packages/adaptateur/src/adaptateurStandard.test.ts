import { contratExemple } from "@communs-opco/schemas";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { adaptateurStandard } from "./adaptateurStandard.js";
import { collecterLecture } from "./collecterLecture.js";
import { decoderTexte } from "./decoderTexte.js";
import { encoderTexte } from "./encoderTexte.js";

describe("format standard", () => {
  it("lit un contrat (enveloppé en dossier), un dossier et localise une erreur", async () => {
    const texte = JSON.stringify([contratExemple, { numeroDeca: "069202509000123", etat: "Rompu" }, { apprenti: { dateNaissance: "2007-02-31" } }, 3]);
    const bilan = await collecterLecture(adaptateurStandard.lire({ nom: "s.json", octets: encoderTexte(texte) }));
    expect(bilan.total).toBe(4);
    expect(bilan.enregistrements[0]?.valeur.contrat?.apprenti?.nom).toBe(contratExemple.apprenti?.nom);
    expect(bilan.enregistrements[1]?.valeur).toEqual({ numeroDeca: "069202509000123", etat: "ROMPU" });
    expect(bilan.erreurs.map((e) => e.source.pointeur)).toEqual(["/2/apprenti/dateNaissance", "/3"]);
  });

  it("écrit puis relit sans perte", async () => {
    const dossiers = [{ contrat: contratExemple }, { numeroDeca: "069202509000123", etat: "ROMPU" as const }];
    const ecrit = await adaptateurStandard.ecrire!(dossiers);
    const relu = await collecterLecture(adaptateurStandard.lire({ nom: "r.json", octets: ecrit.octets }));
    expect(relu.enregistrements.map((e) => e.valeur)).toEqual(dossiers);
    expect(JSON.parse(decoderTexte(ecrit.octets) ?? "")).toHaveLength(2);
  });

  it("ne lève jamais d'exception sur une entrée quelconque ou tronquée : les comptes s'additionnent", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 200 }), fc.jsonValue().map((v) => encoderTexte(JSON.stringify(v) ?? ""))), fc.nat(), async (octets, coupe) => {
        for (const o of [octets, octets.subarray(0, coupe % (octets.length + 1))]) {
          const bilan = await collecterLecture(adaptateurStandard.lire({ nom: "f.json", octets: o }));
          expect(bilan.lus + bilan.illisibles).toBe(bilan.total);
        }
      }),
      { numRuns: 100 },
    );
  });
});
