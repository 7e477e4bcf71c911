import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { contratExemple } from "@communs-opco/schemas";
import { attendreAdresseServeur } from "@communs-opco/test-support";
import pino from "pino";
import { beforeAll, describe, expect, it } from "vitest";
import { creerApplication, type ApplicationService } from "../src/index";
import { DocumentOpenApi } from "./documentOpenApi";

const journal = pino({ level: "silent" });
const COURRIEL = "lea.martin@example.fr";
const NIR = "2.07.03.69.123.456.95";
const TELEPHONE = "+33 (0)6 12 34 56 78";

/** Contrat dont trois champs codés contiennent un courriel, un NIR (avec points) et un téléphone : les messages les citent. */
function contratBavard(): Record<string, any> {
  const contrat = structuredClone(contratExemple) as Record<string, any>;
  contrat["apprenti"].nationalite = COURRIEL;
  contrat["apprenti"].regimeSocial = NIR;
  contrat["apprenti"].situationAvantContrat = TELEPHONE;
  return contrat;
}

let masque: ApplicationService;
let permis: ApplicationService;
let doc: DocumentOpenApi;

beforeAll(async () => {
  const base = { referentiels: ["embarque"], journal, metriquesProcessus: false, maintenant: () => Date.parse("2025-11-03T10:00:00Z") };
  masque = creerApplication(base);
  permis = creerApplication({ ...base, enClairAutorise: true });
  await Promise.all([masque.pret, permis.pret]);
  doc = await DocumentOpenApi.depuis(masque.app);
});

/** Appelle une route et vérifie la réponse (chaque ligne d'un NDJSON) contre le document OpenAPI. */
async function appeler(service: ApplicationService, chemin: string, cheminDoc: string, corps: string, type: string): Promise<{ statut: number; texte: string; entete: string | null }> {
  const reponse = await service.app.request(chemin, { method: "POST", body: corps, headers: { "content-type": type } });
  const typeReponse = reponse.headers.get("content-type") ?? "";
  const texte = await reponse.text();
  if (typeReponse.includes("ndjson")) for (const ligne of texte.trim().split("\n")) doc.verifier("POST", cheminDoc, reponse.status, typeReponse, JSON.parse(ligne));
  else doc.verifier("POST", cheminDoc, reponse.status, typeReponse, JSON.parse(texte));
  return { statut: reponse.status, texte, entete: reponse.headers.get("donnees-personnelles") };
}

function sansDonneesPersonnelles(texte: string): void {
  expect(texte).not.toContain(COURRIEL);
  expect(texte).not.toContain(NIR);
  expect(texte).not.toContain("207036912345695");
  expect(texte).not.toContain("12 34 56 78");
}

