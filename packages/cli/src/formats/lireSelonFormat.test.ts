import { join, resolve } from "node:path";
import { collecterLecture } from "@communs-opco/adaptateur";
import { describe, expect, it } from "vitest";
import { ErreurUsage } from "../ErreurUsage";
import { convertirEnregistrement } from "./convertirEnregistrement";
import { convertirPourCible } from "./convertirPourCible";
import { formatsDisponibles } from "./formatsDisponibles";
import { lireSelonFormat } from "./lireSelonFormat";

const racine = resolve(import.meta.dirname, "../../../..");
const contexte = { repertoire: racine, lireEntreeStandard: async () => "" };

describe("lireSelonFormat", () => {
  it("lit un fichier au format détecté et annonce le format retenu", async () => {
    let format = "";
    const bilan = await collecterLecture(
      lireSelonFormat("adapters/agecap/test/fixtures/statuts-agecap.json", "auto", contexte, (meta) => {
        format = meta.nom;
      }),
    );
    expect(format).toBe("agecap");
    expect(bilan.total).toBe(5);
    expect(bilan.illisibles).toBe(1);
  });

  it("lit au format nommé, et lève une erreur d'utilisation pour un format ou un fichier inconnu", async () => {
    const bilan = await collecterLecture(lireSelonFormat(join("adapters", "deca", "test", "fixtures", "DECA_Extraction MIA-Fake.csv"), "deca-extrait", contexte));
    expect(bilan.lus).toBe(7);
    await expect(collecterLecture(lireSelonFormat("adapters/deca/test/fixtures/extraction-deca.json", "inconnu", contexte))).rejects.toBeInstanceOf(ErreurUsage);
    await expect(collecterLecture(lireSelonFormat("absent.json", "deca", contexte))).rejects.toThrow("fichier introuvable");
  });

  it("enregistre chaque format une seule fois, le standard en premier", () => {
    const noms = formatsDisponibles().map((a) => a.metadonnees.nom);
    expect(noms[0]).toBe("standard");
    expect(new Set(noms).size).toBe(noms.length);
  });

  it("convertit entre contrat et dossier, pas depuis un effectif", () => {
    expect(convertirEnregistrement({ apprenti: {} }, "contrat", "dossier")).toEqual({ contrat: { apprenti: {} } });
    expect(convertirEnregistrement({ contrat: { apprenti: {} } }, "dossier", "contrat")).toEqual({ apprenti: {} });
    expect(convertirEnregistrement({}, "effectif", "dossier")).toBeUndefined();
  });

  it("convertit un dossier DECA en effectifs (un par année scolaire) ou donne la raison du rejet", () => {
    const dossier = {
      dispositif: "APPR",
      contrat: { apprenti: { adresse: { codePostal: "69003" } }, formation: { dateDebutFormation: "2025-09-01", dateFinFormation: "2027-06-30" } },
    };
    const deca = { nom: "deca", typeEnregistrement: "dossier" as const };
    const tdb = { nom: "tableau-de-bord", typeEnregistrement: "effectif" as const };
    const r = convertirPourCible(dossier, deca, tdb);
    expect(r.ok && r.valeurs.map((e) => (e as { anneeScolaire: string }).anneeScolaire)).toEqual(["2025-2026", "2026-2027"]);
    expect(convertirPourCible({ ...dossier, dispositif: "PRO" }, deca, tdb)).toEqual({ ok: false, raison: "pas d'effectif DECA : dispositif autre qu'APPR" });
    expect(convertirPourCible({}, { nom: "agecap", typeEnregistrement: "dossier" }, tdb).ok).toBe(false);
  });
});
