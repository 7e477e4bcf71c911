import { createHmac } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { CLE_API_EMULATEUR_YOUSIGN, demarrerEmulateurYousign, SECRET_WEBHOOK_EMULATEUR_YOUSIGN, type EmulateurYousign } from "./demarrerEmulateurYousign";

let emulateur: EmulateurYousign | undefined;
afterEach(async () => {
  await emulateur?.arreter();
  emulateur = undefined;
});

const auth = { authorization: `Bearer ${CLE_API_EMULATEUR_YOUSIGN}` };

describe("émulateur Yousign v3", () => {
  it("garde les octets du PDF déposé en multipart, refuse une clé invalide, signe les notifications", async () => {
    emulateur = await demarrerEmulateurYousign({ horloge: () => Date.parse("2026-09-01T08:00:00Z") });
    expect((await fetch(`${emulateur.url}/v3/signature_requests`, { method: "POST", body: "{}" })).status).toBe(401);
    const demande = (await (await fetch(`${emulateur.url}/v3/signature_requests`, { method: "POST", headers: auth, body: JSON.stringify({ name: "Essai" }) })).json()) as { id: string; status: string };
    expect(demande.status).toBe("draft");
    const pdf = new Uint8Array([...new TextEncoder().encode("%PDF-1.7\n"), 0x00, 0xff, 0xe2, 0x80, 0x0d, 0x0a]);
    const formulaire = new FormData();
    formulaire.append("file", new Blob([pdf], { type: "application/pdf" }), "essai.pdf");
    formulaire.append("nature", "signable_document");
    const document = (await (await fetch(`${emulateur.url}/v3/signature_requests/${demande.id}/documents`, { method: "POST", headers: auth, body: formulaire })).json()) as { id: string };
    const signataire = (await (
      await fetch(`${emulateur.url}/v3/signature_requests/${demande.id}/signers`, {
        method: "POST",
        headers: auth,
        body: JSON.stringify({ info: { first_name: "A", last_name: "B", email: "a@example.fr" }, fields: [{ document_id: document.id, type: "signature", page: 1, x: 1, y: 1 }] }),
      })
    ).json()) as { id: string };
    expect((await fetch(`${emulateur.url}/v3/signature_requests/${demande.id}/activate`, { method: "POST", headers: auth })).status).toBe(201);
    emulateur.signerPour(demande.id, signataire.id);
    const telecharge = new Uint8Array(await (await fetch(`${emulateur.url}/v3/signature_requests/${demande.id}/documents/${document.id}/download`, { headers: auth })).arrayBuffer());
    expect([...telecharge]).toEqual([...pdf]);
    const [premiere] = emulateur.notifications();
    expect(premiere?.entetes["x-yousign-signature-256"]).toBe(`sha256=${createHmac("sha256", SECRET_WEBHOOK_EMULATEUR_YOUSIGN).update(premiere?.corps ?? "").digest("hex")}`);
    expect(JSON.parse(premiere?.corps ?? "{}")).toMatchObject({ event_name: "signature_request.activated", event_time: String(Date.parse("2026-09-01T08:00:00Z") / 1000) });
  });

  it("pannes : 429 avec Retry-After, 5xx ; demande inconnue 404", async () => {
    emulateur = await demarrerEmulateurYousign({ pannes: [{ type: "trop_de_requetes", retryAfter: 3 }, { type: "erreur_serveur", statut: 502 }] });
    const r1 = await fetch(`${emulateur.url}/v3/signature_requests/x`, { headers: auth });
    expect([r1.status, r1.headers.get("retry-after")]).toEqual([429, "3"]);
    expect((await fetch(`${emulateur.url}/v3/signature_requests/x`, { headers: auth })).status).toBe(502);
    expect((await fetch(`${emulateur.url}/v3/signature_requests/x`, { headers: auth })).status).toBe(404);
    expect(emulateur.statistiques).toMatchObject({ requetes: 3, reponses429: 1, reponses5xx: 1 });
  });
});
