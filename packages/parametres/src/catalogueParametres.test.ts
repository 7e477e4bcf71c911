import { describe, expect, it } from "vitest";
import { catalogueParametres } from "./catalogueParametres";
import { parametreParId } from "./parametreParId";
import { valeurParametre } from "./valeurParametre";

const DATE_ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Veille d'une date `AAAA-MM-JJ`, calculée en UTC. */
function veille(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function estDateValide(date: string): boolean {
  return DATE_ISO.test(date) && new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date;
}

describe("catalogueParametres : complétude", () => {
  it("a des identifiants uniques en notation pointée", () => {
    const ids = catalogueParametres.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9_]+(\.[a-z0-9_]+)+$/);
  });

  it.each(catalogueParametres.map((p) => [p.id, p] as const))("%s : titre, description, unité et au moins une valeur", (_id, p) => {
    expect(p.titre.trim()).not.toBe("");
    expect(p.description.trim()).not.toBe("");
    expect(p.unite.trim()).not.toBe("");
    expect(p.valeurs.length).toBeGreaterThan(0);
  });

  it.each(catalogueParametres.map((p) => [p.id, p] as const))(
    "%s : chaque valeur a une référence (titre + identifiant ou url), verifiedOn et statut",
    (_id, p) => {
      for (const v of p.valeurs) {
        expect(v.references.length, `${p.id} ${v.dateEffet} sans référence`).toBeGreaterThan(0);
        for (const r of v.references) {
          expect(r.titre.trim(), `${p.id} ${v.dateEffet}`).not.toBe("");
          const identifiant = r.identifiant?.trim() ?? "";
          const url = r.url?.trim() ?? "";
          expect(identifiant !== "" || url !== "", `${p.id} ${v.dateEffet} : ni identifiant ni url`).toBe(true);
          if (identifiant !== "") expect(identifiant).toMatch(/^(LEGIARTI|LEGITEXT|JORFTEXT|JORFARTI|KALITEXT|KALIARTI)\d{12}$/);
          if (url !== "") expect(url).toMatch(/^https:\/\//);
        }
        expect(estDateValide(v.verifiedOn), `${p.id} ${v.dateEffet} verifiedOn`).toBe(true);
        expect(["verifie", "a_verifier"]).toContain(v.statut);
        if (v.publieAuJO !== undefined) expect(estDateValide(v.publieAuJO)).toBe(true);
        if (v.statut === "a_verifier") expect((v.aVerifier ?? v.notes ?? "").trim(), `${p.id} ${v.dateEffet} : quoi vérifier ?`).not.toBe("");
      }
    },
  );

  it.each(catalogueParametres.map((p) => [p.id, p] as const))("%s : dates d'effet valides, strictement croissantes, sans doublon", (_id, p) => {
    const dates = p.valeurs.map((v) => v.dateEffet);
    for (const d of dates) expect(estDateValide(d), d).toBe(true);
    for (let i = 1; i < dates.length; i++) expect(dates[i - 1]! < dates[i]!, `${dates[i - 1]} puis ${dates[i]}`).toBe(true);
  });

  it("parametreParId retrouve chaque paramètre et rien d'autre", () => {
    for (const p of catalogueParametres) expect(parametreParId(p.id)).toBe(p);
    expect(parametreParId("smic.horaire")).toBeUndefined();
  });
});

describe("valeurParametre : bornes de chaque changement, générées depuis les données", () => {
  const cas = catalogueParametres.flatMap((p) =>
    p.valeurs.map((v, i) => ({ parametre: p, index: i, dateEffet: v.dateEffet, libelle: `${p.id} @ ${v.dateEffet}` })),
  );

  it.each(cas.map((c) => [c.libelle, c] as const))("%s : la veille donne la valeur précédente, le jour même la nouvelle", (_l, c) => {
    const { parametre, index, dateEffet } = c;
    const jour = valeurParametre(parametre, dateEffet);
    expect(jour?.dateEffet).toBe(dateEffet);
    expect(jour?.valeur).toEqual(parametre.valeurs[index]!.valeur);
    expect(jour?.id).toBe(parametre.id);
    expect(jour?.unite).toBe(parametre.unite);
    expect(jour?.references).toBe(parametre.valeurs[index]!.references);
    const avant = valeurParametre(parametre, veille(dateEffet));
    if (index === 0) {
      expect(avant).toBeUndefined();
    } else {
      expect(avant?.dateEffet).toBe(parametre.valeurs[index - 1]!.dateEffet);
      expect(avant?.valeur).toEqual(parametre.valeurs[index - 1]!.valeur);
    }
  });

  it.each(catalogueParametres.map((p) => [p.id, p] as const))("%s : date mal formée → undefined, date lointaine → dernière valeur", (_id, p) => {
    for (const mauvaise of ["", "2024-1-01", "01/01/2024", "2024-01-01T00:00:00Z", "demain"]) {
      expect(valeurParametre(p, mauvaise)).toBeUndefined();
    }
    expect(valeurParametre(p, "9999-12-31")?.dateEffet).toBe(p.valeurs.at(-1)!.dateEffet);
  });
});
