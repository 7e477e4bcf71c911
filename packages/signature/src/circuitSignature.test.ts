import { remplirCerfaPdf } from "@communs-opco/adaptateur-cerfa-pdf";
import { contratExemple, type Contrat } from "@communs-opco/schemas";
import { describe, expect, it } from "vitest";
import { creerAutoriteTest, creerCertificatTest } from "../test/certificatsTest";
import { pdfsig, pdfsigDisponible } from "../test/pdfsig";
import { controlerEtape, ouvrirJournal, signerEtape } from "./circuitEnCours";
import { circuitSignature } from "./circuitSignature";
import { chargerCertificatP12 } from "./chargerCertificatP12";
import { empreinteSha256 } from "./empreinteSha256";
import type { RoleSignataire } from "./RoleSignataire";
import { verifierSignaturesPdf } from "./verifierSignaturesPdf";

const majeur: Contrat = { ...contratExemple, apprenti: { ...contratExemple.apprenti, dateNaissance: "2000-01-01" } };

describe("circuitSignature", () => {
  it("apprentie mineure à la conclusion : employeur, apprentie, représentant légal, CFA", () => {
    const circuit = circuitSignature(contratExemple);
    expect(circuit.apprentiMineur).toBe(true);
    expect(circuit.signataires.map((s) => [s.ordre, s.role])).toEqual([
      [1, "employeur"],
      [2, "apprenti"],
      [3, "representant"],
      [4, "cfa"],
    ]);
    expect(circuit.parametres[0]).toMatchObject({ id: "droit_civil.age_majorite", valeur: 18 });
    expect(circuit.signataires[1]?.nom).toBe("Léa MARTIN");
  });

  it("apprenti majeur : pas de représentant légal ; 18 ans le jour même = majeur", () => {
    expect(circuitSignature(majeur).signataires.map((s) => s.role)).toEqual(["employeur", "apprenti", "cfa"]);
    const anniversaire: Contrat = { ...contratExemple, apprenti: { ...contratExemple.apprenti, dateNaissance: "2006-08-26" }, contrat: { ...contratExemple.contrat, dateSignature: "2024-08-26" } };
    expect(circuitSignature(anniversaire).apprentiMineur).toBe(false);
    const veille: Contrat = { ...anniversaire, apprenti: { ...anniversaire.apprenti, dateNaissance: "2006-08-27" } };
    expect(circuitSignature(veille).apprentiMineur).toBe(true);
  });

  it("date de naissance absente : indéterminé, représentant légal demandé par prudence, constat", () => {
    const { dateNaissance: _ignoree, ...apprenti } = contratExemple.apprenti ?? {};
    const circuit = circuitSignature({ ...contratExemple, apprenti });
    expect(circuit.apprentiMineur).toBe("indetermine");
    expect(circuit.signataires.map((s) => s.role)).toContain("representant");
    expect(circuit.constats[0]).toMatchObject({ id: "SIG-CIRCUIT-AGE-INDETERMINE", chemins: ["apprenti.dateNaissance"] });
  });
});

describe("signerEtape : circuit complet avec journal d'audit", { timeout: 90_000 }, () => {
  it("quatre signatures dans l'ordre, refus hors ordre / rôle inattendu / document changé, journal complet", async () => {
    const autorite = creerAutoriteTest();
    const certificat = (cn: string) => {
      const t = creerCertificatTest(cn, autorite);
      const r = chargerCertificatP12(t.p12, t.motDePasse);
      if (!r.ok) throw new Error(r.erreur.message);
      return r.certificat;
    };
    const cerfa = await remplirCerfaPdf(contratExemple);
    let journal = ouvrirJournal(circuitSignature(contratExemple), cerfa, "cerfa.pdf");
    let pdf: Uint8Array = cerfa;
    const cfa = certificat("Directeur CFA");

    const horsOrdre = await signerEtape(pdf, journal, { certificat: cfa, role: "cfa", date: new Date("2026-09-01T08:00:00Z") });
    expect(horsOrdre).toMatchObject({ ok: false, erreur: { code: "SIG-CIRCUIT-ORDRE" } });
    if (!horsOrdre.ok) expect(horsOrdre.erreur.message).toBe("Signature hors ordre : c'est au tour de « employeur » (1re signature) ; « cfa (visa du directeur) » signe en 4e position.");

    const roles: [RoleSignataire, string][] = [
      ["employeur", "Jeanne EMPLOYEUR"],
      ["apprenti", "Léa MARTIN"],
      ["representant", "Paul MARTIN"],
    ];
    for (const [index, [role, cn]] of roles.entries()) {
      const r = await signerEtape(pdf, journal, { certificat: certificat(cn), role, date: new Date(Date.UTC(2026, 8, 1, 8, index)) });
      if (!r.ok) throw new Error(r.erreur.message);
      expect(r.journal.etapes.at(-1)).toMatchObject({ ordre: index + 1, role, empreinteAvant: empreinteSha256(pdf), empreinteApres: empreinteSha256(r.pdf) });
      pdf = r.pdf;
      journal = r.journal;
    }
    expect(controlerEtape(journal, "apprenti", pdf)).toMatchObject({ ok: false, erreur: { code: "SIG-CIRCUIT-DEJA-SIGNE" } });
    const change = new Uint8Array([...pdf, 0x0a]);
    expect(controlerEtape(journal, "cfa", change)).toMatchObject({ ok: false, erreur: { code: "SIG-CIRCUIT-DOCUMENT-CHANGE" } });

    const fin = await signerEtape(pdf, journal, { certificat: cfa, role: "cfa", date: new Date("2026-09-02T08:00:00Z") });
    if (!fin.ok) throw new Error(fin.erreur.message);
    expect(fin.journal.etapes.map((e) => e.role)).toEqual(["employeur", "apprenti", "representant", "cfa"]);
    expect(fin.journal.etapes[0]?.empreinteAvant).toBe(fin.journal.empreinteInitiale);
    expect(fin.journal.etapes.map((e) => e.signataire.nom)).toEqual(["Jeanne EMPLOYEUR", "Léa MARTIN", "Paul MARTIN", "Directeur CFA"]);
    expect(controlerEtape(fin.journal, "cfa", fin.pdf)).toMatchObject({ ok: false, erreur: { code: "SIG-CIRCUIT-DEJA-SIGNE" } });

    const rapport = await verifierSignaturesPdf(fin.pdf);
    expect(rapport.valide).toBe(true);
    expect(rapport.signatures.map((s) => s.role)).toEqual(["employeur", "apprenti", "representant", "cfa"]);
    if (pdfsigDisponible) expect(pdfsig(fin.pdf).match(/Signature is Valid\./gu)).toHaveLength(4);

    const journalMajeur = ouvrirJournal(circuitSignature(majeur), cerfa);
    expect(controlerEtape(journalMajeur, "representant", cerfa)).toMatchObject({ ok: false, erreur: { code: "SIG-CIRCUIT-ROLE-INATTENDU" } });
  });
});
