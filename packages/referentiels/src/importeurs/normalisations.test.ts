import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normaliserCfd } from "./normaliserCfd";
import { normaliserDate } from "./normaliserDate";
import { normaliserIdcc } from "./normaliserIdcc";
import { normaliserRncp } from "./normaliserRncp";
import { normaliserSiret } from "./normaliserSiret";
import { normaliserTexte } from "./normaliserTexte";

describe("normalisations des valeurs lues dans les fichiers", () => {
  it("dates : série Excel, Date exceljs, JJ/MM/AAAA, ISO ; vide → null ; illisible → undefined", () => {
    expect(normaliserDate(45488)).toBe("2024-07-15");
    expect(normaliserDate(new Date("2024-07-15T00:00:00.000Z"))).toBe("2024-07-15");
    expect(normaliserDate("31/08/2023")).toBe("2023-08-31");
    expect(normaliserDate("2023-08-31T00:00:00")).toBe("2023-08-31");
    expect(normaliserDate("  ")).toBeNull();
    expect(normaliserDate(null)).toBeNull();
    expect(normaliserDate("30/02/2024")).toBeUndefined();
    expect(normaliserDate("2018")).toBeUndefined();
    expect(normaliserDate("demain")).toBeUndefined();
  });

  it("propriété : série Excel ↔ JJ/MM/AAAA désignent le même jour", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 80_000 }), (serie) => {
        const iso = normaliserDate(serie) as string;
        const [a, m, j] = iso.split("-");
        expect(normaliserDate(`${j as string}/${m as string}/${a as string}`)).toBe(iso);
        const jours = (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
        expect(jours).toBe(serie);
      }),
    );
  });

  it("codes RNCP, CFD, IDCC, SIRET", () => {
    expect(normaliserRncp(" rncp 1002 ")).toBe("RNCP1002");
    expect(normaliserRncp(37239)).toBe("RNCP37239");
    expect(normaliserRncp("RNCPNR")).toBeNull();
    expect(normaliserRncp("RS5000")).toBeNull();
    expect(normaliserCfd(1022001)).toBe("01022001");
    expect(normaliserCfd("46x32402")).toBe("46X32402");
    expect(normaliserCfd("123")).toBeNull();
    expect(normaliserIdcc(478)).toBe("0478");
    expect(normaliserIdcc("00706")).toBe("0706");
    expect(normaliserIdcc("NA")).toBeNull();
    expect(normaliserIdcc(0)).toBeNull();
    expect(normaliserSiret("\t11004301500012")).toBe("11004301500012");
    expect(normaliserSiret("1100430150001")).toBeNull();
  });

  it("textes d'en-tête comparables (accents, apostrophes, sauts de ligne)", () => {
    expect(normaliserTexte("Date d’applicabilité des NPEC** \n(**hors…)")).toBe("date d'applicabilite des npec** (**hors…)");
    expect(normaliserTexte("Onglet 3 - re\u0301fe\u0301rentiel NPEC")).toBe(normaliserTexte("Onglet 3 - référentiel NPEC"));
  });
});
