import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contexteCliCapture } from "../contexteCliCapture";
import { executerCli } from "../executerCli";

function contexte(entree = "", repertoire = process.cwd()) {
  return contexteCliCapture({ entree, repertoire });
}

const CAS = {
  formation: { debut: "2024-09-01", fin: "2025-08-31" },
  contrats: [{ debut: "2024-10-01", fin: "2025-08-31", rupture: "2024-12-01" }],
  date: "2025-03-06",
};

describe("opco statut", () => {
  it("un cas sur l'entrée standard, --json", async () => {
    const c = contexte(JSON.stringify(CAS));
    expect(await executerCli(["statut", "--json"], c)).toBe(0);
    expect(JSON.parse(c.sortie.join(""))).toEqual({
      statut: "RUPTURANT",
      parcours: [
        { date: "2024-09-01", statut: "INSCRIT" },
        { date: "2024-10-01", statut: "APPRENTI" },
        { date: "2024-12-01", statut: "RUPTURANT" },
        { date: "2025-05-30", statut: "ABANDON" },
      ],
    });
  });

  it("un tableau de cas dans un fichier ; INSCRIT avant le premier changement", async () => {
    const dossier = mkdtempSync(join(tmpdir(), "opco-statut-"));
    writeFileSync(join(dossier, "cas.json"), JSON.stringify([CAS, { formation: { debut: "2025-09-01", fin: "2026-08-31" }, date: "2025-03-06" }]));
    const c = contexte("", dossier);
    expect(await executerCli(["statut", "cas.json", "--json"], c)).toBe(0);
    const r = JSON.parse(c.sortie.join("")) as { statut: string }[];
    expect(r.map((x) => x.statut)).toEqual(["RUPTURANT", "INSCRIT"]);
  });

  it("sortie lisible en français", async () => {
    const c = contexte(JSON.stringify(CAS));
    expect(await executerCli(["statut"], c)).toBe(0);
    const texte = c.sortie.join("");
    expect(texte).toContain("Statut au 2025-03-06 : Rupture de contrat (RUPTURANT)");
    expect(texte).toContain("à partir du 2025-05-30 : Sortie d'apprentissage (abandon) (ABANDON)");
  });

  it("JSON invalide, forme invalide, date invalide, fichier absent : code 2 et message français", async () => {
    for (const [entree, attendu] of [
      ["{ pas du json", "JSON invalide"],
      [JSON.stringify({ contrats: [] }), "formation : objet"],
      [JSON.stringify({ ...CAS, date: "06/03/2025" }), "date : date invalide"],
      [JSON.stringify([CAS, { ...CAS, contrats: [{ fin: "2025-01-01" }] }]), "[1].contrats[0].debut : date obligatoire absente"],
    ] as const) {
      const c = contexte(entree);
      expect(await executerCli(["statut", "--json"], c)).toBe(2);
      expect(c.erreurs.join("")).toContain(attendu);
    }
    const c = contexte("");
    expect(await executerCli(["statut", "absent.json"], c)).toBe(2);
    expect(c.erreurs.join("")).toContain("fichier introuvable");
    const d = contexte("");
    expect(await executerCli(["statut"], d)).toBe(2);
  });
});
