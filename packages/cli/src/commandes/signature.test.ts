import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { remplirCerfaPdf } from "@communs-opco/adaptateur-cerfa-pdf";
import { contratExemple } from "@communs-opco/schemas";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { contexteCliCapture } from "../contexteCliCapture";
import { executerCli } from "../executerCli";

// En CI, .ci/run installe openssl : son absence y fait échouer ces tests, jamais un saut silencieux.
const opensslDisponible = (() => {
  if (process.env["CI"] === "true") return true;
  try {
    execFileSync("openssl", ["version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

let dossier = "";
const MOT_DE_PASSE = "mot-de-passe-de-test";

/** Certificat de test (auto-signé) produit par openssl, empaqueté en PKCS#12. */
function certificat(nom: string, cn: string): void {
  const cle = join(dossier, `${nom}.cle.pem`);
  const cert = join(dossier, `${nom}.pem`);
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", cle, "-out", cert, "-days", "3650", "-subj", `/C=FR/O=Test/CN=${cn}`], { stdio: "ignore" });
  execFileSync("openssl", ["pkcs12", "-export", "-inkey", cle, "-in", cert, "-out", join(dossier, `${nom}.p12`), "-passout", `pass:${MOT_DE_PASSE}`], { stdio: "ignore" });
}

async function opco(args: string[], entree?: Uint8Array): Promise<{ code: number; sortie: string; erreurs: string }> {
  const c = contexteCliCapture({ repertoire: dossier, ...(entree === undefined ? {} : { entree }) });
  const code = await executerCli(args, c);
  return { code, sortie: c.sortie.join(""), erreurs: c.erreurs.join("") };
}

describe.skipIf(!opensslDisponible)("opco signature", { timeout: 120_000 }, () => {
  beforeAll(async () => {
    dossier = mkdtempSync(join(tmpdir(), "opco-signature-"));
    writeFileSync(join(dossier, "cerfa.pdf"), await remplirCerfaPdf(contratExemple));
    writeFileSync(join(dossier, "contrat.json"), JSON.stringify(contratExemple));
    certificat("employeur", "Jeanne EMPLOYEUR");
    certificat("apprenti", "Lea MARTIN");
    certificat("representant", "Paul MARTIN");
  }, 120_000);
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(dossier, { recursive: true, force: true });
  });

  it("circuit : signataires attendus du contrat, dans l'ordre", async () => {
    const r = await opco(["signature", "circuit", "contrat.json"]);
    expect(r.code).toBe(0);
    expect(r.sortie).toContain("Apprenti mineur à la conclusion (2024-08-26) : oui");
    expect(r.sortie).toMatch(/1\. Employeur[\s\S]*2\. Apprenti\(e\) — Léa MARTIN[\s\S]*3\. Représentant légal[\s\S]*4\. CFA/u);
    const json = await opco(["signature", "circuit", "contrat.json", "--json"]);
    expect((JSON.parse(json.sortie) as { signataires: { role: string }[] }).signataires.map((s) => s.role)).toEqual(["employeur", "apprenti", "representant", "cfa"]);
  });

  it("signer : mot de passe faux ou rôle inconnu → code 2 avec un message, sans le mot de passe", async () => {
    vi.stubEnv("OPCO_CERTIFICAT_MOT_DE_PASSE", "faux-secret");
    const faux = await opco(["signature", "signer", "cerfa.pdf", "--certificat", "employeur.p12", "--role", "employeur", "--sortie", "signe1.pdf"]);
    expect(faux.code).toBe(2);
    expect(faux.erreurs).toContain("Mot de passe du certificat incorrect");
    expect(faux.erreurs).not.toContain("faux-secret");
    vi.stubEnv("OPCO_CERTIFICAT_MOT_DE_PASSE", MOT_DE_PASSE);
    const role = await opco(["signature", "signer", "cerfa.pdf", "--certificat", "employeur.p12", "--role", "tuteur", "--sortie", "signe1.pdf"]);
    expect(role.code).toBe(2);
    expect(role.erreurs).toContain("rôle inconnu « tuteur »");
    const ordre = await opco(["signature", "signer", "cerfa.pdf", "--certificat", "apprenti.p12", "--role", "apprenti", "--sortie", "signe1.pdf"]);
    expect(ordre.code).toBe(2);
    expect(ordre.erreurs).toContain("Signature hors ordre : c'est au tour de « employeur »");
    expect(existsSync(join(dossier, "signe1.pdf"))).toBe(false);
  });

  it("« - » : signer et verifier lisent le PDF en octets sur l'entrée standard ; deux entrées « - » refusées (code 2)", async () => {
    vi.stubEnv("OPCO_CERTIFICAT_MOT_DE_PASSE", MOT_DE_PASSE);
    const cerfa = readFileSync(join(dossier, "cerfa.pdf"));
    const signe = await opco(["signature", "signer", "-", "--certificat", "employeur.p12", "--role", "employeur", "--sortie", "signe-tube.pdf"], cerfa);
    expect(signe.erreurs).toBe("");
    expect(signe.code).toBe(0);
    expect(signe.sortie).toContain("étape 1/4 : signe-tube.pdf");
    const verifie = await opco(["signature", "verifier", "-"], readFileSync(join(dossier, "signe-tube.pdf")));
    expect(verifie.code).toBe(0);
    expect(verifie.sortie).toContain("Fichier : entrée standard — ");
    expect(verifie.sortie).toContain("Conclusion : toutes les signatures sont valides");
    const deux = await opco(["signature", "signer", "-", "--certificat", "-", "--role", "employeur", "--sortie", "x.pdf"], cerfa);
    expect(deux.code).toBe(2);
    expect(deux.erreurs).toContain("« - » (entrée standard) ne peut servir qu'à une seule entrée");
  });

  it("signer trois fois puis verifier : code 0, journal d'audit à côté du PDF ; une altération → code 1", async () => {
    vi.stubEnv("OPCO_CERTIFICAT_MOT_DE_PASSE", MOT_DE_PASSE);
    const etapes: [string, string, string][] = [
      ["cerfa.pdf", "employeur", "signe1.pdf"],
      ["signe1.pdf", "apprenti", "signe2.pdf"],
      ["signe2.pdf", "representant", "signe3.pdf"],
    ];
    for (const [entree, role, sortie] of etapes) {
      const r = await opco(["signature", "signer", entree, "--certificat", `${role}.p12`, "--role", role, "--sortie", sortie, "--lieu", "Lyon"]);
      expect(r.erreurs).toBe("");
      expect(r.code).toBe(0);
    }
    const journal = JSON.parse(readFileSync(join(dossier, "signe3.pdf.signatures.json"), "utf8")) as { etapes: { role: string; empreinteApres: string }[]; attendus: unknown[] };
    expect(journal.etapes.map((e) => e.role)).toEqual(["employeur", "apprenti", "representant"]);
    expect(journal.attendus).toHaveLength(4);

    const texte = await opco(["signature", "verifier", "signe3.pdf"]);
    expect(texte.code).toBe(0);
    expect(texte.sortie).toContain("Conclusion : toutes les signatures sont valides");
    const json = await opco(["signature", "verifier", "signe3.pdf", "--json", "--autorite", "employeur.pem", "--autorite", "apprenti.pem", "--autorite", "representant.pem"]);
    expect(json.code).toBe(0);
    const rapport = JSON.parse(json.sortie) as { valide: boolean; signatures: { role: string; chaine: string }[] };
    expect(rapport.signatures.map((s) => [s.role, s.chaine])).toEqual([
      ["employeur", "approuvee"],
      ["apprenti", "approuvee"],
      ["representant", "approuvee"],
    ]);

    const altere = readFileSync(join(dossier, "signe3.pdf"));
    altere[4000] = (altere[4000] ?? 0) ^ 0x02;
    writeFileSync(join(dossier, "altere.pdf"), altere);
    const invalide = await opco(["signature", "verifier", "altere.pdf", "--json"]);
    expect(invalide.code).toBe(1);
    expect((JSON.parse(invalide.sortie) as { constats: { id: string }[] }).constats.filter((c) => c.id === "SIG-INTEGRITE")).toHaveLength(3);

    const cfaAvantRepresentant = await opco(["signature", "signer", "signe1.pdf", "--certificat", "representant.p12", "--role", "cfa", "--sortie", "x.pdf"]);
    expect(cfaAvantRepresentant.code).toBe(2);
  });

  it("verifier : fichier absent → code 2 ; PDF tronqué → code 1 avec un constat situé", async () => {
    expect((await opco(["signature", "verifier", "absent.pdf"])).code).toBe(2);
    const signe = readFileSync(join(dossier, "signe1.pdf"));
    writeFileSync(join(dossier, "tronque.pdf"), signe.subarray(0, signe.length - 5000));
    const avertissements = vi.spyOn(console, "warn");
    const r = await opco(["signature", "verifier", "tronque.pdf"]);
    expect(avertissements).not.toHaveBeenCalled();
    avertissements.mockRestore();
    expect(r.code).toBe(1);
    expect(r.sortie).toMatch(/SIG-PDF-TRONQUE @\d+/u);
    expect(r.erreurs).toBe("");
  });
});
