import { evaluerReglesAsync, regleNombreApprentisParMaitre } from "@communs-opco/regles";
import { describe, expect, it } from "vitest";
import { IndexLot } from "./IndexLot";

const MAITRE = { nom: "Dupont", prenom: "Paul", dateNaissance: "1978-05-02" };
const SIRET = "80123456700015";

/** Contrat réduit encadré par DUPONT Paul chez l'employeur SIRET. */
function contrat(debut: string, fin: string, champs: Record<string, unknown> = {}): object {
  return { employeur: { siret: SIRET }, maitre1: MAITRE, contrat: { typeContratApp: "11", dateDebutContrat: debut, dateFinContrat: fin, ...champs } };
}
const provenance = (ligne: number) => ({ origine: "lot" as const, fichier: "lot.jsonl", ligne });

describe("IndexLot : portefeuille des maîtres", () => {
  it("compte les contrats en cours à la date, hors contrat contrôlé ; un contrat et son avenant comptent une fois, prolongé si l'avenant l'est", async () => {
    const index = new IndexLot();
    const contrats = [
      contrat("2024-09-02", "2026-08-31", { noContrat: "069202409000001" }),
      // avenant de prolongation après échec (type 33) du premier contrat : même contrat
      contrat("2024-09-02", "2027-08-31", { typeContratApp: "33", numeroContratPrecedent: "069202409000001" }),
      contrat("2024-09-09", "2026-08-31", { noContrat: "069202409000002" }),
      contrat("2026-09-01", "2028-08-31", { noContrat: "069202409000003" }),
    ];
    contrats.forEach((c, i) => index.indexerMaitresEtReferences(i + 1, c, provenance(i + 1)));
    const ports = index.portsPour(4, contrats[3] as object);
    // Au 2026-09-01 : le contrat 1 prolongé (fin 2027-08-31 par son avenant) est en cours ; le contrat 2 s'est terminé la veille.
    expect(await ports.portefeuille.apprentisEncadres({ siren: SIRET.slice(0, 9), ...MAITRE }, "2026-09-01")).toEqual({ total: 1, prolongesApresEchec: 1 });
    // La veille, le contrat 2 l'est encore : le jour de fin compte.
    expect(await ports.portefeuille.apprentisEncadres({ siren: SIRET.slice(0, 9), ...MAITRE }, "2026-08-31")).toEqual({ total: 2, prolongesApresEchec: 1 });
    // Pour le contrat 1 lui-même, son avenant n'est pas un autre apprenti.
    expect(await index.portsPour(1, contrats[0] as object).portefeuille.apprentisEncadres({ siren: "801234567", ...MAITRE }, "2024-09-02")).toEqual({ total: 0, prolongesApresEchec: 0 });
    expect(index.terminer(1, []).maitres).toBe(1);
  });

  it("index saturé : un maître non indexé rend la règle indéterminée, jamais conforme", async () => {
    const index = new IndexLot({ maitres: 1, contratsPrecedents: 1 });
    index.indexerMaitresEtReferences(1, contrat("2024-09-02", "2026-08-31"), provenance(1));
    const autre = { employeur: { siret: SIRET }, maitre1: { nom: "Durand", prenom: "Karim", dateNaissance: "1985-06-02" }, contrat: { typeContratApp: "11", dateDebutContrat: "2024-09-02", dateFinContrat: "2026-08-31" } };
    index.indexerMaitresEtReferences(2, autre, provenance(2));
    expect(index.terminer(1, [])).toMatchObject({ maitres: 1, maitresSatures: true });
    const r = await evaluerReglesAsync([regleNombreApprentisParMaitre], autre, { dateEvaluation: "2026-12-06", mode: "explication", ports: index.portsPour(2, autre) });
    expect(r.explications?.[0]?.statut).toBe("indetermine");
    expect(r.constats[0]?.message).toContain("index du lot saturé (plus de 1 maîtres d'apprentissage)");
  });

  it("contrats précédents : seuls les numéros cités par un contrat successif du lot sont retenus, réduits aux champs utiles", async () => {
    const index = new IndexLot();
    const successif = { contrat: { typeContratApp: "21", numeroContratPrecedent: "069202209000111" } };
    index.indexerMaitresEtReferences(1, successif, provenance(1));
    expect(index.contratsPrecedentsCites).toBe(true);
    const precedent = { apprenti: { nom: "MARTIN" }, employeur: { siret: SIRET }, contrat: { noContrat: "069202209000111", dateFinContrat: "2024-08-31", remunerationsAnnuelles: [{ ordre: "2.1", taux: 51 }, { ordre: "1.1", taux: 43 }] }, formation: { typeDiplome: "33" } };
    index.retenirContratPrecedent(precedent, provenance(2));
    index.retenirContratPrecedent({ contrat: { noContrat: "069202209000999" } }, provenance(3));
    expect(index.terminer(2, [])).toMatchObject({ contratsPrecedentsCherches: 1, contratsPrecedentsTrouves: 1 });
    const r = await index.portsPour(1, successif).historique.contratPrecedent("069202209000111");
    expect(r).toEqual({
      statut: "trouve",
      source: "lot contrôlé, lot.jsonl:2",
      contrat: { employeur: { siret: SIRET }, contrat: { noContrat: "069202209000111", dateFinContrat: "2024-08-31", remunerationsAnnuelles: [{ ordre: "2.1", taux: 51 }] }, formation: { typeDiplome: "33" } },
    });
    expect(await index.portsPour(1, successif).historique.contratPrecedent("069202209000999")).toMatchObject({ statut: "absent" });
  });
});

describe("IndexLot : mémoire", () => {
  it("compact : moins de 160 octets de tableaux par contrat (un maître chacun), croissance comprise", () => {
    const index = new IndexLot();
    const n = 20_000;
    for (let i = 0; i < n; i++) {
      const c = { employeur: { siret: String(80123456700015 + i) }, maitre1: { nom: `Dupont${String.fromCharCode(65 + (i % 26))}`, prenom: "Paul", dateNaissance: "1978-05-02" }, contrat: { typeContratApp: "11", noContrat: `0692024090${String(i).padStart(5, "0")}`, dateDebutContrat: "2024-09-02", dateFinContrat: "2026-08-31" } };
      index.indexerMaitresEtReferences(i + 1, c, provenance(i + 1));
    }
    expect(index.terminer(1, []).maitres).toBe(n);
    expect(index.octetsOccupes / n).toBeLessThan(160);
  });
});
