import { describe, expect, it } from "vitest";
import { lireOffre } from "./lireOffre.js";
import { schemaOffre } from "./offre.js";

describe("lireOffre", () => {
  it("normalise une offre au format de stockage de La bonne alternance (jobs_partners)", () => {
    const resultat = lireOffre({
      identifiant: "6650f3a1c2b4a80012345678",
      offer_title: "Apprenti(e) boulanger(ère)",
      offer_rome_codes: ["d1102"],
      offer_status: "Filled",
      offer_opening_count: "1",
      offer_creation: "2025-05-12T09:20:00.000Z",
      offer_expiration: "2025-07-12 00:00:00",
      is_delegated: false,
      diplomeVise: { niveauEuropeen: 3, libelle: "CAP, BEP (Infrabac)" },
      contrat: { types: ["Apprentissage"], dureeMois: "24", teletravail: "onsite", dateDebut: "01/09/2025" },
      lieuTravail: { siret: "801 234 567 00015", idcc: 843, opco: "Opco entreprises de proximité", naf: { code: "10.71c" } },
    });
    expect(resultat).toEqual({
      ok: true,
      avertissements: [],
      valeur: {
        identifiant: "6650f3a1c2b4a80012345678",
        titre: "Apprenti(e) boulanger(ère)",
        codesRome: ["D1102"],
        statut: "pourvue",
        nombrePostes: 1,
        dateCreation: "2025-05-12T09:20:00.000Z",
        dateExpiration: "2025-07-11T22:00:00.000Z",
        estDeleguee: false,
        diplomeVise: { niveauEuropeen: "3", libelle: "CAP, BEP (Infrabac)" },
        contrat: { types: ["apprentissage"], dureeMois: 24, teletravail: "sur_site", dateDebut: "2025-09-01" },
        lieuTravail: { siret: "80123456700015", idcc: "0843", opco: "opco-ep", naf: { code: "10.71C" } },
      },
    });
    if (resultat.ok) expect(schemaOffre.parse(resultat.valeur)).toEqual(resultat.valeur);
  });

  it("range les champs LBA non standard dans extensions", () => {
    const resultat = lireOffre({ titre: "Vendeur", stats_detail_view: 12 });
    expect(resultat.ok && resultat.valeur.extensions).toEqual({ stats_detail_view: 12 });
  });
});
