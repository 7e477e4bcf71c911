import { describe, expect, it } from "vitest";
import { conventionNomenclature, SOURCE_CONVENTIONS_NOMENCLATURES } from "./conventionNomenclature";
import { chargerInstantaneEmbarque } from "./instantane/chargerInstantaneEmbarque";
import { instantaneVide } from "./instantane/instantaneVide";
import { ReferentielHorsLigne } from "./ReferentielHorsLigne";

describe("conventionNomenclature (table des 787 conventions)", () => {
  it("en vigueur, plus en vigueur, sans état Légifrance, inconnu", () => {
    expect(conventionNomenclature("0086")).toMatchObject({ statut: "trouve", valeur: { idcc: "0086", etat: "VIGUEUR_ETEN", enVigueur: true }, source: { date: "2024-11-13" } });
    expect(conventionNomenclature("0054")).toMatchObject({ statut: "trouve", valeur: { etat: "ABROGE", enVigueur: false } });
    // la source tient ces conventions pour « en vigueur » faute d'information : la loi demande un état KALI
    expect(conventionNomenclature("0214")).toMatchObject({ statut: "indetermine", raison: expect.stringContaining("sans état juridique Légifrance") });
    expect(conventionNomenclature("0001")).toMatchObject({ statut: "absent", raison: expect.stringContaining("787") });
  });
});

describe("ReferentielHorsLigne.convention : KALI, puis DARES, puis la table complète", () => {
  it("IDCC 0086 absent des extraits KALI et DARES de l'instantané embarqué : trouvé dans la table, source nommée et datée", async () => {
    const r = new ReferentielHorsLigne(await chargerInstantaneEmbarque());
    expect(await r.convention("86")).toEqual({
      statut: "trouve",
      source: SOURCE_CONVENTIONS_NOMENCLATURES,
      valeur: { idcc: "0086", titre: "Convention collective nationale des entreprises de publicité et assimilées", etat: "VIGUEUR_ETEN", enVigueur: true, debut: null, fin: null },
    });
    expect(await r.convention("3248")).toMatchObject({ statut: "trouve", source: { nom: "KALI (Légifrance)" } });
    const inconnu = await r.convention("0001");
    expect(inconnu).toMatchObject({ statut: "absent", raison: expect.stringContaining("absent de toutes les sources (extrait « KALI (Légifrance) » ; extrait « Liste des IDCC (DARES) » ; table complète des conventions collectives)") });
  });

  it("sans KALI ni DARES dans l'instantané, la table reste consultée (plus d'« indisponible »)", async () => {
    const vide = new ReferentielHorsLigne(instantaneVide("2026-11-26T00:00:00.000Z"));
    expect((await vide.convention("0478")).statut).toBe("trouve");
    expect((await vide.convention("0214")).statut).toBe("indetermine");
    // même repli pour l'OPCO d'un IDCC quand la table IDCC → OPCO n'a pas été importée
    expect(await vide.opcoDeIdcc("478")).toMatchObject({ statut: "trouve", valeur: { opco: "OPCO ATLAS", idcc: "0478" }, source: { nom: "Table IDCC → OPCO (@communs-opco/nomenclatures)", date: "2024-11-13" } });
    expect((await vide.opcoDeIdcc("0001")).statut).toBe("absent");
  });
});
