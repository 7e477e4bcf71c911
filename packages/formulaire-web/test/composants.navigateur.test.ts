import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { getRequestListener } from "@hono/node-server";
import { creerClientLba } from "@communs-opco/lba";
import { contratExemple, lireContrat } from "@communs-opco/schemas";
import { creerApplication, modulesStandard, routesSignature, type ApplicationService } from "@communs-opco/service";
import { chargerServiceSignature } from "@communs-opco/signature";
import { cheminChromium, demarrerEmulateurLba, genererCertificatP12, JETON_EMULATEUR_LBA, lancerChromium, type ChromiumLance, type EmulateurLba } from "@communs-opco/test-support";
import pino from "pino";
import type { Browser, ElementHandle, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blocsCerfa } from "../src/blocsCerfa";

const paquet = join(dirname(fileURLToPath(import.meta.url)), "..");
const captures = join(paquet, "..", "..", "docs", "captures");
// Chromium de Debian (variable CHROMIUM ou /usr/bin/chromium) : absent, les tests sont sautés hors CI
// et cheminChromium lève une erreur en français sous CI=true (les tests de navigateur y sont obligatoires).
const chromiumPresent = cheminChromium() !== undefined;

const MOT_DE_PASSE = "secret-de-test-formulaire-web";
const DATE_EVALUATION = "2024-08-26";
const TYPES: Record<string, string> = { ".js": "text/javascript; charset=utf-8", ".map": "application/json", ".html": "text/html; charset=utf-8", ".txt": "text/plain; charset=utf-8" };

const PROFILS = [
  { nom: "Boulangerie du parc", type: "employeur", miseAJour: "2026-01-15", champs: { siret: "80123456700015", privePublic: "prive", denomination: "BOULANGERIE DU PARC", naf: "10.71C", codeIdcc: "0843", typeEmployeur: "11" } },
  { nom: "Paul Dupont", type: "maitre", miseAJour: "2026-01-15", champs: { nom: "DUPONT", prenom: "Paul", emploiOccupe: "Boulanger, chef d'entreprise" } },
  { nom: "pas un profil", type: "inconnu", champs: {} },
];

let repertoire: string;
let service: ApplicationService;
let serveur: Server;
let origine: string;
let navigateur: Browser | undefined;
let chromium: ChromiumLance | undefined;
let emulateurLba: EmulateurLba | undefined;

