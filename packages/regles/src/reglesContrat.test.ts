import { catalogueParametres } from "@communs-opco/parametres";
import { describe, expect, it } from "vitest";
import * as api from "./index";
import { completude } from "./completude";
import { evaluerRegles } from "./evaluerRegles";
import { evaluerReglesAsync } from "./evaluerReglesAsync";
import type { Regle } from "./Regle";
import { registreContrat } from "./registreContrat";
import { reglesContrat } from "./reglesContrat";
import { contratConforme } from "./test/contratConforme";
import { ReferentielContratEnMemoire } from "./test/ReferentielContratEnMemoire";

const estRegle = (v: unknown): v is Regle<object> => typeof v === "object" && v !== null && "nature" in v && "id" in v && "evaluer" in v;

describe("catalogue des règles du contrat", () => {
  it("chaque règle exportée est enregistrée, une seule fois", () => {
    const exportees = Object.values(api).filter(estRegle);
    const ids = new Set(reglesContrat.map((r) => r.id));
    expect(exportees.filter((r) => !ids.has(r.id)).map((r) => r.id)).toEqual([]);
    expect(ids.size).toBe(reglesContrat.length);
    expect(registreContrat.regles.length).toBe(reglesContrat.length);
  });

  it("métadonnées complètes ; paramètres déclarés connus du catalogue", () => {
    const connus = new Set(catalogueParametres.map((p) => p.id));
    for (const r of reglesContrat) {
      expect(r.titre, r.id).not.toBe("");
      expect(r.description.length, r.id).toBeGreaterThan(20);
      expect(r.references.length, r.id).toBeGreaterThan(0);
      expect(r.chemins.length, r.id).toBeGreaterThan(0);
      for (const p of r.parametres) expect(connus.has(p), `${r.id} → ${p}`).toBe(true);
    }
  });

  it("contrat conforme : aucune anomalie, tous les paramètres consultés sont déclarés", async () => {
    const contexte = {
      dateEvaluation: "2025-08-25",
      mode: "explication" as const,
      ports: {
        dns: { domaineExiste: async () => true },
        portefeuille: { apprentisEncadres: async () => ({ total: 0, prolongesApresEchec: 0 }) },
        referentiel: new ReferentielContratEnMemoire({
          entreprises: { "82832700500017": "actif" },
          organismes: { "13000492600015": true, "0751234J": true },
          certifications: { RNCP35340: true, "32031213": true },
        }),
      },
    };
    const r = await evaluerReglesAsync(registreContrat, contratConforme(), contexte);
    expect(r.constats.map((c) => `${c.regle} : ${c.message}`)).toEqual([]);
    expect(r.synthese.complet).toBe(true);
    for (const e of r.explications ?? []) {
      expect(["conforme", "non_applicable"], e.regle).toContain(e.statut);
      const declares = registreContrat.regle(e.regle)?.parametres ?? [];
      for (const p of e.parametres) expect(declares, `${e.regle} lit ${p.id} sans le déclarer`).toContain(p.id);
    }
    expect(completude(contratConforme(), r.constats).complet).toBe(true);
  });

  it("contrat vide : que des constats, jamais d'exception ; pas d'indéterminé présenté comme conforme", () => {
    for (const entree of [{}, { contrat: null, apprenti: "x" }, { apprenti: { dateNaissance: 12 }, contrat: { dateDebutContrat: "2025-02-30" } }]) {
      const r = evaluerRegles(registreContrat, entree, { dateEvaluation: "2025-08-25", mode: "explication" });
      expect(r.synthese.complet).toBe(false);
      expect(r.constats.some((c) => c.details.erreur !== undefined)).toBe(false);
      expect(r.explications?.find((e) => e.regle === "contrat.duree.minimum")?.statut).toBe("indetermine");
    }
  });

  it("complétude par bloc", () => {
    const contrat = contratConforme() as Record<string, any>;
    delete contrat.employeur.siret;
    delete contrat.employeur.naf;
    const r = evaluerRegles(registreContrat, contrat, { dateEvaluation: "2025-08-25" });
    const c = completude(contrat, r.constats);
    const employeur = c.blocs.find((b) => b.bloc === "employeur");
    expect(employeur).toMatchObject({ champs: 13, invalides: 2, pourcentage: 84, chemins: ["employeur.siret", "employeur.naf"] });
    expect(c.blocs.find((b) => b.bloc === "apprenti")?.pourcentage).toBe(100);
    expect(c.complet).toBe(false);
  });
});
