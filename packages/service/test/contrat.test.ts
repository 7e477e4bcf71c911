import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { validate } from "@readme/openapi-parser";
import { contratExemple } from "@communs-opco/schemas";
import pino from "pino";
import { beforeAll, describe, expect, it } from "vitest";
import { creerApplication, type ApplicationService } from "../src/index";
import { DocumentOpenApi } from "./documentOpenApi";

const journal = pino({ level: "silent" });
let service: ApplicationService;
let doc: DocumentOpenApi;

/** Appelle une route, vérifie sa réponse contre le document OpenAPI et la rend. */
async function appeler(methode: string, chemin: string, cheminDoc: string, init: { corps?: string; type?: string } = {}): Promise<{ statut: number; corps: any; entetes: Headers }> {
  const reponse = await service.app.request(chemin, { method: methode, ...(init.corps === undefined ? {} : { body: init.corps }), headers: init.type === undefined ? {} : { "content-type": init.type } });
  const type = reponse.headers.get("content-type") ?? "";
  const texte = await reponse.text();
  const corps = type.includes("json") && !type.includes("ndjson") ? JSON.parse(texte) : texte;
  if (type.includes("ndjson")) for (const ligne of texte.trim().split("\n")) doc.verifier(methode, cheminDoc, reponse.status, type, JSON.parse(ligne));
  else doc.verifier(methode, cheminDoc, reponse.status, type, corps);
  return { statut: reponse.status, corps, entetes: reponse.headers };
}

beforeAll(async () => {
  service = creerApplication({ referentiels: ["embarque"], journal, metriquesProcessus: false, maintenant: () => Date.parse("2025-11-03T10:00:00Z") });
  await service.pret;
  doc = await DocumentOpenApi.depuis(service.app);
});

describe("document OpenAPI 3.1", () => {
  it("est un document OpenAPI 3.1 valide (validateur @readme/openapi-parser, hors ligne)", async () => {
    const resultat = await validate(structuredClone(doc.document) as never);
    expect(resultat.valid, JSON.stringify(resultat)).toBe(true);
    expect(doc.document.openapi).toBe("3.1.0");
  });

  it("décrit toutes les routes de la CLI, générées des schémas zod (le contrat standard compris)", () => {
    const chemins = Object.keys(doc.document.paths).sort();
    expect(chemins).toEqual(
      ["/metrics", "/pret", "/sante", "/v1/contrats/controle", "/v1/contrats/convertir", "/v1/financement", "/v1/formats", "/v1/formulaire/completer", "/v1/identifiants", "/v1/indicateurs", "/v1/identifiants/{type}/{valeur}", "/v1/npec", "/v1/offres", "/v1/parametres/{id}", "/v1/regles", "/v1/remuneration", "/v1/signature/signer", "/v1/signature/verifier", "/v1/statut", "/v1/usage"].sort(),
    );
    const corps = doc.document.paths["/v1/contrats/controle"].post.requestBody.content["application/json"].schema;
    expect(JSON.stringify(corps)).toContain("dateDebutContrat");
  });
});

