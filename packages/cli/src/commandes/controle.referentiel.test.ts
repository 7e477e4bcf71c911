import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { opcoParIdcc } from "@communs-opco/nomenclatures";
import { chargerInstantaneEmbarque } from "@communs-opco/referentiels";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { genererContratsDemo } from "../demo/genererContratsDemo";
import { contexteCliCapture } from "../contexteCliCapture";
import { executerCli } from "../executerCli";

function contexte(repertoire: string) {
  return contexteCliCapture({ repertoire });
}

let dossier: string;
/** Date de construction de l'instantané embarqué, affichée comme source des vérifications avant paiement. */
const DATE_INSTANTANE = (await chargerInstantaneEmbarque()).construitLe.slice(0, 10);
beforeAll(async () => {
  dossier = await mkdtemp(join(tmpdir(), "opco-controle-referentiel-"));
  const contrat = {
    employeur: { siret: "82832700500017", codeIdcc: "478" },
    contrat: { dateSignature: "2024-08-20", dateDebutContrat: "2024-09-01", dateFinContrat: "2026-08-31" },
    formation: { rncp: "RNCP1002", codeDiplome: "45022501" },
    organismeFormation: { siret: "77807079700015", uaiCfa: "0870097H" },
    etablissementFormation: { memeResponsable: true },
  };
  await writeFile(join(dossier, "contrat.json"), JSON.stringify(contrat));
});
afterAll(async () => {
  await rm(dossier, { recursive: true, force: true });
});

const constatsPrepaiement = (sortie: string[]) => {
  const json = JSON.parse(sortie.join(""));
  return json.resultats[0].constats.filter((c: { regle: string }) => c.regle.startsWith("prepaiement.")) as { regle: string; statut: string; message: string }[];
};
const nonExecutees = (sortie: string[]) => {
  const json = JSON.parse(sortie.join(""));
  return { contrat: json.resultats[0].nonExecutees as string[] | undefined, resume: json.resume.nonExecutees as { regle: string; partie: string; disponibilite: string; raison: string; contrats: number }[] };
};

describe("opco controle --referentiel", () => {
  it("embarque : les vérifications avant paiement s'ajoutent aux constats (CFA sans Qualiopi)", async () => {
    const c = contexte(dossier);
    expect(await executerCli(["controle", "contrat.json", "--date", "2026-11-26", "--json", "--referentiel", "embarque"], c)).toBe(1);
    const constats = constatsPrepaiement(c.sortie);
    expect(constats.find((x) => x.regle === "prepaiement.qualiopi")).toMatchObject({ statut: "non_conforme" });
    // l'activité de l'employeur ne se vérifie qu'en ligne : non exécutée, dite au niveau de l'exécution, pas un constat du contrat
    expect(constats.find((x) => x.regle === "prepaiement.siret.actif" && x.message.includes("API Entreprise"))).toBeUndefined();
    const n = nonExecutees(c.sortie);
    expect(n.contrat).toContain("prepaiement.siret.actif");
    expect(n.resume.find((v) => v.regle === "prepaiement.siret.actif" && v.disponibilite === "indisponible")).toMatchObject({ partie: "activité de l'établissement employeur", raison: expect.stringContaining("en ligne uniquement"), contrats: 1 });
  });

  it("mixte, services en ligne injoignables : indéterminé, jamais conforme", async () => {
    const avant = { ...process.env };
    Object.assign(process.env, {
      COMMUNS_OPCO_ONISEP_URL: "http://127.0.0.1:9/api/v1",
      COMMUNS_OPCO_CFA_DOCK_URL: "http://127.0.0.1:9/api",
      COMMUNS_OPCO_RECHERCHE_ENTREPRISES_URL: "http://127.0.0.1:9",
    });
    delete process.env["COMMUNS_OPCO_API_APPRENTISSAGE_CLE"];
    try {
      const c = contexte(dossier);
      await executerCli(["controle", "contrat.json", "--date", "2026-11-26", "--json", "--referentiel", "mixte"], c);
      const constats = constatsPrepaiement(c.sortie);
      // sans clé de l'API Apprentissage, le catalogue manque : non exécuté, dit une fois
      expect(constats.find((x) => x.regle === "prepaiement.formation.offre")).toBeUndefined();
      expect(nonExecutees(c.sortie).resume.find((v) => v.regle === "prepaiement.formation.offre")).toMatchObject({ disponibilite: "indisponible", contrats: 1 });
      // l'entreprise se cherche en ligne (capacité déclarée) : le service injoignable laisse le point indéterminé, jamais conforme
      expect(constats.find((x) => x.regle === "prepaiement.siret.actif")?.statut).toBe("indetermine");
      const t = contexte(dossier);
      await executerCli(["controle", "contrat.json", "--date", "2026-11-26", "--referentiel", "mixte"], t);
      expect(t.sortie.join("")).toContain(`vérifications avant paiement : instantané embarqué du ${DATE_INSTANTANE}, puis services en ligne`);
      // sans réseau, rien de muet : sources contactées, non contactées (clé absente) et borne d'attente, sur la sortie d'erreur
      expect(t.erreurs.join("")).toContain("Référentiel mixte : instantané embarqué d'abord, puis en secours services en ligne contactés : Recherche d'entreprises (http://127.0.0.1:9)");
      expect(t.erreurs.join("")).toContain("non contactés : API Apprentissage (COMMUNS_OPCO_API_APPRENTISSAGE_CLE absente)");
      expect(t.erreurs.join("")).toContain("Chaque appel attend au plus 10 s (--delai-max)");
      expect(t.sortie.join("")).toContain(`Vérifications avant paiement (source : instantané embarqué du ${DATE_INSTANTANE}, puis services en ligne`);
    } finally {
      for (const cle of Object.keys(process.env)) if (!(cle in avant)) delete process.env[cle];
      Object.assign(process.env, avant);
    }
  });

  it("mode inconnu : erreur d'utilisation", async () => {
    expect(await executerCli(["controle", "contrat.json", "--referentiel", "partout"], contexte(dossier))).toBe(2);
  });
});

