import { describe, expect, it } from "vitest";
import { schemaDossier } from "./dossier.js";
import { contratExemple } from "./exemples/contratExemple.js";
import { lireDossier } from "./lireDossier.js";

describe("lireDossier", () => {
  it("normalise un dossier de l'API Convergence : OPCO, état, engagement, échéances, frais annexes, factures", () => {
    const resultat = lireDossier({
      opco: "Opco entreprises de proximité",
      numeroInterne: "EP-2025-000123",
      numeroExterne: "CFA-LYON-2025-42",
      numeroDeca: "069 2025 09 00 0123",
      etat: "RUPTU",
      commentaireEtat: "Rupture signalée par l'employeur",
      evenements: [
        { type: "Transmis au gestionnaire", date: "03/09/2025", source: "agecap", horodatage: "2025-09-03 10:30:00" },
        { type: "ENGAGE", date: "2025-09-18T00:00:00+0000", source: "api-convergence" },
        { type: "ruptu", date: "2025-12-16", source: "api-convergence", details: { dateRupture: "2025-12-15" } },
      ],
      contrat: JSON.parse(JSON.stringify(contratExemple)) as unknown,
      rupture: { dateEffetRupture: "2025-12-15", codeMotifRupture: 3 },
      financement: {
        npecAnnuel: "9 497",
        engagement: "18994,00",
        engagementsFraisAnnexe: [
          { natureFrais: "Restauration", quantite: 100, prixUnitaire: 3, montantTotal: 300 },
          { natureFrais: "Premierequipement", quantite: 1, prixUnitaire: 500, montantTotal: 500 },
        ],
        echeances: [
          { numero: 1, codification: "e1", montantTotal: 3798.8, montantRegle: 3798.8, dateOuverture: "2025-10-01T00:00:00Z", statut: "reglee" },
        ],
      },
      factures: [
        {
          numeroInterneFacture: "F-1",
          referenceFactureCFA: "FAC-0042",
          montantFacture: "3798.80",
          etatFacture: "regle",
          dateReglement: "05/11/2025",
          dossiers: [{ numeroInterneDossier: "EP-2025-000123", montant: 3798.8 }],
        },
      ],
    });
    expect(resultat.ok).toBe(true);
    if (!resultat.ok) return;
    const dossier = resultat.valeur;
    expect(dossier.opco).toBe("opco-ep");
    expect(dossier.numeroDeca).toBe("069202509000123");
    expect(dossier.etat).toBe("ROMPU");
    expect(dossier.evenements?.map((e) => [e.type, e.date])).toEqual([
      ["TRANSMIS", "2025-09-03"],
      ["ENGAGE", "2025-09-18"],
      ["ROMPU", "2025-12-16"],
    ]);
    expect(dossier.evenements?.[0]?.horodatage).toBe("2025-09-03T08:30:00.000Z");
    expect(dossier.contrat).toEqual(contratExemple);
    expect(dossier.rupture).toEqual({ dateEffet: "2025-12-15", codeMotif: "3" });
    expect(dossier.financement).toEqual({
      npecAnnuel: 9497,
      montantEngage: 18994,
      fraisAnnexes: [
        { nature: "RESTAURATION", quantite: 100, prixUnitaire: 3, montantTotal: 300 },
        { nature: "PREMIER_EQUIPEMENT", quantite: 1, prixUnitaire: 500, montantTotal: 500 },
      ],
      echeances: [{ numero: 1, codification: "E1", montant: 3798.8, montantRegle: 3798.8, date: "2025-10-01", statut: "reglee" }],
    });
    expect(dossier.factures).toEqual([
      {
        numeroInterne: "F-1",
        referenceCfa: "FAC-0042",
        montant: 3798.8,
        etat: "REGLE",
        dateReglement: "2025-11-05",
        affectations: [{ numeroInterneDossier: "EP-2025-000123", montant: 3798.8 }],
      },
    ]);
    expect(resultat.avertissements).toEqual([]);
    expect(schemaDossier.parse(dossier)).toEqual(dossier);
  });

  it("reconnaît les libellés AGECAP, y compris avec apostrophe typographique", () => {
    const etats = ["Transmis au gestionnaire", "En cours d’instruction", "En cours d'instruction", "Non déposable", "Déposé", "Supprimé"].map(
      (etat) => {
        const r = lireDossier({ etat });
        return r.ok ? r.valeur.etat : "erreur";
      },
    );
    expect(etats).toEqual(["TRANSMIS", "EN_COURS_INSTRUCTION", "EN_COURS_INSTRUCTION", "REFUSE", "DEPOSE", "ANNULE"]);
  });

  it("signale un OPCO inconnu et un état inconnu sans lever d'exception", () => {
    const resultat = lireDossier({ opco: "OPCO de la Lune", etat: "PERDU" });
    expect(resultat.ok).toBe(false);
    if (resultat.ok) return;
    expect(resultat.erreurs.map((e) => e.chemin).sort()).toEqual(["etat", "opco"]);
    expect(resultat.erreurs.find((e) => e.chemin === "opco")?.message).toContain("OPCO inconnu « OPCO de la Lune »");
  });

  it("exige type et date pour chaque événement", () => {
    const resultat = lireDossier({ evenements: [{ source: "deca" }] });
    expect(resultat.ok).toBe(false);
    if (resultat.ok) return;
    expect(resultat.erreurs.map((e) => e.chemin).sort()).toEqual(["evenements.0.date", "evenements.0.type"]);
  });
});
