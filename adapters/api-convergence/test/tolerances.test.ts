import { readFileSync } from "node:fs";
import { collecterLecture, encoderTexte } from "@communs-opco/adaptateur";
import { demarrerEmulateurApiConvergence, type EmulateurApiConvergence, type OptionsEmulateurApiConvergence } from "@communs-opco/test-support";
import { afterEach, describe, expect, it } from "vitest";
import {
  creerAdaptateurApiConvergence,
  creerClientApiConvergence,
  lireApiConvergence,
  normaliserEnregistrementApiConvergence,
  normaliserPageApiConvergence,
  TOLERANCES_API_CONVERGENCE,
  type ToleranceApiConvergence,
} from "../src/index.js";

const CLE = "cle-api-tolerances";
const dossierV2 = JSON.parse(readFileSync(new URL("./donnees/dossier-v2.json", import.meta.url), "utf8")) as Record<string, unknown>;

let emulateur: EmulateurApiConvergence | undefined;
const demarres: EmulateurApiConvergence[] = [];
afterEach(async () => {
  for (const e of demarres.splice(0)) await e.arreter();
  emulateur = undefined;
});

async function client(options: OptionsEmulateurApiConvergence, tolerances?: readonly ToleranceApiConvergence[]) {
  emulateur = await demarrerEmulateurApiConvergence({ cleApi: CLE, ...options });
  demarres.push(emulateur);
  return creerClientApiConvergence({
    baseUrl: emulateur.url, cleApi: CLE, editeur: "Communs OPCO", logiciel: "tests", version: "0.0.0", authentification: { type: "cle_api" },
    attenteMaxMs: 0, pauseTentativeMs: 0, opco: "atlas", ...(tolerances === undefined ? {} : { comportement: { tolerances } }),
  });
}

async function etats(c: Awaited<ReturnType<typeof client>>) {
  const resultats = [];
  for await (const r of c.etatsDossiers()) resultats.push(r);
  return resultats;
}

const dossiers = (n: number) =>
  Array.from({ length: n }, (_, i) => {
    const copie = structuredClone(dossierV2);
    (copie["cerfa"] as Record<string, unknown>)["numeroInterne"] = `ATL-${i + 1}`;
    return copie;
  });

describe("normalisations nommées", () => {
  it("page_en_liste, liste_vide_fin_de_pages et objet_au_lieu_de_liste redressent la réponse entière", () => {
    const page = { total: 1, count: 1, page: 1, EtatDossierResult: [{ etat: "ENGAGE" }] };
    expect(normaliserPageApiConvergence([page], TOLERANCES_API_CONVERGENCE)).toEqual({ corps: page, appliquees: ["page_en_liste"], fin: false });
    expect(normaliserPageApiConvergence([page], [])).toEqual({ corps: [page], appliquees: [], fin: false });
    expect(normaliserPageApiConvergence([], TOLERANCES_API_CONVERGENCE)).toEqual({ corps: [], appliquees: ["liste_vide_fin_de_pages"], fin: true });
    expect(normaliserPageApiConvergence({ cerfa: {} }, ["objet_au_lieu_de_liste"], { listeAttendue: true })).toEqual({ corps: [{ cerfa: {} }], appliquees: ["objet_au_lieu_de_liste"], fin: false });
  });

  it("bloc employeur, RUPTURE, natures de frais et comment à la racine, sans modifier l'original", () => {
    const brut = {
      comment: "Rupture signalée",
      cerfa: { etat: "Rupture", employeur: {}, employeurV2: { siret: "13002526500013" } },
      engagementsFraisAnnexe: [{ natureFrais: "RESTAURATION" }, { natureFrais: "premier equipement" }],
    };
    const avant = structuredClone(brut);
    const { brut: redresse, appliquees } = normaliserEnregistrementApiConvergence(brut, TOLERANCES_API_CONVERGENCE, "v2");
    expect(brut).toEqual(avant);
    expect(appliquees).toEqual(["etat_en_toutes_lettres", "bloc_employeur_indifferent", "nature_frais_orthographe", "commentaire_racine"]);
    expect(redresse).toEqual({
      cerfa: { etat: "RUPTU", employeurV2: { siret: "13002526500013" }, commentaireEtat: "Rupture signalée" },
      engagementsFraisAnnexe: [{ natureFrais: "Restauration" }, { natureFrais: "Premierequipement" }],
    });
    expect(normaliserEnregistrementApiConvergence(brut, [], "v2")).toEqual({ brut, appliquees: [] });
  });

  it("le rapport de correspondance liste les tolérances activées de l'adaptateur", () => {
    const adaptateur = creerAdaptateurApiConvergence({ opco: "atlas", tolerances: ["page_en_liste", "etat_en_toutes_lettres"] });
    const lignes = adaptateur.correspondance.champs.filter((c) => c.champSource.startsWith("tolérance:"));
    expect(lignes.map((c) => c.champSource)).toEqual(["tolérance:page_en_liste", "tolérance:etat_en_toutes_lettres"]);
    expect(lignes[0]).toMatchObject({ traitement: "standard", cheminStandard: "source.tolerances[]" });
  });

  it("un fichier en page enveloppée se lit avec la tolérance, et donne une erreur localisée sans elle", async () => {
    const octets = encoderTexte(JSON.stringify([{ total: 2, count: 2, page: 1, EtatDossierResult: [{ numeroInterne: "A-1", etat: "RUPTURE" }, { numeroInterne: "A-2", etat: "ENGAGE" }] }]));
    const tolerant = await collecterLecture(lireApiConvergence({ nom: "etats.json", octets }));
    expect(tolerant.erreurs).toEqual([]);
    expect(tolerant.enregistrements.map((e) => [e.valeur.etat, e.valeur.source?.tolerances, e.source.pointeur])).toEqual([
      ["ROMPU", ["page_en_liste", "etat_en_toutes_lettres"], "/0/EtatDossierResult/0"],
      ["ENGAGE", ["page_en_liste"], "/0/EtatDossierResult/1"],
    ]);
    const strict = await collecterLecture(lireApiConvergence({ nom: "etats.json", octets }, undefined, []));
    expect(strict.lus).toBe(0);
    expect(strict.erreurs[0]).toMatchObject({ code: "structure_invalide", source: { pointeur: "/0" } });
  });
});