describe("chaque route répond selon le document", () => {
  it("exploitation : /sante, /pret, /metrics, /v1/usage", async () => {
    expect((await appeler("GET", "/sante", "/sante")).corps).toEqual({ statut: "ok" });
    expect((await appeler("GET", "/pret", "/pret")).corps).toEqual({ pret: true, referentiels: ["embarque", "aucun"] });
    expect((await appeler("GET", "/metrics", "/metrics")).corps).toContain("opco_requetes_total");
    await appeler("GET", "/v1/formats", "/v1/formats");
    const usage = await appeler("GET", "/v1/usage", "/v1/usage");
    expect(usage.corps.titulaires.map((t: { titulaire: string }) => t.titulaire)).toContain("anonyme");
  });

  it("POST /v1/contrats/controle : le contrat d'exemple au 2025-11-03, puis un contrat vide (constats), avec explications", async () => {
    const r = await appeler("POST", "/v1/contrats/controle?date=2025-11-03", "/v1/contrats/controle", { corps: JSON.stringify(contratExemple), type: "application/json" });
    expect(r.statut).toBe(200);
    expect(r.corps.dateEvaluation).toBe("2025-11-03");
    expect(["conforme", "indetermine", "non_conforme"]).toContain(r.corps.statut);
    const vide = await appeler("POST", "/v1/contrats/controle?date=2025-11-03&referentiel=aucun&explication=true", "/v1/contrats/controle", { corps: "{}", type: "application/json" });
    expect(vide.corps.statut).toBe("non_conforme");
    expect(vide.corps.constats.some((c: { regle: string }) => c.regle === "contrat.presence.obligatoires")).toBe(true);
    expect(vide.corps.explications.length).toBeGreaterThan(10);
  });

  it("POST /v1/contrats/controle en NDJSON : une ligne par contrat, une ligne illisible, puis le résumé", async () => {
    const lot = `${JSON.stringify(contratExemple)}\n{"tronqué": \n{}\n`;
    const r = await appeler("POST", "/v1/contrats/controle?date=2025-11-03", "/v1/contrats/controle", { corps: lot, type: "application/x-ndjson" });
    const lignes = (r.corps as string).trim().split("\n").map((l) => JSON.parse(l));
    expect(lignes.map((l) => l.statut ?? "resume")).toEqual([expect.any(String), "illisible", "non_conforme", "resume"]);
    expect(lignes[1].source).toEqual({ fichier: "requête", ligne: 2 });
    expect(lignes[3].resume).toMatchObject({ total: 3, illisibles: 1 });
    expect(lignes[3].resume.avantPaiement.source).toContain("instantané embarqué");
  });

  it("identifiants, formats, règles, paramètres", async () => {
    expect((await appeler("GET", "/v1/identifiants/auto/35600000009075", "/v1/identifiants/{type}/{valeur}")).corps).toMatchObject({ type: "siret", valide: true });
    const nir = await appeler("GET", "/v1/identifiants/nir/178056912304519", "/v1/identifiants/{type}/{valeur}");
    expect(nir.corps.valeur).not.toBe("178056912304519");
    const liste = await appeler("POST", "/v1/identifiants", "/v1/identifiants", { corps: JSON.stringify({ valeurs: ["0951099D", "XYZ!"] }), type: "application/json" });
    expect(liste.corps.map((l: { valide: boolean }) => l.valide)).toEqual([true, false]);
    expect((await appeler("GET", "/v1/formats", "/v1/formats")).corps.map((f: { nom: string }) => f.nom)).toContain("deca");
    const regles = (await appeler("GET", "/v1/regles", "/v1/regles")).corps as { famille: string }[];
    expect(regles.filter((r) => r.famille === "avant_paiement")).toHaveLength(12);
    expect((await appeler("GET", "/v1/parametres/smic.horaire.metropole?date=2025-01-01", "/v1/parametres/{id}")).corps).toMatchObject({ valeur: 11.88, dateEffet: "2024-11-01" });
    expect((await appeler("GET", "/v1/parametres/inconnu", "/v1/parametres/{id}")).statut).toBe(404);
  });

  it("rémunération, NPEC, financement, statut", async () => {
    const rem = await appeler("POST", "/v1/remuneration", "/v1/remuneration", { corps: JSON.stringify({ dateNaissance: "2008-01-10", dateDebutContrat: "2024-09-01", dateFinContrat: "2026-08-31", echeancier: true }), type: "application/json" });
    expect(rem.corps.periodes.length).toBeGreaterThan(1);
    expect(rem.corps.echeancier.length).toBe(24);
    const npec = await appeler("GET", "/v1/npec?rncp=RNCP1002&idcc=478&date=2024-09-01", "/v1/npec");
    expect(npec.corps).toMatchObject({ statut: "trouve", valeur: { npecAnnuel: 9497 } });
    const fin = await appeler("POST", "/v1/financement?date=2026-11-26", "/v1/financement", { corps: JSON.stringify({ contrat: { contrat: { dateSignature: "2024-08-20", dateDebutContrat: "2024-09-01", dateFinContrat: "2026-08-31" } }, npec: 9497 }), type: "application/json" });
    expect(fin.corps).toMatchObject({ statut: "calcule", npec: { annuel: 9497 } });
    const cas = { formation: { debut: "2024-09-01", fin: "2025-08-31" }, contrats: [{ debut: "2024-10-01", fin: "2025-08-31" }], date: "2025-03-06" };
    expect((await appeler("POST", "/v1/statut", "/v1/statut", { corps: JSON.stringify(cas), type: "application/json" })).corps.statut).toBe("APPRENTI");
    const erreur = await appeler("POST", "/v1/statut", "/v1/statut", { corps: JSON.stringify({ ...cas, date: "03/06/2025" }), type: "application/json" });
    expect(erreur.statut).toBe(422);
    expect(erreur.corps.detail).toContain("date invalide");
  });

  it("POST /v1/contrats/convertir : extraction DECA réelle → enregistrements standard, bilan en en-têtes", async () => {
    const extraction = readFileSync(fileURLToPath(new URL("../../../adapters/deca/test/fixtures/extraction-deca.json", import.meta.url)));
    const r = await service.app.request("/v1/contrats/convertir?de=deca&vers=standard", { method: "POST", body: extraction, headers: { "content-type": "application/octet-stream" } });
    expect(r.status).toBe(200);
    const dossiers = (await r.json()) as { numeroDeca?: string }[];
    doc.verifier("POST", "/v1/contrats/convertir", 200, r.headers.get("content-type")!, dossiers);
    expect(dossiers.length).toBe(Number(r.headers.get("opco-conversion-ecrits")));
    expect(Number(r.headers.get("opco-conversion-lus"))).toBeGreaterThan(0);
    const inconnu = await appeler("POST", "/v1/contrats/convertir?vers=inconnu", "/v1/contrats/convertir", { corps: "{}", type: "application/octet-stream" });
    expect(inconnu.statut).toBe(422);
  });

  it("POST /v1/indicateurs : effectifs NDJSON, une ligne illisible comptée avec son motif", async () => {
    const S = { debut: "2024-09-01", fin: "2025-08-31" };
    const ok = JSON.stringify({ formation: S, contrats: [{ debut: "2024-10-01" }], organisme: { departement: "75" } });
    const r = await appeler("POST", "/v1/indicateurs?date=2025-03-06&par=departement", "/v1/indicateurs", { corps: `${ok}\n{ cassé\n${ok}\n`, type: "application/x-ndjson" });
    expect(r.statut).toBe(200);
    expect(r.corps.lignes).toMatchObject({ lues: 3, effectifs: 2, illisibles: [{ ligne: 2 }] });
    expect(r.corps.bilan.total).toBe(2);
    expect((await appeler("POST", "/v1/indicateurs?date=2025-03-06&par=couleur", "/v1/indicateurs", { corps: ok, type: "application/x-ndjson" })).statut).toBe(422);
  });

  it("POST /v1/formulaire/completer : brouillon autocomplété depuis l'instantané embarqué, provenance de chaque champ", async () => {
    const demande = { siret: "80123456700015", certification: "RNCP37537", cfa: "0010001W", codePostal: "69002" };
    const r = await appeler("POST", "/v1/formulaire/completer?date=2026-11-26", "/v1/formulaire/completer", { corps: JSON.stringify(demande), type: "application/json" });
    expect(r.statut).toBe(200);
    expect(r.corps.brouillon["employeur.siret"]).toEqual({ valeur: "80123456700015", provenance: "saisie", date: "2026-11-26" });
    expect(r.corps.completude.blocs.length).toBeGreaterThan(2);
    expect((await appeler("POST", "/v1/formulaire/completer", "/v1/formulaire/completer", { corps: "{}", type: "application/json" })).statut).toBe(422);
  });

  it("problèmes RFC 9457 en français : 400 (ligne, colonne), 415, 422, 413, 404", async () => {
    const invalide = await appeler("POST", "/v1/contrats/controle", "/v1/contrats/controle", { corps: '{\n  "employeur": }', type: "application/json" });
    expect(invalide.statut).toBe(400);
    expect(invalide.entetes.get("content-type")).toContain("application/problem+json");
    expect(invalide.corps).toMatchObject({ status: 400, title: "JSON invalide", ligne: 2, colonne: 16 });
    expect((await appeler("POST", "/v1/remuneration", "/v1/remuneration", { corps: "{}", type: "text/plain" })).statut).toBe(415);
    const champs = await appeler("POST", "/v1/remuneration", "/v1/remuneration", { corps: JSON.stringify({ dateNaissance: "2008-01-10" }), type: "application/json" });
    expect(champs.statut).toBe(422);
    expect(champs.corps.erreurs.map((e: { chemin: string }) => e.chemin)).toEqual(["dateDebutContrat", "dateFinContrat"]);
    expect(champs.corps.detail).toMatch(/attendu/);
    expect((await appeler("POST", "/v1/contrats/controle?date=2025-02-30", "/v1/contrats/controle", { corps: "{}", type: "application/json" })).corps.detail).toContain("date AAAA-MM-JJ existante");
    expect((await appeler("POST", "/v1/contrats/controle?referentiel=en-ligne", "/v1/contrats/controle", { corps: "{}", type: "application/json" })).statut).toBe(422);

    const petit = creerApplication({ referentiels: ["aucun"], journal, metriquesProcessus: false, limiteCorpsOctets: 100 });
    const trop = await petit.app.request("/v1/identifiants", { method: "POST", body: JSON.stringify({ valeurs: Array(50).fill("0951099D") }), headers: { "content-type": "application/json" } });
    expect(trop.status).toBe(413);
    doc.verifier("POST", "/v1/identifiants", 413, trop.headers.get("content-type")!, await trop.json());
    const absente = await service.app.request("/v1/inconnue");
    expect(absente.status).toBe(404);
    expect(((await absente.json()) as { detail: string }).detail).toBe("aucune route GET /v1/inconnue");
  });
});
