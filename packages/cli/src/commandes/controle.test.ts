import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { contratExemple } from "@communs-opco/schemas";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { dateDuJour } from "../controle/dateDuJour";
import { genererContratsDemo } from "../demo/genererContratsDemo";
import { contexteCliCapture } from "../contexteCliCapture";
import { executerCli } from "../executerCli";

const dossier = mkdtempSync(join(tmpdir(), "opco-controle-"));
const DEMO = join(dirname(fileURLToPath(import.meta.url)), "../../data/contrats-demo.jsonl");
const DATE = "2025-11-03";

function contexte() {
  return contexteCliCapture({ repertoire: dossier });
}

function fichier(nom: string, contenu: string): string {
  writeFileSync(join(dossier, nom), contenu);
  return nom;
}

interface SortieJson {
  dateEvaluation: string;
  resultats: { index: number; source: { fichier: string; ligne: number }; statut: string; constats: { regle: string; severite: string; message: string }[]; raison?: string; avantPaiement?: { statut: string } }[];
  resume: {
    total: number; conformes: number; conformesVerificationsExecutees: number; nonConformes: number; indetermines: number; illisibles: number;
    nonExecutees: { regle: string; disponibilite: string }[];
    avantPaiement?: { montantEnJeuCentimes: number | null; raison?: string };
  };
}

async function controleJson(...args: string[]): Promise<{ code: number; json: SortieJson; c: ReturnType<typeof contexte> }> {
  const c = contexte();
  const code = await executerCli(["controle", "--json", ...args], c);
  return { code, json: JSON.parse(c.sortie.join("")) as SortieJson, c };
}

const conformes = [...genererContratsDemo({ nombre: 40, graine: 11, partConformes: 1, partIllisibles: 0 })].map((l) => l.texte);

