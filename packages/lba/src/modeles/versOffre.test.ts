import { schemaOffre } from "@communs-opco/schemas";
import { describe, expect, it } from "vitest";
import { schemaOffreLba } from "./schemaOffreLba";
import { versOffre } from "./versOffre";

const lue = schemaOffreLba.parse({
  identifier: { id: "6650f3a1c2b4a80000000001", partner_label: "offres_emploi_lba", partner_job_id: null },
  workplace: {
    siret: "80123456700015",
    brand: null,
    legal_name: "BOULANGERIE DU MARCHE",
    website: null,
    name: "Boulangerie du marché",
    description: null,
    size: "0-9",
    location: { address: "12 rue du Marché 75011 Paris", geopoint: { type: "Point", coordinates: [2.3795, 48.8576] } },
    domain: { idcc: 843, opco: "Opco entreprises de proximité", naf: { code: "10.71C", label: "Boulangerie et boulangerie-pâtisserie" } },
  },
  apply: { url: "https://labonnealternance.apprentissage.beta.gouv.fr/emploi/1", phone: null, recipient_id: null },
  contract: { start: "2026-08-31T22:00:00.000Z", duration: 24, type: ["Apprentissage"], remote: "onsite" },
  offer: {
    title: "Apprenti(e) boulanger(ère)",
    description: "Fabrication du pain et des viennoiseries au fournil.",
    rome_codes: ["D1102"],
    opening_count: 1,
    publication: { creation: "2026-07-15T08:00:00.000Z", expiration: "2026-09-14T22:00:00.000Z" },
    target_diploma: { european: "3", label: "CAP, BEP (Infrabac)" },
    status: "Filled",
  },
});

describe("versOffre", () => {
  it("produit une offre du format standard, valide pour schemaOffre", () => {
    const offre = versOffre(lue);
    expect(schemaOffre.parse(offre)).toEqual(offre);
    expect(offre.statut).toBe("pourvue");
    expect(offre.contrat).toEqual({ dateDebut: "2026-09-01", dureeMois: 24, types: ["apprentissage"], teletravail: "sur_site" });
    expect(offre.lieuTravail).toMatchObject({ siret: "80123456700015", idcc: "0843", opco: "opco-ep", naf: { code: "10.71C" } });
    expect(offre.diplomeVise).toEqual({ niveauEuropeen: "3", libelle: "CAP, BEP (Infrabac)" });
  });

  it("omet un OPCO « inconnu » et un IDCC absent", () => {
    const offre = versOffre({ ...lue, workplace: { ...lue.workplace, domain: { idcc: null, opco: "inconnu", naf: null } } });
    expect(offre.lieuTravail?.opco).toBeUndefined();
    expect(offre.lieuTravail?.idcc).toBeUndefined();
    expect(schemaOffre.safeParse(offre).success).toBe(true);
  });
});