interface ResultatJson {
  index: number;
  statut: string;
  nonExecutees?: string[];
  constats: { regle: string; statut: string; severite: string; message: string }[];
}

/** Jeu de démonstration (mêmes lignes que data/contrats-demo.jsonl, en plus court) et famille de défaut de chaque ligne. */
const demo = [...genererContratsDemo({ nombre: 240, graine: 2025 })];

describe("opco controle : vérifications avant paiement par défaut (instantané embarqué)", () => {
  const sorties = { json: [] as ResultatJson[], texte: "", html: "", code: -1 };
  beforeAll(async () => {
    await writeFile(join(dossier, "demo.jsonl"), `${demo.map((l) => l.texte).join("\n")}\n`);
    const j = contexte(dossier);
    await executerCli(["controle", "demo.jsonl", "--date", "2025-11-03", "--json"], j);
    sorties.json = (JSON.parse(j.sortie.join("")) as { resultats: ResultatJson[] }).resultats;
    const t = contexte(dossier);
    sorties.code = await executerCli(["controle", "demo.jsonl", "--date", "2025-11-03", "--rapport", "demo.html"], t);
    sorties.texte = t.sortie.join("");
    sorties.html = await readFile(join(dossier, "demo.html"), "utf8");
  }, 120_000);

  it("sans --referentiel, les 12 vérifications s'exécutent hors ligne sur chaque enregistrement lisible", () => {
    expect(sorties.code).toBe(1);
    const lisibles = sorties.json.filter((r) => r.statut !== "illisible");
    expect(lisibles.length).toBe(demo.filter((l) => l.defaut?.illisible !== true).length);
    for (const r of lisibles) {
      // Employeurs fictifs : l'activité du SIRET ne se prouve qu'en ligne (API Entreprise) : non exécutée hors ligne, jamais « conforme ».
      expect(r.nonExecutees, String(r.index)).toContain("prepaiement.siret.actif");
    }
    // Aucun enregistrement n'est « conforme » (tout exécuté) quand une vérification n'a pas pu l'être ; les contrats sans défaut sont
    // « conformes aux vérifications exécutées », pas indéterminés.
    expect(sorties.json.some((r) => r.statut === "conforme")).toBe(false);
    const sansDefaut = demo.flatMap((l, i) => (l.defaut === null ? [i + 1] : []));
    const conformesExecutees = sorties.json.filter((r) => sansDefaut.includes(r.index) && r.statut === "conforme_verifications_executees").length;
    expect(conformesExecutees).toBeGreaterThan(sansDefaut.length * 0.9);
  });

  it("chaque famille de défauts avant paiement du jeu de démonstration déclenche la vérification attendue", () => {
    const attendues: Record<string, [string, string]> = {
      "cfa.ferme": ["prepaiement.cfa.connu", "fermé"],
      "cfa.sansQualiopi": ["prepaiement.qualiopi", "Qualiopi"],
      "cfa.nonResponsable": ["prepaiement.cfa.connu", "formateur"],
      "certification.fermee": ["prepaiement.certification.existence", "inactif"],
      "certification.horsApprentissage": ["prepaiement.certification.apprentissage", "apprentissage"],
    };
    for (const [famille, [regle, extrait]] of Object.entries(attendues)) {
      const rangs = demo.flatMap((l, i) => (l.defaut?.id === famille ? [i + 1] : []));
      expect(rangs.length, famille).toBeGreaterThan(0);
      for (const rang of rangs) {
        const r = sorties.json.find((x) => x.index === rang);
        expect(r?.statut, `${famille} ligne ${rang}`).toBe("non_conforme");
        expect(r?.constats.some((c) => c.regle === regle && c.statut === "non_conforme" && c.message.includes(extrait)), `${famille} ligne ${rang}`).toBe(true);
      }
    }
    // CFA inconnu : le Référentiel des organismes embarqué est un extrait, l'absence n'y est pas prouvée → indéterminé, jamais conforme.
    for (const [i, l] of demo.entries()) {
      if (l.defaut?.id !== "cfa.inconnu") continue;
      const r = sorties.json.find((x) => x.index === i + 1);
      expect(r?.constats.some((c) => c.regle === "prepaiement.cfa.connu" && c.statut === "indetermine" && c.message.includes("extrait")), `cfa.inconnu ligne ${i + 1}`).toBe(true);
    }
    // Les contrats sans défaut ne portent aucun écart bloquant avant paiement : CFA, certification et Qualiopi sont prouvés.
    for (const [i, l] of demo.entries()) {
      if (l.defaut !== null) continue;
      const r = sorties.json.find((x) => x.index === i + 1);
      expect(r?.constats.filter((c) => c.regle.startsWith("prepaiement.") && c.statut === "non_conforme" && c.severite === "bloquant"), String(i + 1)).toEqual([]);
    }
  });

  it("résumé texte et rapport HTML : bloc des vérifications avant paiement, décomptes cohérents avec les constats", () => {
    expect(sorties.texte).toContain(`Vérifications avant paiement (source : instantané embarqué du ${DATE_INSTANTANE})`);
    const lisibles = sorties.json.filter((r) => r.statut !== "illisible");
    for (const regle of ["prepaiement.identifiants.syntaxe", "prepaiement.cfa.connu", "prepaiement.qualiopi", "prepaiement.siret.actif"]) {
      const non = lisibles.filter((r) => r.constats.some((c) => c.regle === regle && c.statut === "non_conforme")).length;
      const indet = lisibles.filter((r) => !r.constats.some((c) => c.regle === regle && c.statut === "non_conforme") && r.constats.some((c) => c.regle === regle)).length;
      const nonExec = lisibles.filter((r) => !r.constats.some((c) => c.regle === regle) && (r.nonExecutees ?? []).includes(regle)).length;
      // la ligne du tableau (le bloc « Non exécutées » cite aussi les règles, suivies d'une parenthèse)
      const ligne = sorties.texte.split("\n").find((l) => new RegExp(`^\\s+${regle.replace(/\./g, "\\.")}\\s+\\d`).test(l)) ?? "";
      const nombres = [...ligne.matchAll(/\s(\d+)(?=\s|$)/g)].map((m) => Number(m[1]));
      // colonnes : conformes, non conformes, indéterminés, non exécutées, sans objet (règle non applicable au contrat)
      const [conformes, nonConformes, indetermines, nonExecuteesRegle, sansObjet] = nombres;
      expect([nonConformes, indetermines, nonExecuteesRegle], regle).toEqual([non, indet, nonExec]);
      expect((conformes ?? 0) + (sansObjet ?? 0), regle).toBe(lisibles.length - non - indet - nonExec);
    }
    // l'activité de l'employeur n'est jamais prouvée hors ligne : aucun « conforme » pour prepaiement.siret.actif
    expect(sorties.texte).toMatch(/prepaiement\.siret\.actif\s+0\s+0\s+\d+\s+\d+\s+0/);
    // habilitation des diplômes d'État enregistrés de droit : sans objet, pas « conforme »
    const habilitation = sorties.texte.split("\n").find((l) => /^\s+prepaiement\.habilitation\s+\d/.test(l)) ?? "";
    expect(Number([...habilitation.matchAll(/\s(\d+)(?=\s|$)/g)].map((m) => m[1])[4])).toBeGreaterThan(0);
    expect(sorties.html).toContain(`<h2>Vérifications avant paiement (source : instantané embarqué du ${DATE_INSTANTANE})</h2>`);
    expect(sorties.html.match(/<tr><td><code>prepaiement\./g)?.length).toBeGreaterThanOrEqual(12);
  });

  it("--referentiel aucun : règles du contrat seulement, aucun constat prepaiement.*, pas de bloc", async () => {
    const c = contexte(dossier);
    await executerCli(["controle", "demo.jsonl", "--date", "2025-11-03", "--json", "--referentiel", "aucun"], c);
    const resultats = (JSON.parse(c.sortie.join("")) as { resultats: ResultatJson[] }).resultats;
    expect(resultats.flatMap((r) => r.constats).some((k) => k.regle.startsWith("prepaiement."))).toBe(false);
    // Sans vérifications avant paiement, les familles de défauts qu'elles seules relèvent passent : « conformes aux vérifications exécutées », jamais « conformes ».
    const seulementAvantPaiement = (l: (typeof demo)[number]) => l.defaut !== null && !l.defaut.illisible && l.defaut.idSpecification.every((id) => id.startsWith("PP-"));
    expect(resultats.filter((r) => r.statut === "conforme").length).toBe(0);
    expect(resultats.filter((r) => r.statut === "conforme_verifications_executees").length).toBe(demo.filter((l) => l.defaut === null || seulementAvantPaiement(l)).length);
    const t = contexte(dossier);
    await executerCli(["controle", "demo.jsonl", "--date", "2025-11-03", "--referentiel", "aucun"], t);
    expect(t.sortie.join("")).toContain("vérifications avant paiement : non exécutées (--referentiel aucun)");
    expect(t.sortie.join("")).not.toContain("Vérifications avant paiement (source");
    expect(t.sortie.join("")).toContain("Non exécutées : les 12 vérifications avant paiement (--referentiel aucun)");
  });

  it("--opco : les employeurs d'un autre OPCO sont relevés par PP-OPCO-NPEC, ceux de l'OPCO payeur non", async () => {
    for (const nom of ["akto", "AKTO", "Opco entreprises et salariés des services à forte intensité de main-d'œuvre"]) {
      const c = contexte(dossier);
      await executerCli(["controle", "demo.jsonl", "--date", "2025-11-03", "--json", "--opco", nom], c);
      const resultats = (JSON.parse(c.sortie.join("")) as { resultats: ResultatJson[] }).resultats;
      let autres = 0;
      for (const r of resultats) {
        if (r.statut === "illisible") continue;
        const idcc = (JSON.parse(demo[r.index - 1]?.texte ?? "{}") as { employeur?: { codeIdcc?: string } }).employeur?.codeIdcc ?? "";
        const ecart = r.constats.some((k) => k.regle === "prepaiement.opco.npec" && k.statut === "non_conforme" && k.message.includes("pas de l'OPCO payeur"));
        const slug = opcoParIdcc(idcc)?.slug;
        if (slug === undefined) continue; // IDCC inconnu (famille de défauts) : relevé comme tel
        expect(ecart, `${nom} : ligne ${r.index}, IDCC ${idcc} (${slug})`).toBe(slug !== "akto");
        if (ecart) autres++;
      }
      expect(autres, nom).toBeGreaterThan(100);
    }
    const t = contexte(dossier);
    await executerCli(["controle", "demo.jsonl", "--date", "2025-11-03", "--opco", "atlas"], t);
    expect(t.sortie.join("")).toContain(`vérifications avant paiement : instantané embarqué du ${DATE_INSTANTANE}, OPCO payeur OPCO Atlas.`);
  }, 120_000);

  it("--opco inconnu, ou sans vérifications avant paiement : erreur d'utilisation en français (code 2)", async () => {
    const c = contexte(dossier);
    expect(await executerCli(["controle", "demo.jsonl", "--opco", "OPCO de Bretagne"], c)).toBe(2);
    expect(c.erreurs.join("")).toContain("l'option --opco attend un OPCO connu");
    expect(c.erreurs.join("")).toContain("« OPCO de Bretagne »");
    const d = contexte(dossier);
    expect(await executerCli(["controle", "demo.jsonl", "--opco", "akto", "--referentiel", "aucun"], d)).toBe(2);
    expect(d.erreurs.join("")).toContain("sans effet avec --referentiel aucun");
  });
});
