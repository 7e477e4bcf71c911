// Régressions de l'issue 13 (fiabilité et sécurité) sur « opco controle » et « opco convertir » :
// sorties qui écraseraient une entrée, codes de sortie, enregistrements perdus, données
// personnelles dans toutes les sorties, caractères de contrôle, encodage invalide.
import { chmodSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { contratExemple } from "@communs-opco/schemas";
import { describe, expect, it } from "vitest";
import { genererContratsDemo } from "../demo/genererContratsDemo";
import type { Commande } from "../Commande";
import type { CommandeDifferee } from "../CommandeDifferee";
import { contexteCliCapture } from "../contexteCliCapture";
import { executerCli } from "../executerCli";

const DATE = "2025-11-03";
const conformes = [...genererContratsDemo({ nombre: 6, graine: 13, partConformes: 1, partIllisibles: 0 })].map((l) => l.texte);

function dossierTemporaire(): string {
  return mkdtempSync(join(tmpdir(), "opco-fiabilite-"));
}

async function lancer(dossier: string, ...args: string[]) {
  const c = contexteCliCapture({ repertoire: dossier });
  const code = await executerCli(args, c);
  return { code, sortie: c.sortie.join(""), erreurs: c.erreurs.join("") };
}

describe("défaut 1 : une sortie n'écrase jamais une entrée", () => {
  it("--rapport et --export-indus égaux au fichier lu : code 2, message clair, fichier intact", async () => {
    const d = dossierTemporaire();
    const contenu = `${conformes.join("\n")}\n`;
    writeFileSync(join(d, "c.jsonl"), contenu);
    for (const option of ["--rapport", "--export-indus"]) {
      const r = await lancer(d, "controle", "c.jsonl", "--date", DATE, option, "c.jsonl");
      expect(r.code).toBe(2);
      expect(r.erreurs).toContain(`le fichier de ${option} « `);
      expect(r.erreurs).toContain("est aussi un fichier lu");
      expect(readFileSync(join(d, "c.jsonl"), "utf8")).toBe(contenu);
    }
  });

  it("par un autre chemin, un lien symbolique ou un lien physique : refusé aussi", async () => {
    const d = dossierTemporaire();
    mkdirSync(join(d, "sous"));
    const contenu = `${conformes[0]}\n`;
    writeFileSync(join(d, "c.jsonl"), contenu);
    linkSync(join(d, "c.jsonl"), join(d, "lien-physique.html"));
    symlinkSync(join(d, "c.jsonl"), join(d, "lien-symbolique.html"));
    for (const sortie of ["sous/../c.jsonl", "lien-physique.html", "lien-symbolique.html"]) {
      const r = await lancer(d, "controle", "c.jsonl", "--date", DATE, "--rapport", sortie);
      expect(r.code, sortie).toBe(2);
      expect(readFileSync(join(d, "c.jsonl"), "utf8")).toBe(contenu);
    }
    const r = await lancer(d, "controle", "c.jsonl", "--date", DATE, "--rapport", "r.html", "--export-indus", "r.html");
    expect(r.code).toBe(2);
    expect(r.erreurs).toContain("désignent le même fichier");
  });

  it("« opco convertir --sortie » égal au fichier lu : code 2, fichier intact", async () => {
    const d = dossierTemporaire();
    const contenu = JSON.stringify([contratExemple]);
    writeFileSync(join(d, "c.json"), contenu);
    const r = await lancer(d, "convertir", "c.json", "--de", "standard", "--vers", "standard", "--sortie", "c.json");
    expect(r.code).toBe(2);
    expect(readFileSync(join(d, "c.json"), "utf8")).toBe(contenu);
  });

  it("les sorties passent par un fichier temporaire renommé : aucun fichier .tmp ne reste", async () => {
    const d = dossierTemporaire();
    writeFileSync(join(d, "c.jsonl"), `${conformes.join("\n")}\n`);
    const r = await lancer(d, "controle", "c.jsonl", "--date", DATE, "--rapport", "r.html", "--export-indus", "i.jsonl");
    expect(r.code).toBeLessThan(2); // 0 ou 1 selon les constats avant paiement : ni erreur d'utilisation ni d'entrée-sortie
    expect(readFileSync(join(d, "r.html"), "utf8")).toMatch(/<\/html>\n$/);
    expect(existsSync(join(d, "i.jsonl"))).toBe(true);
    expect(readdirSync(d).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("défaut 10 : codes de sortie et messages en français", () => {
  it("--rapport dans un dossier absent ou non inscriptible : code 2 (plus « erreur inattendue » code 1)", async () => {
    const d = dossierTemporaire();
    writeFileSync(join(d, "c.jsonl"), `${conformes[0]}\n`);
    const absent = await lancer(d, "controle", "c.jsonl", "--date", DATE, "--rapport", "absent/r.html");
    expect(absent.code).toBe(2);
    expect(absent.erreurs).toContain("fichier ou dossier introuvable");
    mkdirSync(join(d, "ro"));
    chmodSync(join(d, "ro"), 0o500);
    const lectureSeule = await lancer(d, "controle", "c.jsonl", "--date", DATE, "--rapport", "ro/r.html");
    // En root, le dossier reste inscriptible : seul le cas non root vérifie le refus.
    if (process.getuid?.() !== 0) {
      expect(lectureSeule.code).toBe(2);
      expect(lectureSeule.erreurs).toContain("permission refusée");
    } else expect(lectureSeule.code).toBeLessThan(2);
  });

  it("une entrée vide ou faite de blancs : code 2 et le message le dit", async () => {
    const d = dossierTemporaire();
    writeFileSync(join(d, "vide.json"), "  \n\n");
    const r = await lancer(d, "controle", "vide.json", "--date", DATE);
    expect(r.code).toBe(2);
    expect(r.erreurs).toContain("aucun enregistrement lu");
  });

  it("une erreur imprévue donne le code 3, un message français sans texte brut ni trace de pile", async () => {
    const { expliquerErreurSysteme } = await import("../sorties/expliquerErreurSysteme");
    expect(expliquerErreurSysteme(Object.assign(new Error("getaddrinfo ENOTFOUND api.example"), { code: "ENOTFOUND" }))).toBe("serveur introuvable (nom de domaine inconnu)");
    expect(expliquerErreurSysteme(new TypeError("fetch failed", { cause: Object.assign(new Error("x"), { code: "ENOTFOUND" }) }))).toBe("serveur introuvable (nom de domaine inconnu)");
    expect(expliquerErreurSysteme(Object.assign(new Error("FILE_ENDED"), { code: "FILE_ENDED" }))).toBe("fin de fichier inattendue (fichier tronqué)");
    expect(expliquerErreurSysteme(new SyntaxError("Unexpected token } in JSON at position 3"))).toBe("JSON invalide");
    expect(expliquerErreurSysteme(new Error("http://user:secret@hote/ a échoué"))).toBe("erreur inattendue");
    const c = contexteCliCapture();
    const { commandes } = await import("../commandes");
    const panne: Commande = { nom: "panne-test", resume: "", usage: "", executer: () => Promise.reject(Object.assign(new Error("EIO: i/o error, read\n    at foo (x.js:1:1)"), { code: "EIO" })) };
    (commandes as CommandeDifferee[]).push({ nom: panne.nom, resume: panne.resume, charger: () => Promise.resolve(panne) });
    try {
      expect(await executerCli(["panne-test"], c)).toBe(3);
    } finally {
      (commandes as CommandeDifferee[]).pop();
    }
    expect(c.erreurs.join("")).toBe("opco panne-test : erreur d'entrée-sortie du disque\n");
  });
});

describe("défaut 5 : aucun enregistrement perdu", () => {
  it("fins de ligne CR seul, LF et CR LF : autant de résultats que de contrats", async () => {
    const d = dossierTemporaire();
    for (const [nom, fin] of [["cr.jsonl", "\r"], ["lf.jsonl", "\n"], ["crlf.jsonl", "\r\n"]] as const) {
      writeFileSync(join(d, nom), conformes.join(fin) + fin);
      const r = await lancer(d, "controle", nom, "--date", DATE, "--json", "--referentiel", "aucun");
      const json = JSON.parse(r.sortie) as { resume: { total: number; conformes: number }; resultats: { source: { ligne: number } }[] };
      expect(json.resume.total, nom).toBe(conformes.length);
      expect(json.resultats.map((x) => x.source.ligne), nom).toEqual(conformes.map((_, i) => i + 1));
    }
  });

  it("un élément cassé d'un tableau JSON n'avale pas les suivants ; une virgule manquante ne fusionne pas deux contrats", async () => {
    const d = dossierTemporaire();
    const [a, b, c, e, f] = conformes as [string, string, string, string, string];
    // 6 éléments présents : a, cassé (accolade manquante), b, c, e puis f sans virgule avant lui.
    const texte = `[\n${a},\n{"employeur": {"siret": "80123456700015",\n${b},\n${c},\n${e}\n${f}\n]\n`;
    writeFileSync(join(d, "t.json"), texte);
    const r = await lancer(d, "controle", "t.json", "--date", DATE, "--json", "--referentiel", "aucun");
    const json = JSON.parse(r.sortie) as { resume: { total: number; conformesVerificationsExecutees: number; illisibles: number }; resultats: { statut: string; source: { ligne: number }; raison?: string }[] };
    // --referentiel aucun : conformes aux vérifications exécutées (les vérifications avant paiement ne sont pas demandées)
    expect(json.resume).toMatchObject({ total: 6, conformesVerificationsExecutees: 5, illisibles: 1 });
    const ok = "conforme_verifications_executees";
    expect(json.resultats.map((x) => [x.source.ligne, x.statut])).toEqual([[2, ok], [3, "illisible"], [4, ok], [5, ok], [6, ok], [7, ok]]);
    expect(json.resultats[1]?.raison).toContain("non terminé");
  });
});

describe("défaut 6 : données personnelles masquées dans toutes les sorties", () => {
  const contrat = {
    ...contratExemple,
    employeur: { ...contratExemple.employeur, siret: "1.84.12.76.451.089-46" },
    formation: { ...contratExemple.formation, intituleQualification: "CAP lea.martin@example.com +33 (0)6 12 34 56 78" },
  };

  it("--json, texte, rapport HTML : NIR à séparateurs, courriel et téléphone saisis dans d'autres champs sont masqués", async () => {
    const d = dossierTemporaire();
    writeFileSync(join(d, "p.jsonl"), `${JSON.stringify(contrat)}\n`);
    const json = await lancer(d, "controle", "p.jsonl", "--date", DATE, "--json", "--rapport", "r.html");
    const texte = await lancer(d, "controle", "p.jsonl", "--date", DATE);
    const html = readFileSync(join(d, "r.html"), "utf8");
    for (const sortie of [json.sortie, texte.sortie, html]) {
      expect(sortie).not.toContain("451.089");
      expect(sortie).not.toContain("lea.martin@");
      expect(sortie).not.toContain("12 34 56 78");
    }
    expect(JSON.parse(json.sortie)).toMatchObject({ donneesPersonnelles: "masquees" });
    expect(texte.sortie).toContain("Données personnelles masquées");
  });

  it("--en-clair : valeurs conservées et signalées dans le résumé", async () => {
    const d = dossierTemporaire();
    writeFileSync(join(d, "p.jsonl"), `${JSON.stringify(contrat)}\n`);
    const texte = await lancer(d, "controle", "p.jsonl", "--date", DATE, "--en-clair");
    expect(texte.sortie).toContain("lea.martin@example.com +33 (0)6 12 34 56 78");
    expect(texte.sortie).toContain("Données personnelles EN CLAIR (option --en-clair)");
    const json = await lancer(d, "controle", "p.jsonl", "--date", DATE, "--json", "--en-clair");
    expect(JSON.parse(json.sortie)).toMatchObject({ donneesPersonnelles: "en_clair" });
  });
});

describe("défaut 7 : texte hostile neutralisé, encodage invalide signalé", () => {
  it("une séquence ESC et une surcharge bidirectionnelle dans le SIRET n'atteignent pas le terminal", async () => {
    const d = dossierTemporaire();
    const hostile = { ...contratExemple, employeur: { ...contratExemple.employeur, siret: "801\u001b[2J\u001b]0;pwn\u0007234\u202e56" } };
    writeFileSync(join(d, "h.jsonl"), `${JSON.stringify(hostile)}\n`);
    for (const args of [[], ["--json"]]) {
      const r = await lancer(d, "controle", "h.jsonl", "--date", DATE, ...args);
      expect(r.sortie).not.toMatch(/[\u001b\u0007\u202e]/u);
      if (args.length === 0) expect(r.sortie).toContain("801\\x1B[2J");
    }
  });

  it("un fichier Latin-1 ou des octets non UTF-8 : enregistrement illisible avec la raison, jamais réparé en silence", async () => {
    const d = dossierTemporaire();
    // Première ligne en Latin-1, seconde en UTF-8 : seule la première est touchée.
    const latin1 = Buffer.concat([Buffer.from(`${JSON.stringify({ ...contratExemple, apprenti: { ...contratExemple.apprenti, nom: "HÉLÈNE" } })}\n`, "latin1"), Buffer.from(`${conformes[0] ?? ""}\n`, "utf8")]);
    writeFileSync(join(d, "l.jsonl"), latin1);
    const r = await lancer(d, "controle", "l.jsonl", "--date", DATE, "--json", "--referentiel", "aucun");
    const json = JSON.parse(r.sortie) as { resume: { total: number; illisibles: number }; resultats: { statut: string; raison?: string }[] };
    expect(json.resume).toMatchObject({ total: 2, illisibles: 1 });
    expect(json.resultats[0]?.raison).toContain("Latin-1");
    expect(r.code).toBe(1);
  });
});

describe("défaut 4 : un enregistrement forgé n'interrompt jamais l'exécution", () => {
  it("« opco convertir » sur un JSON imbriqué sur 5 000 niveaux : illisible situé, les autres convertis", async () => {
    const d = dossierTemporaire();
    const profond = `${'{"a":'.repeat(5000)}1${"}".repeat(5000)}`;
    writeFileSync(join(d, "p.json"), `[${JSON.stringify(contratExemple)},${profond},${JSON.stringify(contratExemple)}]`);
    const r = await lancer(d, "convertir", "p.json", "--de", "standard", "--vers", "standard", "--sortie", "s.json");
    expect(r.code).toBe(1);
    expect(r.erreurs).toContain("3 enregistrement(s) lu(s), 2 enregistrement(s) écrit(s), 1 illisible(s)");
    expect(r.erreurs).toContain("p.json (/1) : Structure JSON trop profonde");
    expect((JSON.parse(readFileSync(join(d, "s.json"), "utf8")) as unknown[]).length).toBe(2);
  });

  it("« opco controle --format standard » lit le JSON et le JSON Lines (un résultat par ligne)", async () => {
    const d = dossierTemporaire();
    writeFileSync(join(d, "c.jsonl"), `${conformes.join("\r\n")}\r\n`);
    writeFileSync(join(d, "c.json"), `[${conformes.join(",")}]`);
    for (const f of ["c.jsonl", "c.json"]) {
      const r = await lancer(d, "controle", f, "--format", "standard", "--date", DATE, "--json", "--referentiel", "aucun");
      expect((JSON.parse(r.sortie) as { resume: { total: number } }).resume.total, f).toBe(conformes.length);
    }
  });
});
