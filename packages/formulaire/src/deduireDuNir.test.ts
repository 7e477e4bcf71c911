import { describe, expect, it } from "vitest";
import { brouillonVide } from "./Brouillon";
import { completudeBrouillon } from "./completudeBrouillon";
import { deduireDuNir } from "./deduireDuNir";
import { saisir } from "./saisir";

describe("deduireDuNir (R-NIR-FILL)", () => {
  it("remplit le sexe et une date de naissance approchée depuis un NIR valide", () => {
    const { brouillon } = saisir(brouillonVide, { "apprenti.nir": "207036912345695" }, "2026-11-26");
    const r = deduireDuNir(brouillon, "2026-11-26");
    expect(r.brouillon.champs["apprenti.sexe"]).toEqual({ valeur: "F", provenance: "deduction:R-NIR-FILL", date: "2026-11-26" });
    expect(r.brouillon.champs["apprenti.dateNaissance"]).toEqual({ valeur: "2007-03-01", provenance: "deduction:R-NIR-FILL", date: "2026-11-26", approximative: true });
    expect(r.appliques).toEqual(["apprenti.sexe", "apprenti.dateNaissance"]);
    expect(completudeBrouillon(r.brouillon).blocs.find((b) => b.bloc === "apprenti")?.provenances).toEqual({ saisie: 1, profil: 0, referentiel: 0, deduction: 2 });
  });

  it("ne remplace pas une date saisie ; un NIR invalide ne change rien", () => {
    const { brouillon } = saisir(brouillonVide, { "apprenti.nir": "207036912345695", "apprenti.dateNaissance": "2007-03-14" }, "2026-11-26");
    const r = deduireDuNir(brouillon, "2026-11-26");
    expect(r.brouillon.champs["apprenti.dateNaissance"]?.provenance).toBe("saisie");
    expect(r.appliques).toEqual(["apprenti.sexe"]);
    const invalide = saisir(brouillonVide, { "apprenti.nir": "207036912345696" }, "2026-11-26").brouillon;
    expect(deduireDuNir(invalide, "2026-11-26").brouillon).toBe(invalide);
  });
});
