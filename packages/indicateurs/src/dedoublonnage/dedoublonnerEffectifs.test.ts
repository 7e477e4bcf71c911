import { describe, expect, it } from "vitest";
import type { EffectifIndicateurs } from "../indicateurs/EffectifIndicateurs";
import { clePersonne, normaliserNomPersonne } from "./clePersonne";
import { dedoublonnerEffectifs } from "./dedoublonnerEffectifs";

const formation = { debut: "2024-09-01", fin: "2025-08-31", rncp: "RNCP37714" };
const base = (extra: Partial<EffectifIndicateurs>): EffectifIndicateurs => ({
  apprenant: { nom: "Lefèvre", prenom: "Léa", dateNaissance: "2006-05-14" },
  formation,
  organisme: { siret: "11111111111111", uai: "0751234A" },
  ...extra,
});

describe("clé personne", () => {
  it("normalise accents, casse, tirets et espaces", () => {
    expect(normaliserNomPersonne("  Lefèvre-N'Diaye ")).toBe("LEFEVRE N DIAYE");
    expect(clePersonne({ nom: "LEFEVRE", prenom: "lea", dateNaissance: "2006-05-14T00:00:00Z" }, "RNCP1")).toBe("LEFEVRE|LEA|2006-05-14|RNCP1");
    expect(clePersonne({ nom: "X", dateNaissance: "2006-05-14" }, "RNCP1")).toBeUndefined();
  });
});

describe("dédoublonnage multi-sources", () => {
  it("ERP et fichier du même apprenant : fusion, la transmission récente l'emporte, contrats réunis par début", () => {
    const erp = base({ id: "erp-1", source: "ERP", transmisLe: "2025-01-10", contrats: [{ debut: "2024-10-01", fin: "2025-08-31" }], formation: { ...formation, niveau: "3" } });
    const fichier = base({
      id: "fic-1",
      source: "FICHIER",
      transmisLe: "2025-02-01",
      apprenant: { nom: "LEFEVRE", prenom: "lea", dateNaissance: "2006-05-14" },
      contrats: [{ debut: "2024-10-01", fin: "2025-08-31", rupture: "2024-12-01" }, { debut: "2025-01-15" }],
      formation: { ...formation, cfd: "50022135", niveau: "" },
    });
    const autre = base({ id: "erp-2", source: "ERP", apprenant: { nom: "Martin", prenom: "Léa", dateNaissance: "2006-05-14" } });
    const { effectifs, rapport } = dedoublonnerEffectifs([erp, fichier, autre]);
    expect(effectifs).toHaveLength(2);
    const fusion = effectifs[0]!;
    expect(fusion.id).toBe("fic-1");
    expect(fusion.formation).toEqual({ ...formation, cfd: "50022135", niveau: "3" });
    expect(fusion.contrats).toEqual([{ debut: "2024-10-01", fin: "2025-08-31", rupture: "2024-12-01" }, { debut: "2025-01-15" }]);
    expect(rapport.fusions).toHaveLength(1);
    expect(rapport.fusions[0]!.ids).toEqual(["erp-1", "fic-1"]);
    expect(rapport.fusions[0]!.motif).toContain("même personne");
    expect(rapport.fusions[0]!.cle).toBe("L***|L***|2006-**-**|RNCP37714");
    expect(dedoublonnerEffectifs([erp, fichier], { masquerDonneesPersonnelles: false }).rapport.fusions[0]!.cle).toBe("LEFEVRE|LEA|2006-05-14|RNCP37714");
    expect(rapport.bilan).toEqual({ entree: 3, sortie: 2, fusionnes: 2, fusions: 1, decaEcartes: 0, sansCle: 0 });
  });

  it("règle DECA : écarté si la hiérarchie transmet, retenu sinon, et l'ERP prime en cas de doublon", () => {
    const formateurErp = base({ id: "erp", source: "ERP", organisme: { siret: "22222222222222", siretResponsable: "33333333333333" } });
    const decaResponsable = base({
      id: "deca-1",
      source: "DECA",
      apprenant: { nom: "Petit", prenom: "Hugo", dateNaissance: "2005-01-01" },
      organisme: { siret: "33333333333333" },
    });
    const decaAilleurs = base({ id: "deca-2", source: "DECA", apprenant: { nom: "Simon", prenom: "Jade", dateNaissance: "2004-02-02" }, organisme: { siret: "44444444444444" } });
    const decaDoublon = base({ id: "deca-3", source: "DECA", organisme: { siret: "55555555555555" }, transmisLe: "2026-01-01", formation: { ...formation, niveau: "4" } });
    const sansNom = base({ id: "sans", source: "ERP", apprenant: {} });
    const { effectifs, origines, rapport } = dedoublonnerEffectifs([formateurErp, decaResponsable, decaAilleurs, decaDoublon, sansNom]);
    expect(origines).toEqual([0, 2, 4]);
    expect(rapport.decaEcartes.map((d) => d.id)).toEqual(["deca-1"]);
    expect(rapport.decaEcartes[0]!.motif).toContain("hiérarchie");
    expect(rapport.fusions.map((f) => [f.ids, f.reference])).toEqual([[["deca-3", "erp"], 0]]);
    expect(effectifs.map((e) => e.id)).toEqual(["erp", "deca-2", "sans"]);
    expect(effectifs[0]!.organisme?.siret).toBe("22222222222222");
    expect(effectifs[0]!.formation.niveau).toBe("4");
    expect(rapport.sansCle).toEqual([4]);
    const b = rapport.bilan;
    expect(b.entree).toBe(b.sortie - b.fusions + b.fusionnes + b.decaEcartes);
  });
});
