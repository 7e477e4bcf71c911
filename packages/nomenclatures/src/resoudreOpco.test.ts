import { describe, expect, it } from "vitest";
import {
  exigerOpco,
  normaliserNomOpco,
  OpcoInconnuErreur,
  opcoParSlug,
  reduireNomOpco,
  resoudreOpco,
  slugsOpco,
  tableOpcos,
  valeurOpcoSpeciale,
  type SlugOpco,
  type SystemeAliasOpco,
} from "./index";

// lba.md §1 : une ligne par OPCO, une colonne par système (valeurs exactes de la spécification).
const aliasSpecification: Record<SlugOpco, Partial<Record<SystemeAliasOpco, string>>> = {
  afdas: { lba_cle: "AFDAS", lba_libelle: "AFDAS", france_competences: "AFDAS", tdb: "afdas", cfadock: "AFDAS" },
  akto: {
    lba_cle: "AKTO",
    lba_libelle: "AKTO / Opco entreprises et salariés des services à forte intensité de main d'oeuvre",
    france_competences: "AKTO",
    tdb: "akto",
    cfadock: "OPCO entreprises et salariés des services à forte intensité de main-d'œuvre",
  },
  atlas: { lba_cle: "ATLAS", lba_libelle: "ATLAS", france_competences: "ATLAS", tdb: "atlas", cfadock: "ATLAS" },
  constructys: { lba_cle: "CONSTRUCTYS", lba_libelle: "Constructys", france_competences: "CONSTRUCTYS", tdb: "constructys", cfadock: "OPCO Construction" },
  ocapiat: { lba_cle: "OCAPIAT", lba_libelle: "OCAPIAT", france_competences: "OCAPIAT", tdb: "ocapiat", cfadock: "OCAPIAT" },
  opco2i: { lba_cle: "OPCO2I", lba_libelle: "OPCO 2i", lba_affichage: "Opco 2i", france_competences: "OPCO2I", tdb: "2i", cfadock: "OPCO 2i" },
  opcommerce: { lba_cle: "OPCOMMERCE", lba_libelle: "L'Opcommerce", france_competences: "L'OPCOMMERCE", tdb: "opcommerce", cfadock: "OPCO Commerce" },
  "opco-ep": { lba_cle: "EP", lba_libelle: "Opco entreprises de proximité", lba_affichage: "Opco EP", france_competences: "OPCO EP", tdb: "ep", cfadock: "OPCO entreprises de proximité" },
  "opco-mobilites": { lba_cle: "MOBILITE", lba_libelle: "Opco Mobilités", france_competences: "OPCO MOBILITES", tdb: "mobilites", cfadock: "OPCO Mobilités" },
  "opco-sante": { lba_cle: "SANTE", lba_libelle: "Opco Santé", france_competences: "OPCO SANTE", tdb: "sante", cfadock: "OPCO Santé" },
  uniformation: {
    lba_cle: "UNIFORMATION",
    lba_libelle: "Uniformation, l'Opco de la Cohésion sociale",
    lba_affichage: "Uniformation",
    france_competences: "UNIFORMATION COHESION SOCIALE",
    tdb: "uniformation",
    cfadock: "OPCO Cohésion sociale",
  },
};

describe("tableOpcos", () => {
  it("contient exactement les 11 OPCO", () => {
    expect(tableOpcos.entrees.map((o) => o.slug)).toEqual(slugsOpco);
    for (const slug of slugsOpco) expect(opcoParSlug(slug).slug).toBe(slug);
  });

  it("chaque OPCO a un alias pour chaque système principal", () => {
    const systemes: SystemeAliasOpco[] = ["canonique", "lba_cle", "lba_libelle", "lba_affichage", "france_competences", "tdb", "cfadock", "contrat_idcc"];
    for (const o of tableOpcos.entrees) {
      for (const s of systemes) expect(o.alias.some((a) => a.systeme === s), `${o.slug} ${s}`).toBe(true);
    }
  });

  it("reprend à la lettre les alias de lba.md §1", () => {
    for (const slug of slugsOpco) {
      const o = opcoParSlug(slug);
      for (const [systeme, valeur] of Object.entries(aliasSpecification[slug])) {
        expect(o.alias.some((a) => a.systeme === systeme && a.valeur === valeur), `${slug} ${systeme} ${valeur}`).toBe(true);
      }
    }
  });

  it("fichiers RNCP du Tableau de bord : 8 OPCO en ont un, Constructys, L'Opcommerce et OPCO Santé non", () => {
    const fichiers = Object.fromEntries(tableOpcos.entrees.map((o) => [o.slug, o.fichierRncpTdb]));
    expect(fichiers).toEqual({
      afdas: "afdas.csv",
      akto: "akto.csv",
      atlas: "atlas.csv",
      constructys: null,
      ocapiat: "ocapiat.csv",
      opco2i: "2i.csv",
      opcommerce: null,
      "opco-ep": "ep.csv",
      "opco-mobilites": "mobilite.csv",
      "opco-sante": null,
      uniformation: "uniformation.csv",
    });
  });

  it("aucune forme normalisée ou réduite d'alias n'est partagée par deux OPCO", () => {
    for (const forme of [normaliserNomOpco, reduireNomOpco]) {
      const proprietaire = new Map<string, string>();
      for (const o of tableOpcos.entrees) {
        for (const nom of [o.slug, o.nomOfficiel, o.designation, ...o.alias.map((a) => a.valeur)]) {
          const cle = forme(nom);
          const deja = proprietaire.get(cle);
          expect(deja === undefined || deja === o.slug, `${cle} : ${deja} et ${o.slug}`).toBe(true);
          proprietaire.set(cle, o.slug);
        }
      }
    }
  });
});