function page(corps: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Portail OPCO de test</title><link rel="icon" href="data:,">
<script type="module" src="/formulaire/cerfa-apprentissage.js"></script><script type="module" src="/formulaire/offres-alternance.js"></script></head>
<body><main><h1>Portail OPCO de test</h1>${corps}</main></body></html>`;
}

// Construction des fichiers servis dans un dossier temporaire : dist/ (servi par opco serveur et les
// tests du service) n'est jamais vidé pendant qu'un autre processus le lit.
const construction = mkdtempSync(join(tmpdir(), "formulaire-web-dist-"));
beforeAll(() => {
  execFileSync(process.execPath, [join(paquet, "scripts", "construire.mjs"), "--sortie", construction], { stdio: "inherit" });
}, 120_000);

it("budget : premier chargement de chaque élément sous son budget gzip, sans contrôles, codes postaux ni traductions de zod", () => {
  const sortie = execFileSync(process.execPath, [join(paquet, "scripts", "budget.mjs"), construction], { encoding: "utf8" });
  expect(sortie.match(/^ok /gm)).toHaveLength(3);
});

async function demarrer(): Promise<void> {
  repertoire = mkdtempSync(join(tmpdir(), "formulaire-web-"));
  const { p12, debut } = genererCertificatP12(repertoire, MOT_DE_PASSE, "Cachet formulaire web");
  const signature = new Date(debut.getTime() + 3_600_000);
  const charge = chargerServiceSignature(p12, MOT_DE_PASSE, { horloge: () => signature });
  if (!charge.ok) throw new Error(charge.erreur.message);
  // La bonne alternance émulée (test-support) : 12 offres de boulangerie publiées par son API, lues
  // par la vraie route GET /v1/offres du service (client lba, cache, conversion en Offre standard).
  emulateurLba = await demarrerEmulateurLba({ latenceMs: 1 });
  const clientLba = creerClientLba({ urlBase: `${emulateurLba.url}/api`, jeton: JETON_EMULATEUR_LBA, requetesParSeconde: 1000 });
  for (let i = 1; i <= 12; i++) {
    await clientLba.publier({
      offer: { title: `Boulanger ou boulangère en apprentissage n° ${String(i)}`, description: `Fabrication du pain et des viennoiseries au fournil, poste ${String(i)}.`, rome_codes: ["D1102"], target_diploma: { european: "3" } },
      apply: { url: `https://recrutement.example.fr/boulangerie/offre-${String(i)}` },
      workplace: { siret: "80123456700015" },
    });
  }
  service = creerApplication({ referentiels: ["embarque"], journal: pino({ level: "silent" }), metriquesProcessus: false, signature: charge.service, lba: { jeton: JETON_EMULATEUR_LBA, urlBase: `${emulateurLba.url}/api`, tentatives: 0 } }, { modules: [...modulesStandard, routesSignature] });
  await service.pret;
  const ecouteurService = getRequestListener(service.app.fetch);
  const ressources = construction;
  serveur = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/formulaire.html" || url.pathname === "/offres.html") {
      const corps =
        url.pathname === "/formulaire.html"
          ? `<cerfa-apprentissage base-url="${origine}" date-evaluation="${DATE_EVALUATION}"></cerfa-apprentissage>`
          : `<offres-alternance base-url="${origine}" opco="${url.searchParams.get("opco") ?? "opco-ep"}" rome="D1102" departement="75" rayon="30"></offres-alternance>`;
      res.writeHead(200, { "content-type": TYPES[".html"]! }).end(page(corps));
      return;
    }
    if (url.pathname.startsWith("/formulaire/")) {
      const fichier = normalize(join(ressources, url.pathname.slice("/formulaire/".length)));
      if (!fichier.startsWith(ressources + sep) || !existsSync(fichier) || !statSync(fichier).isFile()) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "content-type": TYPES[extname(fichier)] ?? "application/octet-stream" }).end(readFileSync(fichier));
      return;
    }
    void ecouteurService(req, res);
  });
  await new Promise<void>((resoudre) => serveur.listen(0, "127.0.0.1", resoudre));
  origine = `http://127.0.0.1:${String((serveur.address() as AddressInfo).port)}`;
  chromium = await lancerChromium({ argumentsSupplementaires: ["--lang=fr-FR"] });
  navigateur = chromium.navigateur;
}

afterAll(async () => {
  await emulateurLba?.arreter();
  rmSync(construction, { recursive: true, force: true });
  await chromium?.fermer();
  await new Promise<void>((resoudre) => (serveur === undefined ? resoudre() : serveur.close(() => resoudre())));
  if (repertoire !== undefined) rmSync(repertoire, { recursive: true, force: true });
});

/** Ouvre une page en collectant les erreurs de console et les exceptions. */
async function ouvrir(chemin: string): Promise<{ page: Page; erreurs: string[] }> {
  const page = await navigateur!.newPage();
  await page.setViewport({ width: 1000, height: 900 });
  // Machine de CI partagée : le PDF (700 Kio) et sa signature prennent parfois plusieurs secondes.
  page.setDefaultTimeout(90_000);
  const erreurs: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") erreurs.push(m.text());
  });
  page.on("pageerror", (e) => erreurs.push(String(e)));
  await page.goto(`${origine}${chemin}`, { waitUntil: "load" });
  return { page, erreurs };
}

