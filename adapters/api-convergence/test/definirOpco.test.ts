import { describe, expect, it } from "vitest";
import {
  FORMES_DATE_DOCUMENTEES,
  TOLERANCES_API_CONVERGENCE, authentificationOpco, capaciteDisponible, capaciteSelonMatrice, capacitesSelonMatrice, definirOpcoApiConvergence, profilAuthentificationScopeApi } from "../src/index.js";

const BASE = { baseUrl: "https://api.example/ApiEchangeCFA", cleApi: "cle-tres-secrete", editeur: "E", logiciel: "L", version: "1" };

describe("fabrique des paquets d'OPCO", () => {
  it("complète la définition avec identité, alias, périmètre IDCC et adaptateur", () => {
    const atlas = definirOpcoApiConvergence({
      slug: "atlas",
      listeRncp: null,
      capacites: [capaciteSelonMatrice("contrats_v1", "production"), capaciteSelonMatrice("certificats", "absent")],
      authentification: { saveur: "scope_api", scope: "api.read api.write", confiance: "F", source: "test" },
      comportement: {},
      tolerances: ["page_en_liste"],
      formesDate: FORMES_DATE_DOCUMENTEES,
    });
    expect(atlas.opco.slug).toBe("atlas");
    expect(atlas.alias.some((a) => a.systeme === "tdb" && a.valeur === "atlas")).toBe(true);
    expect(atlas.perimetreIdcc).toContain("1486");
    expect(atlas.adaptateur.metadonnees.nom).toBe("api-convergence:atlas");
    expect(atlas.comportement.capacites).toHaveLength(2);
    expect(() => atlas.creerClient({ ...BASE, urlJeton: "https://auth.example/token", clientId: "c", clientSecret: "s" })).not.toThrow();
  });

  it("sans comportement : aucun point d'extension hors la matrice ; profil d'authentification commun de la norme", () => {
    const capacites = [capaciteSelonMatrice("contrats_v1", "production")];
    const opco = definirOpcoApiConvergence({ slug: "ocapiat", listeRncp: null, capacites, authentification: profilAuthentificationScopeApi, tolerances: TOLERANCES_API_CONVERGENCE, formesDate: FORMES_DATE_DOCUMENTEES });
    expect(opco.comportement).toEqual({ capacites, tolerances: TOLERANCES_API_CONVERGENCE });
    expect(opco.authentification).toEqual({ saveur: "scope_api", scope: "api.read api.write", confiance: "F", source: "opco-echanges.md §1.4 et §2.2" });
  });

  it("écrit une matrice complète en une fois : ordre d'écriture, disponibilité selon l'état, compléments ligne par ligne", () => {
    const capacites = capacitesSelonMatrice(
      { contrats_v1: "production", contrats_v2: "recette", factures: "production", etats_factures: "developpement", conventions: "absent", certificats: "production" },
      { etats_factures: { prevu: "2026-T2" }, certificats: { depuis: "2025-10-20", confiance: "F" } },
    );
    expect(capacites.map((c) => [c.capacite, c.disponible])).toEqual([
      ["contrats_v1", true],
      ["contrats_v2", false],
      ["factures", true],
      ["etats_factures", false],
      ["conventions", false],
      ["certificats", true],
    ]);
    expect(capacites[0]).toEqual(capaciteSelonMatrice("contrats_v1", "production"));
    expect(capacites[3]).toEqual(capaciteSelonMatrice("etats_factures", "developpement", { prevu: "2026-T2" }));
    expect(capacites[5]).toMatchObject({ depuis: "2025-10-20", confiance: "F", constateLe: "2026-07-28" });
  });

  it("lit la matrice à une date : « depuis » postérieur = pas encore disponible, absente = indéterminé", () => {
    const capacites = [capaciteSelonMatrice("certificats", "production", { depuis: "2025-10-20" })];
    expect(capaciteDisponible(capacites, "certificats", "2025-09-01")).toBe(false);
    expect(capaciteDisponible(capacites, "certificats", "2025-10-20")).toBe(true);
    expect(capaciteDisponible(capacites, "certificats")).toBe(true);
    expect(capaciteDisponible(capacites, "conventions")).toBeUndefined();
  });

  it("construit l'authentification de chaque saveur et signale les identifiants manquants sans citer de secret", () => {
    expect(authentificationOpco({ saveur: "oidc_sans_scope", confiance: "F", source: "t" }, { ...BASE, urlJeton: "https://a/t", clientId: "c", clientSecret: "s", scope: "ignoré" })).toEqual({
      type: "oauth2",
      urlJeton: "https://a/t",
      clientId: "c",
      clientSecret: "s",
    });
    expect(authentificationOpco({ saveur: "scope_api", scope: "api.read api.write", confiance: "F", source: "t" }, { ...BASE, urlJeton: "https://a/t", clientId: "c", clientSecret: "s" })).toMatchObject({
      scope: "api.read api.write",
    });
    let message = "";
    try {
      authentificationOpco({ saveur: "dpop", confiance: "F", source: "t" }, { ...BASE, clientSecret: "secret-a-ne-pas-citer" });
    } catch (e) {
      message = (e as Error).message;
    }
    for (const champ of ["urlJeton", "clientId", "clePrivee"]) expect(message).toContain(champ);
    expect(message).not.toContain("secret-a-ne-pas-citer");
    expect(message).not.toContain("cle-tres-secrete");
  });
});
