import { describe, expect, it } from "vitest";
import controlesCommites from "../../../docs/controles.md?raw";
import reglesCommitees from "../../../docs/regles.md?raw";
import { documentationControles } from "./documentationControles";
import { registreContrat } from "./registreContrat";
import { THEMES_CONTROLES } from "./themesControles";

describe("documentation docs/controles.md", () => {
  it("le document commité est égal à une génération fraîche depuis le registre", () => {
    expect(controlesCommites).toBe(documentationControles(registreContrat));
  });

  it("chaque thème a son ancre et chaque règle y figure, avec son fondement et son écart", () => {
    const md = documentationControles(registreContrat);
    for (const theme of Object.keys(THEMES_CONTROLES)) expect(md).toContain(`<a id="${theme}"></a>`);
    for (const r of registreContrat.regles) {
      expect(md).toContain(`#### \`${r.id}\``);
      if (r.ecartReference !== undefined) expect(md).toContain(r.ecartReference.replace(/\.$/, ""));
    }
    expect(md).not.toContain("## Autres contrôles");
  });

  it("aucune référence d'une règle ne nomme un fichier hors du dépôt (spécification, dossier partagé hors du dépôt)", () => {
    for (const r of registreContrat.regles) {
      for (const ref of r.references) {
        expect(ref.titre, r.id).not.toMatch(/Spécification Communs OPCO|(contrat|remuneration|referentiels|opco-echanges|lba)\.md|\.\.\/shared|\/spec\//);
        if (ref.url?.includes("docs/controles.md") === true) expect(Object.keys(THEMES_CONTROLES), r.id).toContain(ref.url.split("#")[1]);
      }
    }
    for (const doc of [controlesCommites, reglesCommitees]) expect(doc).not.toMatch(/Spécification Communs OPCO|\b(contrat|remuneration|referentiels|opco-echanges|lba)\.md|\.\.\/shared|\/spec\//);
  });
});
