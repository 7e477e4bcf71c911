import { describe, expect, it } from "vitest";
import organismesReferentiel from "../../test-support/donnees/referentiel-organismes/referentiel.fixture.json";
import { lireOrganisme } from "./lireOrganisme.js";
import { schemaOrganisme } from "./organisme.js";

describe("lireOrganisme sur le Référentiel national des organismes (fichier réel, 808 organismes)", () => {
  const resultats = (organismesReferentiel as unknown[]).map((organisme) => lireOrganisme(organisme));

  it("lit chaque organisme sans erreur et sans perdre de champ", () => {
    const erreurs = resultats.flatMap((r, index) => (r.ok ? [] : [{ index, erreurs: r.erreurs }]));
    expect(erreurs).toEqual([]);
    expect(resultats).toHaveLength(808);
    for (const resultat of resultats) {
      if (!resultat.ok) continue;
      expect(schemaOrganisme.parse(resultat.valeur)).toEqual(resultat.valeur);
      for (const avertissement of resultat.avertissements) expect(avertissement.chemin).toMatch(/\.geojson$/u);
    }
  });

  it("normalise le premier organisme du fichier", () => {
    const premier = resultats[0];
    expect(premier?.ok).toBe(true);
    if (!premier?.ok) return;
    const organisme = premier.valeur;
    expect(organisme.siret).toBe("19672198900040");
    expect(organisme.nature).toBe("formateur");
    expect(organisme.etatAdministratif).toBe("actif");
    expect(organisme.qualiopi).toBe(false);
    expect(organisme.uaiPotentiels).toEqual(["0672066G", "0672375T"]);
    expect(organisme.relations).toEqual([
      { type: "formateur->responsable", siret: "18671553800044" },
      { type: "entreprise", siret: "19672198900016" },
    ]);
    expect(organisme.adresse).toEqual({
      label: "22 RUE LIXENBUHL 67400 ILLKIRCH-GRAFFENSTADEN",
      codePostal: "67400",
      codeInsee: "67218",
      commune: "Illkirch-Graffenstaden",
      departement: { code: "67", nom: "Bas-Rhin" },
      region: { code: "44", nom: "Grand Est" },
      academie: { code: "15", nom: "Strasbourg" },
      geolocalisation: { type: "Point", coordinates: [7.726986, 48.53012] },
    });
    expect(organisme.lieuxFormation?.[0]?.uaiFiable).toBe(false);
    expect(organisme.extensions?.["adresse.geojson"]).toEqual({ type: "Feature", properties: { score: 0.9643363636363635, source: "geo-adresse-api" } });
  });

  it("convertit « fermé » et compte les états administratifs du fichier", () => {
    const etats = resultats.map((r) => (r.ok ? r.valeur.etatAdministratif : "erreur"));
    expect(etats.filter((e) => e === "ferme")).toHaveLength(84);
    expect(etats.filter((e) => e === "actif")).toHaveLength(723);
    expect(etats.filter((e) => e === undefined)).toHaveLength(1);
  });
});
