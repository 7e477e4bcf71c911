import { describe, expect, it } from "vitest";
import { decrireEnregistrement } from "./decrireEnregistrement";
import { masquerDonneesPersonnelles } from "./masquerDonneesPersonnelles";

describe("masquerDonneesPersonnelles", () => {
  it("masque NIR (13 ou 15 caractères, Corse), courriels et téléphones, mais pas un SIRET", () => {
    expect(masquerDonneesPersonnelles("NIR 207036912345695 et 1840275123456 ; 2 84 02 2A 123 456 78")).toBe(
      "NIR 2 07 ** ** *** *** ** et 1 84 ** ** *** *** ; 2 84 ** ** *** *** **",
    );
    expect(masquerDonneesPersonnelles("SIRET 80123456700015")).toBe("SIRET 80123456700015");
    expect(masquerDonneesPersonnelles("écrire à lea.martin@example.com (ou l.m@ex.fr)")).toBe("écrire à l***@example.com (ou l***@ex.fr)");
    expect(masquerDonneesPersonnelles("tél. +33612345678, 06 12 34 56 78 ou 01.43.55.66.77")).toBe("tél. +33 6 ** ** ** **, 06 ** ** ** ** ou 01 ** ** ** **");
    expect(masquerDonneesPersonnelles("Le contrat dure 24 mois (2025-09-01).")).toBe("Le contrat dure 24 mois (2025-09-01).");
  });
});

describe("decrireEnregistrement", () => {
  it("ne garde que les initiales et l'année de naissance de l'apprenti", () => {
    const contrat = {
      employeur: { siret: "80123456700015" },
      apprenti: { nom: "MARTIN", prenom: "Léa", dateNaissance: "2007-03-14", nir: "207036912345695", courriel: "lea.martin@example.fr" },
      formation: { intituleQualification: "CAP Boulanger" },
    };
    const texte = decrireEnregistrement(contrat);
    expect(texte).toBe("employeur 80123456700015 · apprenti(e) L. M. (né(e) en 2007) · CAP Boulanger");
    expect(decrireEnregistrement([1, 2])).toBe("valeur JSON qui n'est pas un objet");
    expect(decrireEnregistrement({})).toBe("enregistrement sans employeur ni apprenti identifiables");
  });
});
