import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chargerInstantane, financementDuContrat, formaterEuros, ReferentielHorsLigne } from "@communs-opco/referentiels";
import { dossierDonneesPartagees } from "@communs-opco/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contexteCliCapture } from "../contexteCliCapture";
import { executerCli } from "../executerCli";

const DONNEES = dossierDonneesPartagees();
let dossier: string;

/** Contrat RNCP1002 × IDCC 478 conclu le 2024-08-20 ; la clé de Luhn du SIRET employeur est fausse (PP-ID-SYNTAX bloquant, sans source). */
const contrat = {
  employeur: { siret: "82832700500018", codeIdcc: "478" },
  contrat: { dateSignature: "2024-08-20", dateDebutContrat: "2024-09-01", dateFinContrat: "2026-08-31" },
  formation: { rncp: "RNCP1002", codeDiplome: "45022501" },
  organismeFormation: { siret: "77807079700015", uaiCfa: "0870097H" },
  etablissementFormation: { memeResponsable: true },
};

beforeAll(async () => {
  dossier = await mkdtemp(join(tmpdir(), "opco-controle-local-"));
  await writeFile(join(dossier, "contrat.json"), JSON.stringify(contrat));
  // Instantané local construit par la CLI depuis un fichier réel de France compétences (édition NPEC du 15.07.2024).
  const c = contexteCliCapture({ repertoire: dossier });
  const code = await executerCli(["referentiel", "importer", "npec", join(DONNEES, "npec", "Referentiel-des-NPEC-15.07.2024_vMAJ-18.07.2024.xlsx"), "--dossier", "ref"], c);
  expect(code, c.erreurs.join("")).toBe(0);
  await mkdir(join(dossier, "vide"));
}, 60_000);
afterAll(async () => {
  await rm(dossier, { recursive: true, force: true });
});

describe("opco controle --referentiel <dossier d'un instantané local>", () => {
  it("les vérifications avant paiement et le NPEC du montant en jeu viennent de l'instantané local, nommé avec sa date", async () => {
    const instantane = await chargerInstantane(join(dossier, "ref"));
    const date = instantane.construitLe.slice(0, 10);
    const t = contexteCliCapture({ repertoire: dossier });
    expect(await executerCli(["controle", "contrat.json", "--date", "2026-11-26", "--referentiel", "ref"], t)).toBe(1);
    const texte = t.sortie.join("");
    expect(texte).toContain(`vérifications avant paiement : instantané local ref du ${date}.`);
    expect(texte).toContain(`Vérifications avant paiement (source : instantané local ref du ${date})`);

    const j = contexteCliCapture({ repertoire: dossier });
    await executerCli(["controle", "contrat.json", "--date", "2026-11-26", "--referentiel", "ref", "--json"], j);
    const sortie = JSON.parse(j.sortie.join("")) as {
      resultats: { constats: { regle: string; statut: string; severite: string }[]; avantPaiement?: { statut: string; regles: string[]; montantEnJeuCentimes?: number } }[];
      resume: { avantPaiement: { source: string; contratsSuspendus: number; montantEnJeuCentimes: number } };
    };
    const [r] = sortie.resultats;
    // Les 12 vérifications s'exécutent ; la syntaxe du SIRET employeur est un écart bloquant prouvé sans source.
    expect(new Set(r?.constats.filter((c) => c.regle.startsWith("prepaiement.")).map((c) => c.regle)).size).toBeGreaterThan(0);
    expect(r?.constats).toContainEqual(expect.objectContaining({ regle: "prepaiement.identifiants.syntaxe", statut: "non_conforme", severite: "bloquant" }));
    // Montant en jeu : échéancier calculé sur le NPEC de l'instantané local (9 497 € par an pour RNCP1002 × IDCC 478).
    const attendu = await financementDuContrat(contrat, new ReferentielHorsLigne(instantane));
    expect(attendu.statut).toBe("calcule");
    const total = attendu.statut === "calcule" ? attendu.echeancier.totalDuCentimes : -1;
    expect(attendu.statut === "calcule" ? attendu.npec.annuel : 0).toBe(9497);
    expect(r?.avantPaiement).toMatchObject({ statut: "valorise", montantEnJeuCentimes: total });
    expect(r?.avantPaiement?.regles).toContain("prepaiement.identifiants.syntaxe");
    expect(sortie.resume.avantPaiement).toMatchObject({ source: `instantané local ref du ${date}`, contratsSuspendus: 1, montantEnJeuCentimes: total });
    expect(texte).toContain(`montant en jeu ${formaterEuros(total)} pour 1 contrat(s) valorisé(s)`);
  });

  it("ni un mode ni un dossier, ou un dossier sans instantané : erreur d'utilisation en français (code 2)", async () => {
    const a = contexteCliCapture({ repertoire: dossier });
    expect(await executerCli(["controle", "contrat.json", "--referentiel", "nulle-part"], a)).toBe(2);
    expect(a.erreurs.join("")).toContain("l'option --referentiel attend embarque, en-ligne, mixte, aucun ou le dossier d'un instantané local");
    expect(a.erreurs.join("")).toContain("« nulle-part »");
    const b = contexteCliCapture({ repertoire: dossier });
    expect(await executerCli(["controle", "contrat.json", "--referentiel", "vide"], b)).toBe(2);
    expect(b.erreurs.join("")).toContain("dossier sans instantané lisible");
    expect(b.erreurs.join("")).toContain("fichier absent ou illisible");
    const c = contexteCliCapture({ repertoire: dossier });
    expect(await executerCli(["controle", "contrat.json", "--referentiel", "contrat.json"], c)).toBe(2);
  });
});