describe("données personnelles masquées par défaut dans les réponses du service", () => {
  it("POST /v1/contrats/controle (un contrat) : messages et détails masqués, en-tête Donnees-Personnelles: masquees", async () => {
    const r = await appeler(masque, "/v1/contrats/controle?date=2025-11-03&referentiel=aucun", "/v1/contrats/controle", JSON.stringify(contratBavard()), "application/json");
    expect(r.statut).toBe(200);
    expect(r.entete).toBe("masquees");
    sansDonneesPersonnelles(r.texte);
    const constats = JSON.parse(r.texte).constats as { chemins: string[]; message: string; details: Record<string, unknown> }[];
    const nationalite = constats.filter((c) => c.chemins.includes("apprenti.nationalite"));
    expect(nationalite.length).toBeGreaterThan(0);
    expect(nationalite.map((c) => c.message).join(" ")).toContain("l***@example.fr");
    expect(constats.find((c) => c.details["valeur"] !== undefined && c.chemins.includes("apprenti.regimeSocial"))?.details["valeur"]).toMatch(/^2 07 \*\*/);
  });

  it("avec explications : les explications passent aussi par le masquage", async () => {
    const r = await appeler(masque, "/v1/contrats/controle?date=2025-11-03&referentiel=aucun&explication=true", "/v1/contrats/controle", JSON.stringify(contratBavard()), "application/json");
    expect(r.statut).toBe(200);
    expect(JSON.parse(r.texte).explications.length).toBeGreaterThan(10);
    sansDonneesPersonnelles(r.texte);
  });

  it("lot NDJSON : chaque ligne de résultat masquée, résumé inchangé, en-tête masquees", async () => {
    const lot = `${JSON.stringify(contratBavard())}\n${JSON.stringify(contratBavard())}\n`;
    const r = await appeler(masque, "/v1/contrats/controle?date=2025-11-03", "/v1/contrats/controle", lot, "application/x-ndjson");
    expect(r.statut).toBe(200);
    expect(r.entete).toBe("masquees");
    sansDonneesPersonnelles(r.texte);
    const lignes = r.texte.trim().split("\n").map((l) => JSON.parse(l));
    expect(lignes).toHaveLength(3);
    expect(lignes[0].constats.some((c: { message: string }) => c.message.includes("l***@example.fr"))).toBe(true);
    expect(lignes[2].resume).toMatchObject({ total: 2 });
  });

  it("problème RFC 9457 citant une valeur reçue : détail masqué", async () => {
    const r = await appeler(masque, `/v1/contrats/controle?date=${encodeURIComponent(COURRIEL)}`, "/v1/contrats/controle", "{}", "application/json");
    expect(r.statut).toBe(422);
    expect(r.entete).toBe("masquees");
    expect(JSON.parse(r.texte).detail).toContain("l***@example.fr");
    sansDonneesPersonnelles(r.texte);
  });

  it("?enClair=true refusé (403 en français) quand le service ne le permet pas, sans lire le contrat", async () => {
    for (const [chemin, type, corps] of [
      ["/v1/contrats/controle?enClair=true", "application/json", JSON.stringify(contratBavard())],
      ["/v1/contrats/controle?enClair=true", "application/x-ndjson", `${JSON.stringify(contratBavard())}\n`],
      ["/v1/formulaire/completer?enClair=true", "application/json", JSON.stringify({ siret: "80123456700015" })],
    ] as const) {
      const r = await appeler(masque, chemin, chemin.split("?")[0]!, corps, type);
      expect(r.statut).toBe(403);
      const probleme = JSON.parse(r.texte);
      expect(probleme.title).toBe("Données en clair non permises");
      expect(probleme.detail).toContain("OPCO_EN_CLAIR_AUTORISE=1");
    }
    expect((await appeler(masque, "/v1/contrats/controle?enClair=oui", "/v1/contrats/controle", "{}", "application/json")).statut).toBe(422);
  });

  it("?enClair=true permis au démarrage : valeurs en clair, en-tête en-clair ; sans le paramètre, toujours masqué", async () => {
    const clair = await appeler(permis, "/v1/contrats/controle?date=2025-11-03&referentiel=aucun&enClair=true", "/v1/contrats/controle", JSON.stringify(contratBavard()), "application/json");
    expect(clair.statut).toBe(200);
    expect(clair.entete).toBe("en-clair");
    expect(clair.texte).toContain(COURRIEL);
    expect(clair.texte).toContain(NIR);
    expect(clair.texte).toContain(TELEPHONE);
    const lot = await appeler(permis, "/v1/contrats/controle?date=2025-11-03&enClair=true", "/v1/contrats/controle", `${JSON.stringify(contratBavard())}\n`, "application/x-ndjson");
    expect(lot.entete).toBe("en-clair");
    expect(lot.texte).toContain(COURRIEL);
    const defaut = await appeler(permis, "/v1/contrats/controle?date=2025-11-03&referentiel=aucun", "/v1/contrats/controle", JSON.stringify(contratBavard()), "application/json");
    expect(defaut.entete).toBe("masquees");
    sansDonneesPersonnelles(defaut.texte);
    const erreur = await appeler(permis, `/v1/contrats/controle?enClair=true&date=${encodeURIComponent(COURRIEL)}`, "/v1/contrats/controle", "{}", "application/json");
    expect(erreur.statut).toBe(422);
    expect(erreur.entete).toBe("en-clair");
    expect(JSON.parse(erreur.texte).detail).toContain(COURRIEL);
  });

  it("POST /v1/formulaire/completer : profil récurrent avec courriel masqué par défaut, en clair si permis et demandé", async () => {
    const demande = { siret: "80123456700015", profils: [{ nom: "Maître", type: "maitre", miseAJour: null, champs: { "maitre1.courriel": COURRIEL, "maitre1.nom": "DUPONT" } }] };
    const defaut = await appeler(permis, "/v1/formulaire/completer?date=2026-11-26", "/v1/formulaire/completer", JSON.stringify(demande), "application/json");
    expect(defaut.statut).toBe(200);
    expect(defaut.entete).toBe("masquees");
    expect(defaut.texte).not.toContain(COURRIEL);
    const clair = await appeler(permis, "/v1/formulaire/completer?date=2026-11-26&enClair=true", "/v1/formulaire/completer", JSON.stringify(demande), "application/json");
    expect(clair.entete).toBe("en-clair");
    expect(clair.texte).toContain(COURRIEL);
  });

  it("le document OpenAPI déclare enClair (description française), le 403 et l'en-tête Donnees-Personnelles", () => {
    const operation = doc.document.paths["/v1/contrats/controle"].post;
    const parametre = operation.parameters.find((p: { name: string }) => p.name === "enClair");
    expect(parametre.in).toBe("query");
    expect(parametre.description ?? parametre.schema.description).toContain("OPCO_EN_CLAIR_AUTORISE");
    expect(operation.responses["403"]).toBeDefined();
    expect(operation.responses["200"].headers["Donnees-Personnelles"]).toBeDefined();
    expect(doc.document.paths["/v1/formulaire/completer"].post.parameters.some((p: { name: string }) => p.name === "enClair")).toBe(true);
  });
});

