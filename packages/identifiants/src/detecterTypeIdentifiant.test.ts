import { describe, expect, it } from "vitest";
import { detecterTypeIdentifiant } from "./detecterTypeIdentifiant";

describe("detecterTypeIdentifiant", () => {
  it("reconnaît chaque type à sa forme", () => {
    expect(detecterTypeIdentifiant("35600000009075")).toEqual(["siret"]);
    expect(detecterTypeIdentifiant("356 000 000")).toEqual(["siren"]);
    expect(detecterTypeIdentifiant("184127645108946")).toEqual(["nir"]);
    expect(detecterTypeIdentifiant("1841276451089")).toEqual(["nir"]);
    expect(detecterTypeIdentifiant("02B202212000000")).toEqual(["numero_deca"]);
    expect(detecterTypeIdentifiant("RNCP38430")).toEqual(["rncp"]);
    expect(detecterTypeIdentifiant("rs5436")).toEqual(["rs"]);
    expect(detecterTypeIdentifiant("46X32402")).toEqual(["cfd"]);
    expect(detecterTypeIdentifiant("50022427")).toEqual(["cfd"]);
    expect(detecterTypeIdentifiant("1022001")).toEqual(["cfd"]);
    expect(detecterTypeIdentifiant("62.01Z")).toEqual(["naf", "uai"]);
    expect(detecterTypeIdentifiant("2A004")).toEqual(["insee"]);
    expect(detecterTypeIdentifiant("1486")).toEqual(["idcc"]);
    expect(detecterTypeIdentifiant("2B")).toEqual(["departement"]);
    expect(detecterTypeIdentifiant("971")).toEqual(["departement", "idcc"]);
    expect(detecterTypeIdentifiant("123")).toEqual(["idcc"]);
  });

  it("ordonne les formes ambiguës de façon déterministe, les candidats valides d'abord", () => {
    expect(detecterTypeIdentifiant("0951099D")).toEqual(["uai", "cfd"]);
    expect(detecterTypeIdentifiant("0951099E")).toEqual(["cfd", "uai"]);
    expect(detecterTypeIdentifiant("951099D")).toEqual(["uai", "cfd"]);
    expect(detecterTypeIdentifiant("75018")).toEqual(["code_postal", "insee"]);
    expect(detecterTypeIdentifiant("20000")).toEqual(["code_postal", "insee"]);
    expect(detecterTypeIdentifiant("75")).toEqual(["departement", "idcc"]);
    expect(detecterTypeIdentifiant("20")).toEqual(["idcc", "departement"]);
  });

  it("propose la forme la plus probable même quand la valeur est invalide", () => {
    expect(detecterTypeIdentifiant("35600000009090")).toEqual(["siret"]);
    expect(detecterTypeIdentifiant("184127645108947")).toEqual(["nir"]);
    expect(detecterTypeIdentifiant("075202213000000")).toEqual(["numero_deca"]);
  });

  it("renvoie une liste vide pour une valeur sans forme connue", () => {
    expect(detecterTypeIdentifiant("")).toEqual([]);
    expect(detecterTypeIdentifiant("bonjour")).toEqual([]);
    expect(detecterTypeIdentifiant("123456789012")).toEqual([]);
    expect(detecterTypeIdentifiant("ABCDEFGHIJKLMNO")).toEqual([]);
  });
});
