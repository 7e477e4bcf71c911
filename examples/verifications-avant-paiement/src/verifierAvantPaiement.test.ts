import { describe, expect, it } from "vitest";
import { dossiersExemple } from "./dossiersExemple";
import { verifierAvantPaiement } from "./verifierAvantPaiement";

describe("exemple : vérifications avant paiement et indus évités", () => {
  const confirme = verifierAvantPaiement(dossiersExemple, "2024-08-28", { "ATL-2024-0002": "confirme" });

  it("un dossier sans écart avéré n'est pas bloqué, et ce qui n'est pas vérifiable hors ligne reste indéterminé en nommant la source", async () => {
    const { dossiers } = await confirme;
    const a = dossiers[0]!;
    expect(a.valorisation).toEqual({ statut: "sans_constat_bloquant" });
    expect(a.constats.filter((c) => c.statut === "non_conforme" && c.severite === "bloquant")).toEqual([]);
    const siret = a.constats.find((c) => c.regle === "prepaiement.siret.actif");
    expect(siret?.statut).toBe("indetermine");
    expect(siret?.message).toContain("API Entreprise");
  });

  it("un CFA sans Qualiopi suspend la prise en charge : tout l'échéancier du NPEC réel (2 × 9 497 €) est en jeu", async () => {
    const b = (await confirme).dossiers[1]!;
    expect(b.constats.find((c) => c.regle === "prepaiement.qualiopi")).toMatchObject({ statut: "non_conforme", severite: "bloquant" });
    expect(b.valorisation.statut).toBe("valorise");
    expect(b.valorisation.statut === "valorise" && b.valorisation.montantEnJeuCentimes).toBe(1899400);
  });

  it("un employeur d'une branche d'un autre OPCO est signalé ; sans NPEC pour sa branche, le montant n'est pas inventé", async () => {
    const c = (await confirme).dossiers[2]!;
    const opco = c.constats.find((x) => x.regle === "prepaiement.opco.npec" && x.severite === "bloquant");
    expect(opco?.statut).toBe("non_conforme");
    expect(opco?.message).toContain("OPCO Mobilité");
    expect(c.valorisation.statut).toBe("non_valorise");
    expect(c.valorisation.statut === "non_valorise" && c.valorisation.raisons.join(" ")).toContain("0016");
  });

  it("I-OPCO-INDUS : un constat confirmé compte une fois en indus évité ; déclaré faux positif, il ne compte pas", async () => {
    const { indus } = await confirme;
    expect(indus.groupes).toEqual([{ opco: "atlas", mois: "2024-08", indusEvites: 18994, contratsEvites: 1, indusRecouvres: 0, montantARisque: 18994 }]);
    const faux = await verifierAvantPaiement(dossiersExemple, "2024-08-28", { "ATL-2024-0002": "faux_positif" });
    expect(faux.indus.groupes[0]).toMatchObject({ indusEvites: 0, contratsEvites: 0, montantARisque: 18994 });
    expect(faux.indus.regles.find((r) => r.regle === "prepaiement.qualiopi")).toMatchObject({ fauxPositifs: 1, tauxFauxPositifs: 1 });
  });
});
