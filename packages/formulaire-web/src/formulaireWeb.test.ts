import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { controlerContrat, entreeRemuneration } from "./controlesNavigateur";
import { estProfilRecurrent } from "./estProfilRecurrent";
import { libelleProvenance } from "./libelleProvenance";
import { cheminRessources } from "./ressources";

describe("formulaire-web (Node)", () => {
  it("cheminRessources : dossier dist/ du paquet", () => {
    expect(basename(cheminRessources())).toBe("dist");
    expect(existsSync(cheminRessources().replace(/dist$/, "package.json"))).toBe(true);
  });

  it("page de démonstration servie à /formulaire/ : index.html construit, et chaque script qu'elle charge existe", () => {
    const page = readFileSync(join(cheminRessources(), "index.html"), "utf8");
    const sources = [...page.matchAll(/<(?:script[^>]*src|link[^>]*href)="([^"]+)"/g)].map((m) => m[1] ?? "").filter((s) => !s.startsWith("data:"));
    expect(sources).toEqual(["page.css", "cerfa-apprentissage.js", "offres-alternance.js"]);
    for (const source of sources) expect(existsSync(join(cheminRessources(), source))).toBe(true);
    // Aucune adresse externe ni script en ligne (la page est servie sous une politique de contenu stricte).
    expect(page).not.toMatch(/https?:\/\//);
    expect(page).not.toMatch(/<script(?![^>]*src=)[^>]*>/);
  });

  it("estProfilRecurrent : un fichier importé hostile ne passe pas", () => {
    expect(estProfilRecurrent({ nom: "ACME", type: "employeur", miseAJour: null, champs: { siret: "80123456700015" } })).toBe(true);
    expect(estProfilRecurrent({ nom: "ACME", type: "apprenti", miseAJour: null, champs: {} })).toBe(false);
    expect(estProfilRecurrent({ nom: "ACME", type: "cfa", miseAJour: null, champs: { "__proto__.x": 1 } })).toBe(false);
    expect(estProfilRecurrent({ nom: "ACME", type: "cfa", miseAJour: null, champs: { adresse: { voie: "x" } } })).toBe(false);
    expect(estProfilRecurrent({ nom: "", type: "cfa", miseAJour: null, champs: {} })).toBe(false);
    expect(estProfilRecurrent(null)).toBe(false);
  });

  it("libelleProvenance : provenances en clair", () => {
    expect(libelleProvenance("saisie", "2026-11-26")).toBe("Source : saisie");
    expect(libelleProvenance("profil:ACME", "2026-01-15")).toBe("Source : profil « ACME » (mis à jour le 15/01/2026)");
    expect(libelleProvenance("referentiel:Kit apprentissage", "2025-01-31")).toBe("Source : référentiel Kit apprentissage (données du 31/01/2025)");
    expect(libelleProvenance("deduction:R-NIR-FILL", null)).toBe("Source : déduit automatiquement (R-NIR-FILL)");
  });

  it("entreeRemuneration : attend les trois dates, déduit le département du code postal", () => {
    expect(entreeRemuneration({ apprenti: { dateNaissance: "2007-03-14" } })).toBeUndefined();
    expect(entreeRemuneration({ apprenti: { dateNaissance: "2007-03-14" }, contrat: { dateDebutContrat: "2024-09-02", dateFinContrat: "2026-02-30" } })).toBeUndefined();
    expect(
      entreeRemuneration({ apprenti: { dateNaissance: "2007-03-14" }, contrat: { dateDebutContrat: "2024-09-02", dateFinContrat: "2026-08-31", dateSignature: "2024-08-26" }, employeur: { adresse: { codePostal: "97600" } } }),
    ).toEqual({ dateNaissance: "2007-03-14", dateDebutContrat: "2024-09-02", dateFinContrat: "2026-08-31", dateConclusion: "2024-08-26", departement: "976" });
    expect(entreeRemuneration({ apprenti: { dateNaissance: "2007-03-14" }, contrat: { dateDebutContrat: "2024-09-02", dateFinContrat: "2026-08-31" }, employeur: { adresse: { codePostal: "20167" } } })?.departement).toBe("2A");
  });

  it("controlerContrat : constats de saisie et lignes de rémunération minimale", () => {
    const contrat = { apprenti: { dateNaissance: "2007-03-14" }, contrat: { dateDebutContrat: "2024-09-02", dateFinContrat: "2026-08-31", dateSignature: "2024-08-26" }, employeur: { siret: "80123456700016" } };
    const c = controlerContrat(contrat, "2024-08-26");
    expect(c.resultat.constats.some((k) => k.regle === "identifiants.siret.format" && k.chemins.includes("employeur.siret"))).toBe(true);
    expect(c.remuneration?.statut).toBe("calculee");
    if (c.remuneration?.statut === "calculee") expect(c.remuneration.periodes.map((p) => p.tauxMinimal)).toEqual([27, 43, 51]);
  });
});
