import { describe, expect, it } from "vitest";
import { brouillonVide, type Brouillon } from "./Brouillon";
import { brouillonDepuisContrat } from "./brouillonDepuisContrat";
import { fusionnerChamps } from "./fusionnerChamps";
import { saisir } from "./saisir";
import { appliquerProfil } from "./appliquerProfil";
import { profilDepuisBrouillon } from "./profilDepuisBrouillon";
import type { ProfilRecurrent } from "./ProfilRecurrent";
import { versContrat } from "./versContrat";

const profilEmployeur: ProfilRecurrent = {
  nom: "boulangerie-du-parc",
  type: "employeur",
  miseAJour: "2026-01-15",
  champs: { siret: "80123456700015", denomination: "BOULANGERIE DU PARC", naf: "10.71C", codeIdcc: "0843", "adresse.codePostal": "69002" },
};

describe("fusion et provenance", () => {
  it("une saisie enregistre la valeur avec la provenance « saisie » et sa date, sans modifier l'entrée", () => {
    const r = saisir(brouillonVide, { "employeur.siret": "80123456700015" }, "2026-11-26");
    expect(r.brouillon.champs["employeur.siret"]).toEqual({ valeur: "80123456700015", provenance: "saisie", date: "2026-11-26" });
    expect(r.appliques).toEqual(["employeur.siret"]);
    expect(brouillonVide.champs).toEqual({});
  });

  it("un profil ne remplace jamais une saisie par défaut, et rapporte l'écart", () => {
    const { brouillon } = saisir(brouillonVide, { "employeur.naf": "10.71B", "employeur.denomination": "BOULANGERIE DU PARC" }, "2026-11-26");
    const r = appliquerProfil(brouillon, profilEmployeur);
    expect(r.brouillon.champs["employeur.naf"]).toEqual({ valeur: "10.71B", provenance: "saisie", date: "2026-11-26" });
    expect(r.brouillon.champs["employeur.siret"]).toEqual({ valeur: "80123456700015", provenance: "profil:boulangerie-du-parc", date: "2026-01-15" });
    expect(r.brouillon.champs["employeur.adresse.codePostal"]?.provenance).toBe("profil:boulangerie-du-parc");
    expect(r.conserves).toEqual([
      { chemin: "employeur.naf", existante: "10.71B", provenanceExistante: "saisie", proposee: "10.71C", provenanceProposee: "profil:boulangerie-du-parc" },
    ]);
    // même valeur : ni remplacée, ni signalée
    expect(r.appliques).not.toContain("employeur.denomination");
    expect(r.brouillon.champs["employeur.denomination"]?.provenance).toBe("saisie");
    expect(r.appliques.sort()).toEqual(["employeur.adresse.codePostal", "employeur.codeIdcc", "employeur.siret"]);
  });

  it("« automatiques » remplace une valeur de profil ou de référentiel mais pas une saisie ; « tout » remplace aussi la saisie", () => {
    let b: Brouillon = saisir(brouillonVide, { "employeur.naf": "10.71B" }, "2026-11-26").brouillon;
    b = appliquerProfil(b, profilEmployeur).brouillon;
    const auto = fusionnerChamps(
      b,
      [
        { chemin: "employeur.naf", valeur: "10.71D" },
        { chemin: "employeur.codeIdcc", valeur: "0843" },
        { chemin: "employeur.siret", valeur: "80123456700023" },
      ],
      { provenance: "referentiel:API Entreprise", date: "2026-11-20", ecraser: "automatiques" },
    );
    expect(auto.brouillon.champs["employeur.naf"]?.valeur).toBe("10.71B");
    expect(auto.brouillon.champs["employeur.siret"]).toEqual({ valeur: "80123456700023", provenance: "referentiel:API Entreprise", date: "2026-11-20" });
    expect(auto.brouillon.champs["employeur.codeIdcc"]?.provenance).toBe("referentiel:API Entreprise");
    expect(auto.conserves.map((c) => c.chemin)).toEqual(["employeur.naf"]);
    const tout = fusionnerChamps(b, [{ chemin: "employeur.naf", valeur: "10.71D" }], { provenance: "referentiel:API Entreprise", date: "2026-11-20", ecraser: "tout" });
    expect(tout.brouillon.champs["employeur.naf"]?.provenance).toBe("referentiel:API Entreprise");
  });

  it("les propositions vides sont ignorées, les chemins dangereux refusés et rapportés", () => {
    const r = fusionnerChamps(
      brouillonVide,
      [
        { chemin: "employeur.naf", valeur: null },
        { chemin: "employeur.__proto__.x", valeur: "1" },
        { chemin: "employeur..siret", valeur: "1" },
        { chemin: "apprenti.handicap", valeur: false },
      ],
      { provenance: "profil:x", date: null },
    );
    expect(Object.keys(r.brouillon.champs)).toEqual(["apprenti.handicap"]);
    expect(r.refuses.map((x) => x.chemin)).toEqual(["employeur.__proto__.x", "employeur..siret"]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("une saisie vide efface le champ", () => {
    const b = saisir(brouillonVide, { "employeur.naf": "10.71B" }, "2026-11-26").brouillon;
    const r = saisir(b, { "employeur.naf": "" }, "2026-11-27");
    expect(r.brouillon.champs["employeur.naf"]).toBeUndefined();
    expect(r.appliques).toEqual(["employeur.naf"]);
  });

  it("profil de maître au rang 2 et profil extrait d'un brouillon", () => {
    const maitre: ProfilRecurrent = { nom: "paul", type: "maitre", miseAJour: null, champs: { nom: "DUPONT", prenom: "Paul" } };
    const b = appliquerProfil(brouillonVide, maitre, { rangMaitre: 2 }).brouillon;
    expect(Object.keys(b.champs)).toEqual(["maitre2.nom", "maitre2.prenom"]);
    const extrait = profilDepuisBrouillon(b, "paul-bis", "maitre", "2026-11-26", 2);
    expect(extrait).toEqual({ nom: "paul-bis", type: "maitre", miseAJour: "2026-11-26", champs: { nom: "DUPONT", prenom: "Paul" } });
  });
});

describe("versContrat et brouillonDepuisContrat", () => {
  it("reconstruit les objets imbriqués ; un parent renseigné l'emporte sur un enfant", () => {
    const b = saisir(brouillonVide, { "employeur.adresse.codePostal": "69002", "employeur.siret": "80123456700015", "contrat.smic": 12, "contrat.smic.horaire": 11 }, "2026-11-26").brouillon;
    expect(versContrat(b)).toEqual({ employeur: { siret: "80123456700015", adresse: { codePostal: "69002" } }, contrat: { smic: 12 } });
  });

  it("aller-retour avec un contrat complet (listes comprises)", () => {
    const contrat = { employeur: { siret: "80123456700015", adresse: { commune: "Lyon" } }, contrat: { remunerationsAnnuelles: [{ taux: 27 }] }, apprenti: { nom: "" } };
    const b = brouillonDepuisContrat(contrat, "saisie", "2026-11-26");
    expect(Object.keys(b.champs).sort()).toEqual(["contrat.remunerationsAnnuelles", "employeur.adresse.commune", "employeur.siret"]);
    expect(versContrat(b)).toEqual({ employeur: { siret: "80123456700015", adresse: { commune: "Lyon" } }, contrat: { remunerationsAnnuelles: [{ taux: 27 }] } });
  });
});
