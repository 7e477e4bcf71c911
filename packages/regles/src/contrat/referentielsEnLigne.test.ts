import { describe, expect, it } from "vitest";
import { evaluerReglesAsync } from "../evaluerReglesAsync";
import { contratConforme } from "../test/contratConforme";
import { ReferentielContratEnMemoire } from "../test/ReferentielContratEnMemoire";
import { regleCertificationExistante, regleEtablissementEmployeur, regleOrganismesFormation } from "./referentielsEnLigne";

const regles = [regleEtablissementEmployeur, regleOrganismesFormation, regleCertificationExistante];
const complet = {
  entreprises: { "82832700500017": "actif" as const },
  organismes: { "13000492600015": true, "0751234J": true },
  certifications: { RNCP35340: true, "32031213": true },
};
const evaluer = (referentiel: ReferentielContratEnMemoire, modifier: (c: any) => void = () => {}) => {
  const contrat: any = contratConforme();
  modifier(contrat);
  return evaluerReglesAsync(regles, contrat, { dateEvaluation: "2025-08-25", mode: "explication", ports: { referentiel } });
};

describe("règles sur les référentiels (port referentiel)", () => {
  it("tout est connu et actif : conforme", async () => {
    const r = await evaluer(new ReferentielContratEnMemoire(complet));
    expect(r.constats).toEqual([]);
    expect(r.explications?.map((e) => e.statut)).toEqual(["conforme", "conforme", "conforme"]);
  });

  it("établissement fermé, organisme inconnu, certification inactive : non conforme", async () => {
    const r = await evaluer(
      new ReferentielContratEnMemoire({
        entreprises: { "82832700500017": "ferme" },
        organismes: { "13000492600015": true },
        certifications: { RNCP35340: false, "32031213": true },
      }),
    );
    expect(r.constats.map((c) => [c.regle, c.severite, c.chemins[0]])).toEqual([
      ["employeur.siret.existence", "bloquant", "employeur.siret"],
      ["organismes.existence", "avertissement", "organismeFormation.uaiCfa"],
      ["formation.certification.existence", "bloquant", "formation.rncp"],
    ]);
    expect(r.constats[0]?.details.source).toMatchObject({ nom: "référentiel de test en mémoire" });
  });

  it("lieu de formation distinct : contrôlé aussi", async () => {
    const r = await evaluer(new ReferentielContratEnMemoire(complet), (c) => {
      c.etablissementFormation = { memeResponsable: false, siret: "77512345600011", uaiCfa: "0754321P" };
    });
    expect(r.constats.filter((c) => c.regle === "organismes.existence").map((c) => c.chemins[0])).toEqual(["etablissementFormation.siret", "etablissementFormation.uaiCfa"]);
  });

  it("source indisponible : indéterminé nommant la source, jamais conforme", async () => {
    const r = await evaluer(new ReferentielContratEnMemoire({ ...complet, indisponible: true }));
    expect(r.explications?.map((e) => e.statut)).toEqual(["indetermine", "indetermine", "indetermine"]);
    expect(r.constats[0]?.message).toMatch(/source indisponible \(référentiel de test en mémoire : service en maintenance\)/);
  });
});
