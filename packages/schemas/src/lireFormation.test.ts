import { describe, expect, it } from "vitest";
import { schemaFormation } from "./formation.js";
import { lireFormation } from "./lireFormation.js";

describe("lireFormation", () => {
  it("normalise une formation du catalogue (noms du catalogue, RNCPNR, statut accentué)", () => {
    const resultat = lireFormation({
      cle_ministere_educatif: "087965P01213885594860007038855948600070-67180#L01",
      statutCatalogue: "publié",
      rncp_code: "RNCPNR",
      cfd: "50022137",
      intitule_long: "BOULANGER (CAP)",
      niveauEuropeen: 3,
      responsable: { siret: "19690049200014", uai: "0693446w", qualiopi: "true" },
      lieu: { adresse: { code_postal: "69003", localite: "Lyon", geopoint: { type: "Point", coordinates: [4.85, 45.75] } } },
      sessions: [{ debut: "2025-09-08T00:00:00.000Z", fin: "2027-06-30T00:00:00.000Z", capacite: "24" }],
      entierement_a_distance: false,
    });
    expect(resultat.ok).toBe(true);
    if (!resultat.ok) return;
    expect(resultat.valeur).toEqual({
      cleMinistereEducatif: "087965P01213885594860007038855948600070-67180#L01",
      statutCatalogue: "publie",
      cfd: "50022137",
      intitule: "BOULANGER (CAP)",
      niveauEuropeen: "3",
      responsable: { siret: "19690049200014", uai: "0693446W", qualiopi: true },
      lieu: { adresse: { codePostal: "69003", commune: "Lyon", geolocalisation: { type: "Point", coordinates: [4.85, 45.75] } } },
      sessions: [{ debut: "2025-09-08", fin: "2027-06-30", capacite: 24 }],
      entierementADistance: false,
    });
    expect(schemaFormation.parse(resultat.valeur)).toEqual(resultat.valeur);
  });
});
