import { lireEffectif } from "@communs-opco/schemas";
import { describe, expect, it } from "vitest";
import { calculerParcours } from "../statut/calculerParcours";
import { effectifDepuisStandard } from "./effectifDepuisStandard";
import { preparerEffectifs } from "./preparerEffectifs";

describe("effectif standard (@communs-opco/schemas) vers les indicateurs", () => {
  const brut = {
    anneeScolaire: "2024-2025",
    idErpApprenant: "erp-42",
    source: "ERP",
    apprenant: { nom: "Dupont", prenom: "Léa", dateNaissance: "2006-05-14" },
    formation: { rncp: "RNCP37714", dateEntree: "2024-09-01", dateFin: "2025-08-31" },
    organismeFormateur: { uai: "0751234A", siret: "12345678900011" },
    organismeResponsable: { siret: "98765432100019" },
    contrats: [{ dateDebut: "2024-10-01", dateFin: "2025-08-31", dateRupture: "2024-12-01", siretEmployeur: "42476141900045" }],
  };
  it("convertit et calcule le parcours", () => {
    const lecture = lireEffectif(brut);
    if (!lecture.ok) throw new Error(JSON.stringify(lecture.erreurs));
    const e = effectifDepuisStandard(lecture.valeur, { organisme: { departement: "75" }, niveau: "3" });
    expect(e.organisme).toEqual({ uai: "0751234A", siret: "12345678900011", siretResponsable: "98765432100019", departement: "75" });
    expect(e.contrats).toEqual([{ debut: "2024-10-01", fin: "2025-08-31", rupture: "2024-12-01", siret: "42476141900045" }]);
    expect(calculerParcours(e).parcours.map((p) => p.statut)).toEqual(["INSCRIT", "APPRENTI", "RUPTURANT", "ABANDON"]);
  });
  it("sans dates de formation : effectif illisible, signalé", () => {
    const lecture = lireEffectif({ ...brut, formation: { rncp: "RNCP37714" } });
    if (!lecture.ok) throw new Error(JSON.stringify(lecture.erreurs));
    const table = preparerEffectifs([effectifDepuisStandard(lecture.valeur)]);
    expect(table.illisibles[0]!.anomalies.map((a) => a.chemin)).toEqual(["formation.debut", "formation.fin"]);
  });
});
