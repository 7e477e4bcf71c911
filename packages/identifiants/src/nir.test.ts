import { describe, expect, it } from "vitest";
import { decomposerNir } from "./decomposerNir";
import { masquerNir } from "./masquerNir";
import { cleNir, schemaNir, verifierNir } from "./nir";

// Les NIR ci-dessous sont construits selon l'algorithme (clé = 97 − NIR mod 97, calculée à part
// en BigInt) : ce ne sont pas des numéros de personnes réelles, sauf l'exemple pédagogique
// 1 84 12 76 451 089 46 publié partout pour illustrer la clé.
const codes = (valeur: string) => {
  const resultat = verifierNir(valeur);
  return resultat.valide ? [] : resultat.erreurs.map((e) => e.code);
};

describe("verifierNir", () => {
  it("accepte un NIR de 15 caractères à la clé correcte et le normalise", () => {
    expect(verifierNir("1 84 12 76 451 089 46")).toEqual({ valide: true, normalise: "184127645108946" });
    expect(verifierNir("1.84.12.76.451.089-46")).toEqual({ valide: true, normalise: "184127645108946" });
  });

  it("accepte un NIR de 13 caractères (sans clé)", () => {
    expect(verifierNir("1841276451089")).toEqual({ valide: true, normalise: "1841276451089" });
  });

  it("calcule la clé de la Corse en remplaçant 2A par 19 et 2B par 18", () => {
    expect(cleNir("190052A004123")).toBe("05");
    expect(cleNir("295092B033456")).toBe("53");
    expect(verifierNir("1 90 05 2a 004 123 05")).toEqual({ valide: true, normalise: "190052A00412305" });
    expect(verifierNir("295092B03345653")).toEqual({ valide: true, normalise: "295092B03345653" });
    expect(codes("190052A00412375")).toEqual(["nir.cle"]);
  });

  it("accepte les naissances outre-mer (département sur 3 chiffres), à l'étranger et les anciens codes 20 de la Corse", () => {
    expect(verifierNir("285059711212392").valide).toBe(true);
    expect(verifierNir("175059913504266").valide).toBe(true);
    expect(verifierNir("190052000412375").valide).toBe(true);
  });

  it("accepte les numéros provisoires (7, 8) et d'immatriculation en cours (3, 4), et les mois fictifs", () => {
    expect(verifierNir("789129935000158").valide).toBe(true);
    expect(verifierNir("299627110123475").valide).toBe(true);
    expect(verifierNir("1043098735001").valide).toBe(true);
  });

  it("refuse une clé fausse, un 1er chiffre impossible et un mois impossible, en cumulant les erreurs", () => {
    expect(codes("184127645108947")).toEqual(["nir.cle"]);
    expect(codes("584127645108946")).toEqual(["nir.sexe", "nir.cle"]);
    expect(codes("1841376451089")).toEqual(["nir.mois"]);
    expect(codes("1840076451089")).toEqual(["nir.mois"]);
    expect(codes("1844576451089")).toEqual(["nir.mois"]);
  });

  it("refuse une longueur ou un format incorrect, sans reprendre la valeur dans le message", () => {
    expect(codes("18412764510894")).toEqual(["nir.longueur"]);
    expect(codes("184127645108")).toEqual(["nir.longueur"]);
    expect(codes("18412764510A946")).toEqual(["nir.format"]);
    expect(codes("184122C45108946")).toEqual(["nir.format"]);
    expect(codes("")).toEqual(["nir.vide"]);
    const resultat = verifierNir("184127645108947");
    if (!resultat.valide) expect(resultat.erreurs[0]?.message).not.toContain("1841276");
  });

  it("expose un schéma zod normalisant", () => {
    expect(schemaNir.parse("1 84 12 76 451 089 46")).toBe("184127645108946");
    expect(schemaNir.safeParse("184127645108947").error?.issues[0]?.message).toBe("la clé du NIR est incorrecte");
  });
});

describe("decomposerNir", () => {
  it("décompose un NIR de métropole", () => {
    expect(decomposerNir("184127645108946")).toEqual({
      nir: "184127645108946",
      chiffreSexe: "1",
      sexe: "M",
      provisoire: false,
      immatriculationEnCours: false,
      anneeNaissance: "84",
      moisNaissance: "12",
      moisConnu: true,
      departementNaissance: "76",
      lieuNaissance: "metropole",
      codeLieuNaissance: "76451",
      numeroOrdre: "089",
      cle: "46",
    });
  });

  it("donne le département d'outre-mer sur 3 chiffres et le code commune à 5 caractères", () => {
    const nir = decomposerNir("285059711212392");
    expect(nir).toMatchObject({ sexe: "F", departementNaissance: "971", codeLieuNaissance: "97112", lieuNaissance: "outre_mer" });
  });

  it("reconnaît la Corse, l'étranger, les numéros provisoires et les mois inconnus", () => {
    expect(decomposerNir("190052A00412305")).toMatchObject({ departementNaissance: "2A", codeLieuNaissance: "2A004" });
    expect(decomposerNir("175059913504266")).toMatchObject({ departementNaissance: "99", lieuNaissance: "etranger", codeLieuNaissance: "99135" });
    expect(decomposerNir("789129935000158")).toMatchObject({ sexe: "M", provisoire: true });
    expect(decomposerNir("299627110123475")).toMatchObject({ sexe: "F", moisNaissance: "62", moisConnu: false });
    expect(decomposerNir("1043098735001")).toMatchObject({ immatriculationEnCours: false, cle: null, departementNaissance: "987" });
  });

  it("renvoie null pour un NIR invalide", () => {
    expect(decomposerNir("184127645108947")).toBeNull();
    expect(decomposerNir("n'importe quoi")).toBeNull();
  });
});

describe("masquerNir", () => {
  it("ne laisse lisible que le 1er caractère", () => {
    expect(masquerNir("1 84 12 76 451 089 46")).toBe("1**************");
    expect(masquerNir("")).toBe("");
  });
});