/** Démarre `opco serveur` (processus réel) et rend son URL une fois à l'écoute, puis l'arrête par SIGTERM. */
async function avecOpcoServeur(args: string[], env: Record<string, string>, corps: (url: string) => Promise<void>): Promise<void> {
  const bin = fileURLToPath(new URL("../../cli/bin/opco.js", import.meta.url));
  const { OPCO_EN_CLAIR_AUTORISE: _ignoree, ...environnement } = process.env;
  const enfant = spawn(process.execPath, [bin, "serveur", "--port", "0", "--referentiel", "aucun", ...args], { stdio: ["ignore", "pipe", "pipe"], env: { ...environnement, ...env } });
  const fin = new Promise<number | null>((resoudre) => enfant.once("exit", (code) => resoudre(code)));
  try {
    const url = await attendreAdresseServeur(enfant);
    await corps(url);
  } finally {
    enfant.kill("SIGTERM");
    await fin;
  }
}

describe("opco serveur : l'exploitant décide du clair", () => {
  it("sans option : 403 ; --en-clair-autorise ou OPCO_EN_CLAIR_AUTORISE=1 : en clair sur demande", async () => {
    for (const [args, env, attendu] of [
      [[], {}, 403],
      [["--en-clair-autorise"], {}, 200],
      [[], { OPCO_EN_CLAIR_AUTORISE: "1" }, 200],
    ] as const) {
      await avecOpcoServeur([...args], { ...env }, async (url) => {
        const r = await fetch(`${url}/v1/contrats/controle?date=2025-11-03&enClair=true`, { method: "POST", body: JSON.stringify(contratBavard()), headers: { "content-type": "application/json" } });
        expect(r.status).toBe(attendu);
        const texte = await r.text();
        if (attendu === 200) {
          expect(r.headers.get("donnees-personnelles")).toBe("en-clair");
          expect(texte).toContain(COURRIEL);
        } else sansDonneesPersonnelles(texte);
      });
    }
  }, 60_000);
});
