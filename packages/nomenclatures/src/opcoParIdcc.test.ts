import { describe, expect, it } from "vitest";
import { normaliserIdcc, opcoParIdcc, slugsOpco, tableIdccOpco, type SlugOpco } from "./index";

// opco-echanges.md §2.2 : listes d'IDCC par OPCO (novembre 2024), recopiées de la spécification.
const listesSpecification: Record<SlugOpco, string> = {
  afdas: "86, 214, 306, 394, 509, 598, 693, 698, 716, 781, 892, 1016, 1018, 1083, 1194, 1281, 1285, 1307, 1480, 1563, 1618, 1631, 1734, 1790, 1874, 1895, 1909, 1922, 2021, 2121, 2148, 2257, 2372, 2397, 2411, 2412, 2511, 2642, 2683, 2717, 2770, 3090, 3097, 3221, 3225, 3230",
  akto: "158, 275, 573, 635, 731, 1266, 1311, 1351, 1383, 1391, 1413, 1501, 1516, 1671, 1944, 1979, 2002, 2060, 2101, 2147, 2149, 2378, 2408, 2583, 2691, 3043, 3218, 3219, 7509, 7520",
  atlas: "438, 478, 653, 787, 1468, 1486, 1672, 1679, 1801, 2120, 2230, 2247, 2335, 2357, 2543, 2622, 2931, 3210, 3213, 5005",
  constructys: "1596, 1597, 1702, 1947, 2420, 2609, 2614, 3212, 3216",
  ocapiat: "112, 200, 493, 1077, 1396, 1405, 1513, 1534, 1586, 1659, 1747, 1930, 1938, 1987, 2075, 2494, 2728, 3109, 3203, 5619, 7001–7010, 7012–7014, 7017–7021, 7023, 7501–7503, 7508, 7513–7515, 8115, 8435",
  opco2i: "18, 44, 45, 83, 87, 135, 176, 207, 211, 247, 292, 303, 363, 489, 567, 637, 669, 700, 707, 715, 802, 832, 833, 925, 998, 1044, 1170, 1256, 1388, 1411, 1423, 1492, 1495, 1555, 1558, 1580, 1607, 1821, 2089, 2528, 3224, 3227, 5001",
  opcommerce: "43, 468, 500, 675, 706, 1314, 1431, 1487, 1505, 1517, 1539, 1557, 1606, 1686, 1760, 1880, 2156, 2198, 2216, 3168, 3205",
  "opco-ep": "184, 240, 454, 614, 733, 759, 843, 915, 953, 959, 992, 993, 1000, 1043, 1147, 1267, 1286, 1404, 1408, 1412, 1483, 1499, 1504, 1512, 1527, 1589, 1605, 1611, 1619, 1621, 1850, 1875, 1921, 1951, 1978, 1982, 1996, 2098, 2111, 2205, 2219, 2272, 2329, 2332, 2395, 2564, 2596, 2697, 2706, 2785, 2978, 3013, 3032, 3127",
  "opco-mobilites": "3, 16, 412, 538, 779, 1090, 1182, 1424, 1536, 1710, 1974, 2174, 2972, 3017, 3217, 3223, 3228, 5521, 5554, 5555, 5556, 5557",
  "opco-sante": "29, 405, 413, 783, 897, 1001, 2046, 2104, 2264",
  uniformation: "218, 1031, 1261, 1278, 1316, 1420, 1518, 1588, 1794, 2128, 2150, 2190, 2336, 2526, 2603, 2666, 2668, 2727, 2768, 2793, 2796, 2797, 2798, 2847, 2941, 3016, 3105, 3220",
};

function deplier(liste: string): string[] {
  return liste.split(",").flatMap((morceau) => {
    const [debut, fin] = morceau.trim().split("–").map(Number);
    if (debut === undefined || Number.isNaN(debut)) throw new Error(`liste invalide : ${morceau}`);
    const dernier = fin ?? debut;
    return Array.from({ length: dernier - debut + 1 }, (_, i) => String(debut + i).padStart(4, "0"));
  });
}

describe("tableIdccOpco", () => {
  it("330 couples, IDCC sur 4 chiffres, cibles parmi les 11 slugs", () => {
    expect(tableIdccOpco.entrees).toHaveLength(330);
    for (const e of tableIdccOpco.entrees) {
      expect(e.idcc).toMatch(/^\d{4}$/);
      expect(slugsOpco).toContain(e.opco);
    }
    expect(new Set(tableIdccOpco.entrees.map((e) => e.opco)).size).toBe(11);
  });

  it("coïncide exactement avec les listes de opco-echanges.md §2.2", () => {
    for (const slug of slugsOpco) {
      const attendus = deplier(listesSpecification[slug]).sort();
      const obtenus = tableIdccOpco.entrees.filter((e) => e.opco === slug).map((e) => e.idcc).sort();
      expect(obtenus, slug).toEqual(attendus);
    }
  });
});

describe("opcoParIdcc", () => {
  it("cas réels", () => {
    expect(opcoParIdcc("1486")?.slug).toBe("atlas"); // Syntec
    expect(opcoParIdcc("3043")?.slug).toBe("akto"); // Propreté
    expect(opcoParIdcc("1596")?.slug).toBe("constructys"); // Bâtiment ouvriers
    expect(opcoParIdcc("2264")?.slug).toBe("opco-sante");
    expect(opcoParIdcc("7010")?.slug).toBe("ocapiat");
  });

  it("rétablit les zéros de tête (IDCC transmis comme nombre)", () => {
    expect(opcoParIdcc(16)?.slug).toBe("opco-mobilites");
    expect(opcoParIdcc("16")?.slug).toBe("opco-mobilites");
    expect(opcoParIdcc("0016")?.slug).toBe("opco-mobilites");
    expect(opcoParIdcc(3)?.nomOfficiel).toBe("OPCO Mobilités");
  });

  it("IDCC hors table ou mal formé : undefined", () => {
    expect(opcoParIdcc("9999")).toBeUndefined();
    expect(opcoParIdcc("9998")).toBeUndefined();
    expect(opcoParIdcc("0001")).toBeUndefined();
    expect(opcoParIdcc("12345")).toBeUndefined();
    expect(opcoParIdcc("14 86")).toBeUndefined();
    expect(opcoParIdcc(-16)).toBeUndefined();
    expect(opcoParIdcc(16.5)).toBeUndefined();
  });
});

describe("normaliserIdcc", () => {
  it("complète à 4 chiffres et refuse le reste", () => {
    expect(normaliserIdcc(16)).toBe("0016");
    expect(normaliserIdcc(" 843 ")).toBe("0843");
    expect(normaliserIdcc("1486")).toBe("1486");
    expect(normaliserIdcc("")).toBeUndefined();
    expect(normaliserIdcc("ABCD")).toBeUndefined();
    expect(normaliserIdcc(10000)).toBeUndefined();
  });
});