describe("client contre l'émulateur qui répond dans chaque forme", () => {
  it("page enveloppée dans une liste : toutes les pages lues (le défaut perdait tout après la page 1)", async () => {
    const c = await client({ dossiers: dossiers(5), taillePage: 2, variantes: { pageEnListe: true } });
    const resultats = await etats(c);
    expect(resultats.map((r) => r.ok && r.valeur.numeroInterne)).toEqual(["ATL-1", "ATL-2", "ATL-3", "ATL-4", "ATL-5"]);
    expect(resultats.every((r) => r.ok && r.valeur.source?.tolerances?.includes("page_en_liste"))).toBe(true);
    const sans = await client({ dossiers: dossiers(5), taillePage: 2, variantes: { pageEnListe: true } }, []);
    const erreurs = await etats(sans);
    expect(erreurs).toHaveLength(1);
    expect(erreurs[0]).toMatchObject({ ok: false, erreur: { code: "structure_invalide", source: { fichier: "GET /v2/dossiers/etats?numeroPage=1" } } });
  });

  it("liste vide en fin de pages, sans total : le parcours s'arrête sur []", async () => {
    const c = await client({ dossiers: dossiers(3), taillePage: 2, variantes: { listeVideFinDePages: true, pageEnListe: true } });
    const resultats = await etats(c);
    expect(resultats).toHaveLength(3);
    expect(emulateur?.statistiques.journal.map((l) => l.url)).toEqual(["/v2/dossiers/etats?numeroPage=1", "/v2/dossiers/etats?numeroPage=2", "/v2/dossiers/etats?numeroPage=3"]);
  });

  it("bloc employeur d'une autre version, RUPTURE, natures en majuscules, comment à la racine", async () => {
    const d = dossiers(1)[0]!;
    (d["cerfa"] as Record<string, unknown>)["etat"] = "RUPTU";
    const c = await client({ dossiers: [d], variantes: { blocEmployeur: "les_deux", etatEnToutesLettres: true, natureFraisMajuscules: true, commentaireRacine: true } });
    const lu = await c.dossier("ATL-1");
    expect(lu?.ok).toBe(true);
    if (lu?.ok !== true) return;
    expect(lu.valeur.etat).toBe("ROMPU");
    expect(lu.valeur.commentaireEtat).toBe("Prise en charge accordée");
    expect(lu.valeur.contrat?.employeur?.siret).toBe("13002526500013");
    expect(lu.valeur.financement?.fraisAnnexes?.map((f) => f.nature)).toEqual(["RESTAURATION", "PREMIER_EQUIPEMENT"]);
    expect(lu.valeur.financement?.fraisMobiliteRegles).toBe(0);
    expect(lu.valeur.source).toEqual({
      systeme: "api-convergence",
      version: "v2",
      tolerances: ["etat_en_toutes_lettres", "bloc_employeur_indifferent", "nature_frais_orthographe", "commentaire_racine"],
    });
    const sans = await client({ dossiers: [d], variantes: { etatEnToutesLettres: true } }, []);
    const refuse = await sans.dossier("ATL-1");
    expect(refuse).toMatchObject({ ok: false, erreur: { code: "enregistrement_invalide" } });
  });

  it("bloc employeur v1 renvoyé par GET /v2/dossiers : lu sous la version de l'appel", async () => {
    const c = await client({ dossiers: dossiers(1), variantes: { blocEmployeur: "employeur" } });
    const lu = await c.dossier("ATL-1");
    expect(lu?.ok && [lu.valeur.source?.version, lu.valeur.contrat?.employeur?.denomination, lu.valeur.source?.tolerances]).toEqual(["v2", "Hôtel du Parc", ["bloc_employeur_indifferent"]]);
  });
});