describe("resoudreOpco", () => {
  it("résout chaque alias de chaque système vers son OPCO", () => {
    for (const o of tableOpcos.entrees) {
      for (const a of o.alias) expect(resoudreOpco(a.valeur)?.slug, `${a.systeme} « ${a.valeur} »`).toBe(o.slug);
      expect(resoudreOpco(o.slug)?.slug).toBe(o.slug);
      expect(resoudreOpco(o.nomOfficiel)?.slug).toBe(o.slug);
    }
  });

  it("ignore la casse, les accents, les ligatures, les apostrophes et la ponctuation", () => {
    expect(resoudreOpco("opco mobilites")?.slug).toBe("opco-mobilites");
    expect(resoudreOpco("OPCO SANTÉ")?.slug).toBe("opco-sante");
    expect(resoudreOpco("l’opcommerce")?.slug).toBe("opcommerce");
    expect(resoudreOpco("  Uniformation ,  l'OPCO de la cohésion sociale ")?.slug).toBe("uniformation");
    expect(resoudreOpco("OPCO entreprises et salaries des services a forte intensite de main d oeuvre")?.slug).toBe("akto");
    expect(resoudreOpco("opco_2i")?.slug).toBe("opco2i");
    expect(resoudreOpco("OPCO-EP")?.slug).toBe("opco-ep");
  });

  it("ignore à défaut les mots « OPCO », « L' », « de la »", () => {
    expect(resoudreOpco("Opco Uniformation")?.slug).toBe("uniformation");
    expect(resoudreOpco("OPCO OCAPIAT")?.slug).toBe("ocapiat");
    expect(resoudreOpco("Opco de la construction")?.slug).toBe("constructys");
    expect(resoudreOpco("OPCO du commerce")?.slug).toBe("opcommerce");
  });

  it("ne devine pas : un nom inconnu ou une valeur spéciale ne résout rien", () => {
    expect(resoudreOpco("OPCO Inconnu de Bretagne")).toBeUndefined();
    expect(resoudreOpco("")).toBeUndefined();
    expect(resoudreOpco("OPCO")).toBeUndefined();
    expect(resoudreOpco("ATLA")).toBeUndefined();
    expect(resoudreOpco("N/C")).toBeUndefined();
    expect(resoudreOpco("MULTIPLE_OPCO")).toBeUndefined();
  });
});

describe("valeurOpcoSpeciale", () => {
  it("reconnaît les valeurs « inconnu » et « multiple » des systèmes", () => {
    expect(valeurOpcoSpeciale("inconnu")).toBe("inconnu");
    expect(valeurOpcoSpeciale("UNKNOWN_OPCO")).toBe("inconnu");
    expect(valeurOpcoSpeciale("Je ne sais pas")).toBe("inconnu");
    expect(valeurOpcoSpeciale("N/C")).toBe("inconnu");
    expect(valeurOpcoSpeciale("OPCO multiple")).toBe("multiple");
    expect(valeurOpcoSpeciale("MULTIPLE_OPCO")).toBe("multiple");
    expect(valeurOpcoSpeciale("AKTO")).toBeUndefined();
  });
});

describe("exigerOpco", () => {
  it("renvoie l'OPCO d'un alias connu", () => {
    expect(exigerOpco("OPCO MOBILITES").slug).toBe("opco-mobilites");
  });

  it("lève OpcoInconnuErreur sur un nom inconnu ou une valeur spéciale", () => {
    expect(() => exigerOpco("OPCO de Bretagne")).toThrow(new OpcoInconnuErreur("OPCO de Bretagne", undefined));
    try {
      exigerOpco("OPCO multiple");
      expect.unreachable();
    } catch (erreur) {
      expect(erreur).toBeInstanceOf(OpcoInconnuErreur);
      expect((erreur as OpcoInconnuErreur).valeurSpeciale).toBe("multiple");
      expect((erreur as OpcoInconnuErreur).message).toBe("OPCO inconnu : « OPCO multiple » (valeur signifiant « plusieurs OPCO »)");
    }
  });
});
