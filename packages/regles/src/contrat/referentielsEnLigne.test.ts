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

  it("état inconnu (null) d'un organisme ou d'une certification : indéterminé, jamais lu comme ouvert ou actif", async () => {
    const r = await evaluer(new ReferentielContratEnMemoire({ ...complet, organismes: { "13000492600015": null, "0751234J": true }, certifications: { RNCP35340: null, "32031213": true } }));
    expect(r.explications?.map((e) => e.statut)).toEqual(["conforme", "indetermine", "indetermine"]);
    expect(r.constats.map((c) => [c.regle, c.chemins[0]])).toEqual([
      ["organismes.existence", "organismeFormation.siret"],
      ["formation.certification.existence", "formation.rncp"],
    ]);
    expect(r.constats[0]?.message).toContain("état inconnu de la source");
  });

  it("activité jugée aux dates du contrat : un diplôme fermé le 2025-08-31 était actif pour un contrat 2023–2025", async () => {
    const ferme = { actif: false, dateDebut: "2019-09-01", dateFin: "2025-08-31" };
    const r = await evaluer(new ReferentielContratEnMemoire({ ...complet, certifications: { RNCP35340: true, "32031213": ferme } }), (c) => {
      c.contrat.dateDebutContrat = "2023-09-01";
      c.contrat.dateFinContrat = "2025-08-31";
    });
    expect(r.explications?.find((e) => e.regle === "formation.certification.existence")?.statut).toBe("conforme");
    // un jour après la fermeture, le même diplôme est inactif au début du contrat
    const apres = await evaluer(new ReferentielContratEnMemoire({ ...complet, certifications: { RNCP35340: true, "32031213": ferme } }), (c) => {
      c.contrat.dateDebutContrat = "2025-09-01";
    });
    expect(apres.constats).toMatchObject([{ regle: "formation.certification.existence", severite: "bloquant", message: "Le code 32031213 est inactif à la date de début du contrat (2025-09-01)." }]);
  });
});
