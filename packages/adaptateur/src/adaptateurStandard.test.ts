import { contratExemple } from "@communs-opco/schemas";
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
});
