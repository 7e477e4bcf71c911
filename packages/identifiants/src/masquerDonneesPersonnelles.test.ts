import { describe, expect, it } from "vitest";
import { masquerDonneesPersonnelles } from "./masquerDonneesPersonnelles";

describe("masquerDonneesPersonnelles", () => {
  it("masque un NIR quels que soient ses séparateurs (espaces, points, tirets, barres), Corse comprise", () => {
    expect(masquerDonneesPersonnelles("NIR 207036912345695 et 1840275123456")).toBe("NIR 2 07 ** ** *** *** ** et 1 84 ** ** *** ***");
    expect(masquerDonneesPersonnelles("1.84.12.76.451.089.46")).toBe("1 84 ** ** *** *** **");
    expect(masquerDonneesPersonnelles("1-84-12-76-451-089-46")).toBe("1 84 ** ** *** *** **");
    expect(masquerDonneesPersonnelles("2 84 02 2A 123 456 78")).toBe("2 84 ** ** *** *** **");
    expect(masquerDonneesPersonnelles("siret=1\u00a084\u00a012\u00a076\u00a0451\u00a0089\u00a046")).toBe("siret=1 84 ** ** *** *** **");
  });

  it("ne prend pas un SIRET (14 chiffres) ni une date de contrat pour une donnée personnelle", () => {
    expect(masquerDonneesPersonnelles("SIRET 80123456700015")).toBe("SIRET 80123456700015");
    expect(masquerDonneesPersonnelles("Le contrat dure 24 mois (2025-09-01 au 2027-08-31).")).toBe("Le contrat dure 24 mois (2025-09-01 au 2027-08-31).");
    expect(masquerDonneesPersonnelles("montant 1 234,56 €, NPEC 7 000")).toBe("montant 1 234,56 €, NPEC 7 000");
  });

  it("masque les courriels", () => {
    expect(masquerDonneesPersonnelles("écrire à lea.martin@example.com (ou l.m@ex.fr)")).toBe("écrire à l***@example.com (ou l***@ex.fr)");
  });

  it("masque les téléphones français et internationaux, « (0) » compris", () => {
    expect(masquerDonneesPersonnelles("tél. +33612345678, 06 12 34 56 78 ou 01.43.55.66.77")).toBe("tél. +33 6 ** ** ** **, 06 ** ** ** ** ou 01 ** ** ** **");
    expect(masquerDonneesPersonnelles("+33 (0)6 12 34 56 78")).toBe("+33 6 ** ** ** **");
    expect(masquerDonneesPersonnelles("0033 6 12 34 56 78")).toBe("+33 6 ** ** ** **");
    expect(masquerDonneesPersonnelles("La Réunion : +262 692 12 34 56")).toBe("La Réunion : +262 ** ** ** **");
    expect(masquerDonneesPersonnelles("Belgique +32 (0)4 123 45 67")).toBe("Belgique +32 ** ** ** **");
  });

  it("masque une date de naissance écrite en texte libre, l'année seule restant lisible", () => {
    expect(masquerDonneesPersonnelles("apprentie née le 14/03/2007 à Lyon")).toBe("apprentie née le **/**/2007 à Lyon");
    expect(masquerDonneesPersonnelles("date de naissance : 2007-03-14")).toBe("date de naissance : 2007-**-**");
    expect(masquerDonneesPersonnelles("né(e) le 1.2.2006")).toBe("né(e) le **.**.2006");
  });
});