describe("opco controle", () => {
  it("un fichier de contrats conformes, sans vérifications avant paiement : code 0, conformes aux vérifications exécutées, dit une fois", async () => {
    const nom = fichier("conformes.jsonl", `${conformes.join("\n")}\n`);
    const { code, json } = await controleJson(nom, "--date", DATE, "--referentiel", "aucun");
    expect(code).toBe(0);
    expect(json.dateEvaluation).toBe(DATE);
    expect(json.resume).toEqual({
      total: 40, conformes: 0, conformesVerificationsExecutees: 40, nonConformes: 0, indetermines: 0, illisibles: 0,
      nonExecutees: [{ regle: "prepaiement.*", partie: "les 12 vérifications avant paiement (prepaiement.*)", disponibilite: "indisponible", raison: "vérifications avant paiement non demandées (--referentiel aucun)", contrats: 40 }],
      lot: { contratsLot: 40, contratsHistorique: 0, fichiersHistorique: [], maitres: 40, maitresSatures: false, contratsPrecedentsCherches: 0, contratsPrecedentsTrouves: 0, contratsPrecedentsSatures: false, passes: 1 },
    });
    expect(json.resultats.map((r) => r.index)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(json.resultats.every((r) => r.constats.length === 0 && r.source.fichier === nom)).toBe(true);
  });

  it("lignes cassées, invalides et valeurs non objet : rien n'est perdu, les décomptes s'additionnent, code 1", async () => {
    const defectueux = JSON.parse(conformes[1] ?? "{}") as { employeur: { siret: string } };
    defectueux.employeur.siret = "80123456700016";
    const lignes = [conformes[0], "{pas du json}", JSON.stringify(defectueux), "42", '{"apprenti":{"dateNaissance":"31/02/2007"}}', "", (conformes[2] ?? "").slice(0, 100)];
    const nom = fichier("melange.jsonl", lignes.join("\n"));
    const { code, json } = await controleJson(nom, "--date", DATE, "--referentiel", "aucun");
    expect(code).toBe(1);
    const r = json.resume;
    expect(r.total).toBe(6);
    expect(r.conformes + r.conformesVerificationsExecutees + r.nonConformes + r.indetermines + r.illisibles).toBe(r.total);
    expect(json.resultats.map((x) => `${x.source.ligne}:${x.statut}`)).toEqual(["1:conforme_verifications_executees", "2:illisible", "3:non_conforme", "4:non_conforme", "5:non_conforme", "7:illisible"]);
    expect(json.resultats[1]?.raison).toMatch(/^JSON invalide/);
    expect(json.resultats[5]?.raison).toBe("enregistrement tronqué : le JSON s'arrête avant sa fin");
    expect(json.resultats[2]?.constats.map((c) => c.regle)).toContain("identifiants.siret.format");
    expect(json.resultats[3]?.constats.map((c) => c.regle)).toEqual(["schema.invalidType"]);
    expect(json.resultats[4]?.constats.some((c) => c.regle.startsWith("schema.") && c.severite === "bloquant")).toBe(true);
  });

  it("lit un tableau JSON avec un élément cassé et un objet unique, sur plusieurs fichiers (index continus)", async () => {
    const tableau = fichier("tableau.json", `[\n${conformes[3]},\n{"employeur": },\n${conformes[4]}\n]\n`);
    const objet = fichier("objet.json", JSON.stringify(contratExemple, null, 2));
    const { json } = await controleJson(tableau, objet, "--date", DATE, "--referentiel", "aucun");
    expect(json.resultats.map((x) => `${x.index} ${x.source.fichier}:${x.source.ligne} ${x.statut}`)).toEqual([
      "1 tableau.json:2 conforme_verifications_executees",
      "2 tableau.json:3 illisible",
      "3 tableau.json:4 conforme_verifications_executees",
      `4 objet.json:1 ${json.resultats[3]?.statut}`,
    ]);
    expect(json.resume.total).toBe(4);
  });

  it("« - » lit les contrats sur l'entrée standard, affichés sous le nom « - » ; deux « - » ou un terminal : erreur d'utilisation", async () => {
    const temporaires = () => readdirSync(tmpdir()).filter((f) => f.startsWith("opco-controle-entree-")).length;
    const avant = temporaires();
    const c = contexteCliCapture({ repertoire: dossier, entree: `${conformes[0]}\n${conformes[1]}\n` });
    expect(await executerCli(["controle", "-", "--date", DATE, "--json", "--referentiel", "aucun"], c)).toBe(0);
    const json = JSON.parse(c.sortie.join("")) as SortieJson;
    expect(json.resultats.map((r) => `${r.source.fichier}:${r.source.ligne} ${r.statut}`)).toEqual(["-:1 conforme_verifications_executees", "-:2 conforme_verifications_executees"]);
    const deux = contexteCliCapture({ repertoire: dossier, entree: "{}" });
    expect(await executerCli(["controle", "-", "-"], deux)).toBe(2);
    expect(deux.erreurs.join("")).toContain("ne peut figurer qu'une fois");
    const terminal = contexteCliCapture({ repertoire: dossier });
    expect(await executerCli(["controle", "-"], terminal)).toBe(2);
    expect(terminal.erreurs.join("")).toContain("redirigez un fichier");
    // le fichier temporaire de l'entrée standard est supprimé à la fin
    expect(temporaires()).toBe(avant);
  });

  it("un fichier vide le dit et sort en erreur d'utilisation (code 2), sans sortie à moitié écrite (défaut 10)", async () => {
    const c = contexte();
    const code = await executerCli(["controle", fichier("vide.jsonl", ""), "--date", DATE, "--json", "--rapport", "vide.html"], c);
    expect(code).toBe(2);
    expect(c.erreurs.join("")).toContain("aucun enregistrement lu : le fichier « ");
    expect(c.sortie.join("")).toBe("");
    expect(existsSync(join(dossier, "vide.html"))).toBe(false);
    expect(readdirSync(dossier).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  // Le jeu de démonstration embarqué (500 contrats) est contrôlé une seule fois, en texte et en HTML.
  const demo = { code: -1, texte: "", html: "" };
  beforeAll(async () => {
    const piege = JSON.parse(conformes[5] ?? "{}") as { formation: { intituleQualification: string }; employeur: { siret: string } };
    piege.formation.intituleQualification = "<script>alert(1)</script>";
    piege.employeur.siret = "123";
    const nom = fichier("demo-et-piege.jsonl", `${readFileSync(DEMO, "utf8")}${JSON.stringify(piege)}\n`);
    const c = contexte();
    demo.code = await executerCli(["controle", nom, "--date", DATE, "--rapport", "rapport.html"], c);
    demo.texte = c.sortie.join("");
    demo.html = readFileSync(join(dossier, "rapport.html"), "utf8");
  }, 120_000);

  it("sortie texte : résumé d'abord, non exécutées dites une fois, constats fréquents, puis au plus 20 enregistrements à examiner, données personnelles masquées", () => {
    const texte = demo.texte;
    expect(demo.code).toBe(1);
    expect(texte.startsWith(`Contrôle de 1 fichier(s) à la date d'évaluation ${DATE} (option --date) ; vérifications avant paiement : instantané embarqué du `)).toBe(true);
    expect(texte).toMatch(/Enregistrements lus +: 501\n/);
    const nombre = (libelle: string) => Number(new RegExp(`${libelle} +: (\\d+)`).exec(texte)?.[1] ?? "NaN");
    // le résumé vient avant les lignes d'enregistrements ; il compte des conformes aux vérifications exécutées
    expect(texte.indexOf("Résumé du contrôle")).toBeLessThan(texte.indexOf("Enregistrements à examiner"));
    expect(nombre("Conformes aux vérifications exécutées")).toBeGreaterThan(200);
    expect(nombre("Conformes \\(toutes vérifications exécutées\\)")).toBe(0);
    // les vérifications impossibles hors ligne : une seule fois, avec le remède
    expect(texte.match(/Non exécutées hors ligne : [^\n]*prepaiement\.siret\.actif[^\n]*relancer avec --referentiel mixte/g)).toHaveLength(1);
    expect(texte).toContain("Constats les plus fréquents, par règle");
    const aExaminer = nombre("Non conformes") + nombre("Indéterminés \\(doute sur les données\\)") + nombre("Illisibles");
    expect(texte).toContain(`Enregistrements à examiner (20 premiers sur ${aExaminer} ; --detail pour tous`);
    const lignesExaminees = texte.split("\n").filter((l) => /^\[(non conforme|indéterminé|illisible)\]/.test(l));
    expect(lignesExaminees).toHaveLength(20);
    expect(aExaminer + nombre("Conformes aux vérifications exécutées") + nombre("Conformes \\(toutes vérifications exécutées\\)")).toBe(501);
    const lignes = readFileSync(DEMO, "utf8").split("\n").filter((l) => l.trim() !== "");
    for (const ligne of lignes.slice(0, 150)) {
      let v: { apprenti?: { nir?: string; courriel?: string; dateNaissance?: string; nom?: string } };
      try {
        v = JSON.parse(ligne) as typeof v;
      } catch {
        continue;
      }
      for (const secret of [v.apprenti?.nir, v.apprenti?.courriel, v.apprenti?.dateNaissance]) if (secret) expect(texte).not.toContain(secret);
    }
  });

  it("sans --date, utilise et affiche la date du jour à Paris (horloge figée : aucun aléa à minuit)", async () => {
    // 2025-03-06 23:30 UTC = 2025-03-07 00:30 à Paris : la date affichée est celle de Paris.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2025-03-06T23:30:00Z"));
    try {
      const c = contexte();
      await executerCli(["controle", fichier("un.jsonl", `${conformes[0]}\n`)], c);
      expect(dateDuJour(new Date())).toBe("2025-03-07");
      expect(c.sortie.join("")).toContain("à la date d'évaluation 2025-03-07 (date du jour, option --date absente)");
    } finally {
      vi.useRealTimers();
    }
  });

  it("écrit un rapport HTML autonome, échappé, sans ressource externe ni donnée personnelle en clair", () => {
    expect(demo.texte).toContain("Rapport HTML écrit : rapport.html");
    const html = demo.html;
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html.trimEnd().endsWith("</html>")).toBe(true);
    // un seul script, celui du filtre du tableau (en ligne) : l'intitulé piégé est échappé
    expect(html.match(/<script/g)).toEqual(["<script"]);
    expect(html).toContain('<script id="script-filtre">');
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    // graphiques SVG accessibles, avec leur équivalent textuel ; filtre caché sans JavaScript
    for (const id of ["graphique-regles", "graphique-opco", "graphique-gravite", "graphique-montant"]) {
      expect(html).toContain(`<svg role="img" aria-labelledby="${id}-titre ${id}-desc"`);
    }
    expect(html.match(/<details><summary>Données du graphique \(tableau\)<\/summary>/g)).toHaveLength(4);
    expect(html).toContain('<form id="filtre-enregistrements" class="filtre" hidden>');
    expect(html).toContain("Vérifications non exécutées dans cette exécution");
    expect(html).toMatch(/<tr data-statut="non_conforme" data-opco="[^"]+">/);
    expect(html).not.toMatch(/\b(src|href)\s*=|<link|@import|url\(/i);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain("Enregistrements lus");
    expect(html).toContain(`<strong>${DATE}</strong>`);
    const nirs = readFileSync(DEMO, "utf8").match(/"nir":"(\d{15})"/g) ?? [];
    expect(nirs.length).toBeGreaterThan(100);
    for (const n of nirs.slice(0, 200)) expect(html).not.toContain(n.slice(7, 22));
  });

  it("la sortie --json garde les constats des règles, sans NIR en clair dans les messages", async () => {
    const { code, json } = await controleJson(DEMO, "--date", DATE);
    expect(code).toBe(1);
    const r = json.resume;
    expect(r.total).toBe(500);
    expect(r.conformes + r.conformesVerificationsExecutees + r.nonConformes + r.indetermines + r.illisibles).toBe(500);
    expect(r.conformesVerificationsExecutees).toBeGreaterThan(200);
    expect(r.nonExecutees.filter((v) => v.disponibilite === "indisponible").map((v) => v.regle)).toEqual(["prepaiement.siret.actif", "prepaiement.qualiopi", "prepaiement.formation.offre", "prepaiement.coherence", "prepaiement.opco.npec"]);
    // montant inconnu : null avec une raison, jamais 0
    expect(r.avantPaiement?.montantEnJeuCentimes).toBeNull();
    expect(r.avantPaiement?.raison).toMatch(/^aucun contrat suspendu n'a pu être valorisé/);
    const nonValorise = json.resultats.find((x) => x.avantPaiement?.statut === "non_valorise")?.avantPaiement;
    expect(nonValorise).toMatchObject({ montantEnJeuCentimes: null, raison: expect.any(String) });
    expect(r.illisibles).toBeGreaterThan(0);
    expect(r.nonConformes).toBeGreaterThan(100);
    const messages = json.resultats.flatMap((x) => x.constats.map((k) => k.message)).join("\n");
    expect(messages).not.toMatch(/\b[1-478]\d{4}(?:\d{2}|2[AB])\d{6}(?:\d{2})?\b/);
  }, 120_000);

  it("erreurs d'utilisation : code 2", async () => {
    for (const args of [["controle"], ["controle", "absent.jsonl"], ["controle", fichier("x.jsonl", "{}"), "--date", "2025-02-30"], ["controle", "x.jsonl", "--date", "03/11/2025"], ["controle", "x.jsonl", "--inconnue"]]) {
      const c = contexte();
      expect(await executerCli(args, c), args.join(" ")).toBe(2);
      expect(c.erreurs.join("")).toMatch(/^opco controle : /);
    }
  });
});
