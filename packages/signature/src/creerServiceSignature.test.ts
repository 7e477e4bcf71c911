import { remplirCerfaPdf } from "@communs-opco/adaptateur-cerfa-pdf";
import { contratExemple } from "@communs-opco/schemas";
import { describe, expect, it } from "vitest";
import { creerAutoriteTest, creerCertificatTest } from "../test/certificatsTest";
import { chargerServiceSignature } from "./creerServiceSignature";

describe("service de signature (fonctions des routes /v1/signature/*)", { timeout: 60_000 }, () => {
  it("certificat chargé une fois ; signe dans l'ordre du circuit, refuse hors circuit (409), rôle inconnu (400) ; vérifie", async () => {
    const t = creerCertificatTest("Cachet OPCO", creerAutoriteTest());
    expect(chargerServiceSignature(t.p12, "faux")).toMatchObject({ ok: false, erreur: { code: "SIG-CERTIFICAT-MOT-DE-PASSE" } });
    const charge = chargerServiceSignature(t.p12, t.motDePasse, { horloge: () => new Date("2026-09-01T08:00:00Z") });
    if (!charge.ok) throw new Error(charge.erreur.message);
    const service = charge.service;
    expect(service.sujetCertificat).toContain("CN=Cachet OPCO");
    const pdf = await remplirCerfaPdf(contratExemple);
    expect(await service.signer({ pdf, role: "chef" })).toMatchObject({ ok: false, statut: 400, code: "SIG-ROLE-INCONNU" });
    expect(await service.signer({ pdf, role: "cfa", contrat: contratExemple })).toMatchObject({ ok: false, statut: 409, code: "SIG-CIRCUIT-ORDRE" });
    expect(await service.signer({ pdf: new Uint8Array([1, 2, 3]), role: "employeur" })).toMatchObject({ ok: false, statut: 422 });
    const r = await service.signer({ pdf, role: "employeur", contrat: contratExemple });
    if (!r.ok) throw new Error(r.message);
    expect(r.journal.etapes).toHaveLength(1);
    const suite = await service.signer({ pdf: r.pdf, role: "apprenti", journal: JSON.parse(JSON.stringify(r.journal)) });
    expect(suite.ok).toBe(true);
    expect(await service.signer({ pdf: r.pdf, role: "apprenti", journal: { version: 2 } })).toMatchObject({ statut: 400, code: "SIG-JOURNAL-ILLISIBLE" });
    const rapport = await service.verifier(suite.ok ? suite.pdf : pdf);
    expect(rapport.valide).toBe(true);
    expect(rapport.signatures.map((s) => s.role)).toEqual(["employeur", "apprenti"]);
  });
});