/** Violations axe-core graves ou critiques de la page (composants en Shadow DOM compris). */
async function violationsGraves(page: Page): Promise<{ id: string; impact: string; cibles: string[] }[]> {
  if (!(await page.evaluate(() => "axe" in window))) {
    await page.addScriptTag({ content: readFileSync(join(paquet, "..", "..", "node_modules", "axe-core", "axe.min.js"), "utf8") });
  }
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return r.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({ id: v.id, impact: v.impact, cibles: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
}

const champ = (chemin: string) => `cerfa-apprentissage >>> #champ-${chemin.replace(/\./g, "-")}`;

async function element(page: Page, selecteur: string): Promise<ElementHandle<Element>> {
  const h = await page.waitForSelector(selecteur);
  if (h === null) throw new Error(`élément introuvable : ${selecteur}`);
  return h;
}

/** Saisit une valeur au clavier (texte tapé, listes parcourues aux flèches) ; les dates, par la valeur du champ natif. */
async function remplir(page: Page, chemin: string, valeur: unknown): Promise<void> {
  const h = await element(page, champ(chemin));
  const balise = await h.evaluate((e) => `${e.tagName}:${(e as HTMLInputElement).type}`);
  const texte = typeof valeur === "boolean" ? (valeur ? "oui" : "non") : String(valeur);
  if (balise.startsWith("SELECT")) {
    // Au clavier : focus sur la liste, puis flèche bas jusqu'à l'option voulue.
    const rang = await h.evaluate((e, v) => [...(e as HTMLSelectElement).options].findIndex((o) => o.value === v), texte);
    if (rang < 0) throw new Error(`option ${texte} absente de ${chemin}`);
    const actuel = await h.evaluate((e) => (e as HTMLSelectElement).selectedIndex);
    await h.focus();
    for (let i = actuel; i !== rang; i += rang > actuel ? 1 : -1) await page.keyboard.press(rang > actuel ? "ArrowDown" : "ArrowUp");
    expect(await h.evaluate((e) => (e as HTMLSelectElement).value)).toBe(texte);
  } else if (balise === "INPUT:date") {
    await h.evaluate((e, v) => {
      (e as HTMLInputElement).value = v;
      e.dispatchEvent(new Event("change", { bubbles: true }));
    }, texte);
  } else {
    await h.click({ count: 3 });
    await page.keyboard.press("Backspace");
    await h.type(texte);
    await page.keyboard.press("Tab");
  }
}

function aPlat(objet: unknown, prefixe = ""): Map<string, unknown> {
  const r = new Map<string, unknown>();
  if (typeof objet !== "object" || objet === null || Array.isArray(objet)) return r;
  for (const [cle, v] of Object.entries(objet)) {
    const chemin = prefixe === "" ? cle : `${prefixe}.${cle}`;
    if (typeof v === "object" && v !== null && !Array.isArray(v)) for (const [c, w] of aPlat(v, chemin)) r.set(c, w);
    else r.set(chemin, v);
  }
  return r;
}

async function texteDe(page: Page, selecteur: string): Promise<string> {
  return (await element(page, selecteur)).evaluate((e) => e.textContent?.replace(/\s+/g, " ").trim() ?? "");
}

async function blocSuivantAuClavier(page: Page, titreAttendu: string): Promise<void> {
  const bouton = await page.waitForSelector("cerfa-apprentissage >>> ::-p-text(Bloc suivant)");
  await bouton!.focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction((t) => document.querySelector("cerfa-apprentissage")?.shadowRoot?.querySelector("#titre-bloc")?.textContent === t, {}, titreAttendu);
  // Le focus passe au titre du nouveau bloc.
  expect(await page.evaluate(() => document.querySelector("cerfa-apprentissage")?.shadowRoot?.activeElement?.id)).toBe("titre-bloc");
}

describe.skipIf(!chromiumPresent)("composants dans Chromium (service réel)", { timeout: 300_000 }, () => {
  beforeAll(demarrer, 120_000);

  it("<cerfa-apprentissage> : profil, autocomplétion, constat qui apparaît puis disparaît, rémunération, PDF, signature vérifiée, axe-core", async () => {
    mkdirSync(captures, { recursive: true });
    const { page, erreurs } = await ouvrir("/formulaire.html");
    await page.evaluate(() => {
      const w = window as unknown as { evenements: Record<string, unknown[]> };
      w.evenements = {};
      for (const nom of ["cerfa-change", "cerfa-valide", "cerfa-pdf", "cerfa-signe"]) document.addEventListener(nom, (e) => (w.evenements[nom] ??= []).push((e as CustomEvent).detail));
    });
    // Les contrôles (module chargé à la demande) tournent dès l'ouverture.
    await page.waitForFunction(() => (document.querySelector("cerfa-apprentissage") as unknown as { controles?: unknown }).controles !== undefined);
    expect(await violationsGraves(page)).toEqual([]);

    // Import des profils (JSON) : l'entrée invalide est ignorée et signalée.
    const fichierProfils = join(repertoire, "profils.json");
    writeFileSync(fichierProfils, JSON.stringify(PROFILS));
    await (await element(page, "cerfa-apprentissage >>> details summary")).click();
    const importer = (await element(page, "cerfa-apprentissage >>> #import-profils")) as ElementHandle<HTMLInputElement>;
    await importer.uploadFile(fichierProfils);
    await page.waitForFunction(() => document.querySelector("cerfa-apprentissage")?.shadowRoot?.querySelector("[role=status]")?.textContent?.includes("2 profil(s) importé(s)"));
    expect(await texteDe(page, "cerfa-apprentissage >>> [role=alert]")).toContain("1 entrée(s) ignorée(s)");

    // Profil employeur appliqué : valeurs et provenance affichées.
    await (await element(page, "cerfa-apprentissage >>> #profil-employeur")).select("Boulangerie du parc");
    await (await element(page, "cerfa-apprentissage >>> ::-p-text(Appliquer le profil)")).click();
    await page.waitForFunction(() => (document.querySelector("cerfa-apprentissage")?.shadowRoot?.querySelector("#champ-employeur-denomination") as HTMLInputElement | null)?.value === "BOULANGERIE DU PARC");
    expect(await texteDe(page, `${champ("employeur.siret")}-provenance`)).toBe("Source : profil « Boulangerie du parc » (mis à jour le 15/01/2026)");

    // Un SIRET invalide fait apparaître un constat bloquant lié au champ, qui disparaît une fois corrigé.
    await remplir(page, "employeur.siret", "80123456700016");
    await page.waitForSelector(`${champ("employeur.siret")}-constats`);
    expect(await texteDe(page, `${champ("employeur.siret")}-constats`)).toContain("Bloquant");
    const siret = await element(page, champ("employeur.siret"));
    expect(await siret.evaluate((e) => [e.getAttribute("aria-invalid"), e.getAttribute("aria-describedby")])).toEqual(["true", "champ-employeur-siret-aide champ-employeur-siret-provenance champ-employeur-siret-constats"]);
    expect(await violationsGraves(page)).toEqual([]);
    await remplir(page, "employeur.siret", "80123456700015");
    await page.waitForFunction(() => document.querySelector("cerfa-apprentissage")?.shadowRoot?.querySelector("#champ-employeur-siret-constats") === null);
    expect(await siret.evaluate((e) => e.getAttribute("aria-invalid"))).toBe("false");

    // Le reste du contrat d'exemple, bloc par bloc, en passant au bloc suivant au clavier.
    const valeurs = aPlat(contratExemple);
    for (const [i, bloc] of blocsCerfa.entries()) {
      for (const c of bloc.champs) {
        if (!valeurs.has(c.chemin) || c.chemin === "employeur.siret" || c.chemin.startsWith("formation.")) continue;
        await remplir(page, c.chemin, valeurs.get(c.chemin));
      }
      if (bloc.id === "formation") {
        // Autocomplétion par le service : RNCP → diplôme (référentiel embarqué), provenance affichée.
        await remplir(page, "formation.rncp", "RNCP37537");
        await (await element(page, "cerfa-apprentissage >>> ::-p-text(Compléter depuis les référentiels)")).click();
        await page.waitForFunction(() => (document.querySelector("cerfa-apprentissage")?.shadowRoot?.querySelector("#champ-formation-intituleQualification") as HTMLInputElement | null)?.value === "BOULANGER (CAP)");
        expect(await texteDe(page, `${champ("formation.codeDiplome")}-provenance`)).toBe("Source : référentiel Kit apprentissage (données du 31/01/2025)");
        for (const chemin of ["formation.typeDiplome", "formation.dateDebutFormation", "formation.dateFinFormation", "formation.dureeFormation"]) await remplir(page, chemin, valeurs.get(chemin));
      }
      if (bloc.id === "remuneration") {
        // Lignes de rémunération minimale calculées pendant la saisie.
        const tableau = await texteDe(page, "cerfa-apprentissage >>> table");
        expect(tableau).toContain("27 %");
        expect(tableau).toContain("51 %");
        await (await element(page, "cerfa-apprentissage >>> ::-p-text(Déclarer les taux minimaux calculés)")).click();
        await page.waitForFunction(() => document.querySelector("cerfa-apprentissage")?.shadowRoot?.querySelector("[part=remuneration-declaree]")?.textContent?.includes("3 ligne(s)"));
        await page.screenshot({ path: join(captures, "formulaire-remuneration.png") as `${string}.png`, clip: { x: 0, y: 0, width: 1000, height: 900 } });
        expect(await violationsGraves(page)).toEqual([]);
      }
      if (i < blocsCerfa.length - 1) await blocSuivantAuClavier(page, blocsCerfa[i + 1]!.titre);
    }

    // Dernière étape : contrôle, PDF rempli, signature par le service et vérification.
    await (await element(page, "cerfa-apprentissage >>> ::-p-text(Contrôler et valider le contrat)")).click();
    const valide = await page.evaluate(() => (window as unknown as { evenements: Record<string, { contrat: Record<string, unknown>; synthese: { bloquants: number }; constats: { regle: string; severite: string }[] }[]> }).evenements["cerfa-valide"]?.[0]);
    expect(valide?.synthese.bloquants, JSON.stringify(valide?.constats.filter((c) => c.severite === "bloquant"))).toBe(0);
    expect((valide?.contrat.employeur as Record<string, unknown>).denomination).toBe("BOULANGERIE DU PARC");
    expect(Array.isArray(valide?.constats)).toBe(true);
    // L'enregistrement émis est un contrat au format standard lisible sans erreur.
    const lu = lireContrat(valide?.contrat);
    expect(lu.ok, JSON.stringify(lu)).toBe(true);
    const changements = await page.evaluate(() => (window as unknown as { evenements: Record<string, { chemin: string }[]> }).evenements["cerfa-change"]?.map((e) => e.chemin) ?? []);
    expect(changements).toContain("profil:Boulangerie du parc");
    expect(changements).toContain("employeur.siret");
    await (await element(page, "cerfa-apprentissage >>> ::-p-text(Produire le CERFA PDF)")).click();
    await page.waitForFunction(() => {
      const racine = document.querySelector("cerfa-apprentissage")?.shadowRoot;
      return racine?.querySelector("[part=lien-pdf]") !== null || (racine?.querySelector("[role=alert]")?.textContent ?? "") !== "";
    });
    expect(await texteDe(page, "cerfa-apprentissage >>> [role=alert]")).toBe("");
    const taillePdf = await page.evaluate(() => ((window as unknown as { evenements: Record<string, { pdf: Uint8Array }[]> }).evenements["cerfa-pdf"]?.[0]?.pdf.length ?? 0));
    expect(taillePdf).toBeGreaterThan(100_000);
    await (await element(page, "cerfa-apprentissage >>> ::-p-text(Signer en tant qu'employeur)")).click();
    await page.waitForFunction(() => {
      const racine = document.querySelector("cerfa-apprentissage")?.shadowRoot;
      return racine?.querySelector("[part=verification]") !== null || (racine?.querySelector("[role=alert]")?.textContent ?? "") !== "";
    });
    expect(await texteDe(page, "cerfa-apprentissage >>> [role=alert]")).toBe("");
    expect(await texteDe(page, "cerfa-apprentissage >>> [part=verification]")).toContain("Signature valide");
    const signe = await page.evaluate(() => (window as unknown as { evenements: Record<string, { rapport: { valide: boolean; signatures: unknown[] } }[]> }).evenements["cerfa-signe"]?.[0]?.rapport);
    expect(signe?.valide).toBe(true);
    expect(signe?.signatures).toHaveLength(1);
    expect(await violationsGraves(page)).toEqual([]);
    mkdirSync(captures, { recursive: true });
    await page.screenshot({ path: join(captures, "formulaire-cerfa.png") as `${string}.png`, clip: { x: 0, y: 0, width: 1000, height: 900 } });

    // Le brouillon survit au rechargement de la page.
    await page.reload({ waitUntil: "load" });
    await page.waitForFunction(() => (document.querySelector("cerfa-apprentissage")?.shadowRoot?.querySelector("#champ-employeur-denomination") as HTMLInputElement | null)?.value === "BOULANGERIE DU PARC");
    expect(await texteDe(page, "cerfa-apprentissage >>> [role=status]")).toBe("Brouillon précédent rechargé.");
    expect(erreurs).toEqual([]);
    await page.close();
  });

  it("<offres-alternance> : liste accessible, lien vers l'offre, pagination, erreur du service en français, axe-core", async () => {
    const { page, erreurs } = await ouvrir("/offres.html");
    await page.waitForFunction(() => document.querySelector("offres-alternance")?.shadowRoot?.querySelectorAll("li.offre").length === 10);
    expect(await texteDe(page, "offres-alternance >>> [role=status]")).toBe("12 offre(s) trouvée(s), page 1 sur 2.");
    const lien = await element(page, "offres-alternance >>> li.offre h3 a");
    const [href, texte] = await lien.evaluate((a) => [a.getAttribute("href"), a.textContent]);
    expect(texte).toMatch(/^Boulanger ou boulangère en apprentissage n° \d+ \(nouvelle fenêtre\)$/);
    expect(href).toMatch(/^https:\/\//);
    expect(await violationsGraves(page)).toEqual([]);
    mkdirSync(captures, { recursive: true });
    await page.screenshot({ path: join(captures, "offres-alternance.png") as `${string}.png`, clip: { x: 0, y: 0, width: 1000, height: 700 } });
    const suivante = await element(page, "offres-alternance >>> ::-p-text(Page suivante)");
    await suivante.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector("offres-alternance")?.shadowRoot?.querySelectorAll("li.offre").length === 2);
    expect(await page.evaluate(() => document.querySelector("offres-alternance")?.shadowRoot?.activeElement?.id)).toBe("titre-offres");
    expect(erreurs).toEqual([]);
    await page.close();

    // Erreur du service (problème RFC 9457) : message en français, pas de liste.
    const enErreur = await ouvrir("/offres.html?opco=inconnu");
    await enErreur.page.waitForSelector("offres-alternance >>> [role=alert]");
    expect(await texteDe(enErreur.page, "offres-alternance >>> [role=alert]")).toBe("Échec de la recherche des offres (statut 422) : Paramètre invalide : OPCO inconnu « inconnu » (slug ou nom de l'un des 11 OPCO attendu, par exemple akto ou opco-ep)");
    expect(await violationsGraves(enErreur.page)).toEqual([]);
    // Seule erreur de console : le chargement refusé (422) de la ressource, signalé par Chromium.
    expect(enErreur.erreurs.every((e) => e.includes("422"))).toBe(true);
    await enErreur.page.close();
  });
});
