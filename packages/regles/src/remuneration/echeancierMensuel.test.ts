import { describe, expect, it } from "vitest";
import { calculerRemuneration } from "./calculerRemuneration";
import { echeancierMensuel } from "./echeancierMensuel";
import type { EntreeRemuneration } from "./EntreeRemuneration";
import type { RemunerationCalculee } from "./ResultatRemuneration";

function calculee(entree: EntreeRemuneration): RemunerationCalculee {
  const r = calculerRemuneration(entree);
  if (r.statut !== "calculee") throw new Error(JSON.stringify(r.anomalies));
  return r;
}

describe("echeancierMensuel", () => {
  it("applique les revalorisations du SMIC postérieures au début (vecteur A)", () => {
    const r = calculee({ dateNaissance: "2008-01-10", dateDebutContrat: "2024-09-01", dateFinContrat: "2026-08-31" });
    const echeances = echeancierMensuel(r);
    expect(echeances).toHaveLength(24);
    const parMois = new Map(echeances.map((e) => [e.mois, e]));
    // Septembre et octobre 2024 : SMIC du 01/01/2024.
    expect(parMois.get("2024-10")).toMatchObject({ numero: "1.1", taux: 27, smic: { dateEffet: "2024-01-01", mensuel: 1766.92 }, salaireBrut: 477.07 });
    // Novembre 2024 : 1 801,80 × 27 % = 486,486 → 486,49.
    expect(parMois.get("2024-11")).toMatchObject({ smic: { dateEffet: "2024-11-01" }, salaireBrut: 486.49 });
    // Décembre 2025 / janvier 2026 : veille et jour de la revalorisation, 39 %.
    expect(parMois.get("2025-12")).toMatchObject({ numero: "2.1", salaireBrut: 702.71 }); // 1801.80 × 39 % = 702.702
    expect(parMois.get("2026-01")).toMatchObject({ numero: "2.1", salaireBrut: 710.99 }); // 1823.03 × 39 % = 710.9817
    // Février 2026 : nouvelle tranche (51 %) ; juin 2026 : revalorisation de mi-année.
    expect(parMois.get("2026-05")).toMatchObject({ numero: "2.2", taux: 51, salaireBrut: 929.75 }); // 1823.03 × 51 % = 929.7453
    expect(parMois.get("2026-06")).toMatchObject({ numero: "2.2", smic: { mensuel: 1867.02 }, salaireBrut: 952.19 }); // 952.1802 → 952.19
    expect(echeances.every((e) => e.moisComplet)).toBe(true);
  });

  it("découpe les mois incomplets et les changements de ligne en cours de mois", () => {
    const r = calculee({ dateNaissance: "2007-09-10", dateDebutContrat: "2024-09-15", dateFinContrat: "2026-09-14" });
    const echeances = echeancierMensuel(r);
    const septembre2025 = echeances.filter((e) => e.mois === "2025-09");
    expect(septembre2025.map((e) => [e.numero, e.debut, e.fin, e.taux, e.moisComplet])).toEqual([
      ["1.1", "2025-09-01", "2025-09-14", 27, false],
      ["2.1", "2025-09-15", "2025-09-30", 39, false],
    ]);
    expect(echeances[0]).toMatchObject({ mois: "2024-09", debut: "2024-09-15", fin: "2024-09-30", moisComplet: false });
    expect(echeances.at(-1)).toMatchObject({ mois: "2026-09", debut: "2026-09-01", fin: "2026-09-14", moisComplet: false });
  });

  it("revient au SMIC quand une revalorisation dépasse le SMC", () => {
    const r = calculee({ dateNaissance: "1995-05-05", dateDebutContrat: "2025-09-01", dateFinContrat: "2026-08-31", smc: 1850 });
    expect(r.periodes[0]).toMatchObject({ base: "SMC", salaireBrut: 1850 });
    const echeances = echeancierMensuel(r);
    expect(echeances.find((e) => e.mois === "2026-05")).toMatchObject({ base: "SMC", salaireBrut: 1850 });
    expect(echeances.find((e) => e.mois === "2026-06")).toMatchObject({ base: "SMIC", salaireBrut: 1867.02 });
  });

  it("utilise le SMIC de Mayotte pour un employeur du 976", () => {
    const r = calculee({ dateNaissance: "2006-06-10", dateDebutContrat: "2025-09-01", dateFinContrat: "2026-08-31", departement: "976" });
    const echeances = echeancierMensuel(r);
    expect(echeances.find((e) => e.mois === "2025-12")).toMatchObject({ smic: { mensuel: 1361.97 }, salaireBrut: 585.65 }); // 585.6471
    expect(echeances.find((e) => e.mois === "2026-01")).toMatchObject({ smic: { mensuel: 1415.05 }, salaireBrut: 608.48 }); // 608.4715
  });
});
