import { readFile } from "node:fs/promises";
import { collecterLecture } from "@communs-opco/adaptateur";
import ExcelJS from "exceljs";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { adaptateurTableauDeBord } from "./adaptateurTableauDeBord.js";
import { colonnesTeleversementTdb } from "./colonnesTeleversementTdb.js";
import { idErpTeleversement } from "./idErpTeleversement.js";
import { lireTeleversementTdb } from "./lireTeleversementTdb.js";

const fixture = (nom: string) => readFile(new URL(`../test/fixtures/${nom}`, import.meta.url));

describe("lireTeleversementTdb sur le modèle XLSX officiel (29/01/2025)", () => {
  it("lit la ligne d'exemple en effectif valide, avec les contrôles stricts en avertissement", async () => {
    const bilan = await lireTeleversementTdb(await fixture("modele-import-29012025.xlsx"), { type: "xlsx" });
    expect(bilan).toMatchObject({ total: 1, valides: 1, invalides: 0, illisibles: 0, anomaliesFichier: [] });
    const [r] = bilan.resultats;
    expect(r?.statut).toBe("valide");
    if (r?.statut !== "valide") return;
    expect(r.ligne).toBe(2);
    expect(r.effectif).toMatchObject({
      anneeScolaire: "2024-2025",
      idErpApprenant: idErpTeleversement("Gaston", "Dupuis", "1998-01-24"),
      source: "FICHIER",
      apprenant: { nom: "DUPUIS", prenom: "Gaston", dateNaissance: "1998-01-24", sexe: "F", codePostal: "44000", codePostalNaissance: "44400", rqth: true },
      formation: { rncp: "RNCP12345", cfd: "50022145", anneeFormation: 2, dureeTheoriqueMois: 12, exclusion: { date: "2022-09-28" } },
      organismeFormateur: { uai: "0123456A", siret: "12345678901235" },
      typeCfa: "10",
    });
    expect(r.effectif.contrats).toHaveLength(4);
    expect(r.anomalies.every((a) => a.gravite === "avertissement")).toBe(true);
    expect(r.anomalies.map((a) => a.code)).toContain("siret_cle_invalide");
    expect(r.anomalies.map((a) => a.code)).toContain("uai_cle_invalide");
  });

  it("a exactement les 62 colonnes du modèle, dans l'ordre", async () => {
    const classeur = new ExcelJS.Workbook();
    await classeur.xlsx.load((await fixture("modele-import-29012025.xlsx")) as unknown as ArrayBuffer);
    const entete = (classeur.getWorksheet("Modèle")?.getRow(1).values as unknown[]).slice(1);
    expect(entete).toEqual(colonnesTeleversementTdb);
  });

  it("situe les erreurs d'un classeur modifié sur la ligne et la colonne", async () => {
    const classeur = new ExcelJS.Workbook();
    await classeur.xlsx.load((await fixture("modele-import-29012025.xlsx")) as unknown as ArrayBuffer);
    const feuille = classeur.getWorksheet("Modèle")!;
    const colonne = (nom: string) => colonnesTeleversementTdb.indexOf(nom) + 1;
    const ligne3 = feuille.getRow(3);
    feuille.getRow(2).eachCell((cellule, n) => {
      ligne3.getCell(n).value = cellule.value;
    });
    ligne3.getCell(colonne("annee_scolaire *")).value = "2024-2027";
    ligne3.getCell(colonne("etablissement_formateur_siret *")).value = "1234";
    ligne3.getCell(colonne("contrat_date_debut_2 **")).value = null;
    ligne3.getCell(colonne("siret_employeur **")).value = "pas un siret";
    ligne3.commit();
    const bilan = await lireTeleversementTdb(new Uint8Array(await classeur.xlsx.writeBuffer()), { type: "xlsx" });
    expect(bilan).toMatchObject({ total: 2, valides: 1, invalides: 1 });
    const invalide = bilan.resultats[1]!;
    expect(invalide.ligne).toBe(3);
    const erreurs = invalide.anomalies.filter((a) => a.gravite === "erreur").map((a) => [a.champ, a.code]);
    expect(erreurs).toEqual(
      expect.arrayContaining([
        ["annee_scolaire *", "annee_scolaire_invalide"],
        ["etablissement_formateur_siret *", "siret_invalide"],
        ["contrat_date_debut_2 **", "contrat_incomplet"],
      ]),
    );
    expect(invalide.anomalies).toContainEqual(expect.objectContaining({ champ: "siret_employeur **", gravite: "information", code: "siret_invalide" }));
  });

  it("signale un classeur illisible", async () => {
    const bilan = await lireTeleversementTdb(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), { type: "xlsx" });
    expect(bilan.total).toBe(0);
    expect(bilan.anomaliesFichier[0]).toMatchObject({ gravite: "erreur", code: "syntaxe_invalide" });
  });

  it("classeur dont la décompression dépasse les limites (bombe) : illisible avec la raison, sans être confié à exceljs", async () => {
    // feuille de 4 Mio de zéros compressée en quelques Kio
    const octets = zipSync({ "[Content_Types].xml": new TextEncoder().encode("<Types/>"), "xl/worksheets/sheet1.xml": new Uint8Array(4 * 1_048_576) }, { level: 1 });
    expect(octets.length).toBeLessThan(50_000);
    const bilan = await lireTeleversementTdb(octets, { type: "xlsx" });
    expect(bilan.total).toBe(0);
    expect(bilan.anomaliesFichier[0]).toMatchObject({ gravite: "erreur", code: "syntaxe_invalide", message: expect.stringMatching(/^Classeur XLSX illisible : archive ZIP refusée : entrée « xl\/worksheets\/sheet1\.xml » compressée plus de 200 fois/) });
  });
});

describe("lireTeleversementTdb sur l'ancien CSV d'import", () => {
  it("reconnaît l'ancien format, lit ses 16 lignes et refuse chacune pour les champs exigés qui manquent", async () => {
    const bilan = await lireTeleversementTdb(await fixture("sample-import-of-test.csv"), { type: "csv" });
    expect(bilan).toMatchObject({ total: 16, valides: 0, invalides: 16, illisibles: 0 });
    expect(bilan.anomaliesFichier.map((a) => a.code)).toEqual(["ancien_format"]);
    const premiere = bilan.resultats[0]!;
    expect(premiere.ligne).toBe(2);
    const manquants = premiere.anomalies.filter((a) => a.code === "champ_requis").map((a) => a.champ);
    expect(manquants).toEqual(expect.arrayContaining(["date_de_naissance_apprenant", "annee_scolaire", "date_entree_formation"]));
    expect(manquants).not.toContain("nom_apprenant");
    expect(manquants).not.toContain("sexe_apprenant");
    expect(manquants).not.toContain("etablissement_formateur_uai");
  });
});

describe("lireTeleversementTdb sur un CSV au modèle", () => {
  const entete = colonnesTeleversementTdb.join(";");
  const ligne = (valeurs: Record<string, string>) => colonnesTeleversementTdb.map((c) => valeurs[c.replace(/\s*\*+$/u, "")] ?? "").join(";");
  const complet = {
    nom_apprenant: "Dupuis",
    prenom_apprenant: "Gaëtan",
    date_de_naissance_apprenant: "24/01/1998",
    sexe_apprenant: "H",
    email_contact: "gaston.dupuis@example.fr",
    adresse_apprenant: "64 bis, route de Paris",
    code_postal_apprenant: "4000",
    tel_apprenant: "+33 6 12 34 56 78",
    etablissement_responsable_uai: "0693446w",
    etablissement_responsable_siret: "196 900 492 00014",
    etablissement_formateur_uai: "0693446W",
    etablissement_formateur_siret: "19690049200014",
    annee_scolaire: "2024/2025",
    annee_formation: "1",
    formation_rncp: "37537",
    date_inscription_formation: "2024-09-01",
    date_entree_formation: "2024-09-09",
    date_fin_formation: "2026-06-30",
    duree_theorique_formation: "",
    derniere_situation: "0",
  };

  it("applique les normalisations du Tableau de bord", async () => {
    const csv = `${entete}\n${ligne(complet)}\n`;
    const bilan = await lireTeleversementTdb(new TextEncoder().encode(csv), { type: "csv" });
    expect(bilan.valides).toBe(1);
    const r = bilan.resultats[0]!;
    if (r.statut !== "valide") throw new Error(JSON.stringify(r.anomalies));
    expect(r.effectif).toMatchObject({
      anneeScolaire: "2024-2025",
      apprenant: { dateNaissance: "1998-01-24", sexe: "M", codePostal: "04000", telephone: "0612345678" },
      formation: { rncp: "RNCP37537" },
      organismeResponsable: { uai: "0693446W", siret: "19690049200014" },
    });
    expect(r.effectif.apprenant?.derniereSituation).toBeUndefined();
    expect(bilan.anomaliesFichier.map((a) => a.code)).toEqual(["lignes_sans_contrat"]);
  });

  it("refuse une fin de formation avant l'entrée et conserve les colonnes inconnues en extension", async () => {
    const csv = `${entete};remarque\n${ligne({ ...complet, date_fin_formation: "2024-09-01" })};à revoir\n${ligne(complet)};ok\n`;
    const bilan = await lireTeleversementTdb(new TextEncoder().encode(csv), { type: "csv" });
    expect(bilan).toMatchObject({ total: 2, valides: 1, invalides: 1 });
    expect(bilan.resultats[0]!.anomalies).toContainEqual(expect.objectContaining({ ligne: 2, champ: "date_fin_formation *", code: "fin_avant_entree" }));
    const valide = bilan.resultats[1]!;
    expect(valide.statut === "valide" && valide.effectif.extensions).toEqual({ "tableau-de-bord:/remarque": "ok" });
  });

  it("lit un CSV en Latin-1 (avec une information) séparé par des virgules", async () => {
    const csv = `${colonnesTeleversementTdb.join(",")}\n${colonnesTeleversementTdb.map((c) => (complet as Record<string, string>)[c.replace(/\s*\*+$/u, "")] ?? "").map((v) => (v.includes(",") ? `"${v}"` : v)).join(",")}\n`;
    const octets = Uint8Array.from([...csv].map((c) => c.charCodeAt(0)));
    const bilan = await lireTeleversementTdb(octets, { type: "csv" });
    expect(bilan.valides).toBe(1);
    expect(bilan.anomaliesFichier.map((a) => a.code)).toContain("encodage_latin1");
    const r = bilan.resultats[0]!;
    expect(r.statut === "valide" && r.effectif.apprenant?.adresse).toBe("64 bis, route de Paris");
  });

  it("signale les colonnes obligatoires absentes et une ligne au guillemet non fermé", async () => {
    const csv = `nom_apprenant;prenom_apprenant\nDUPUIS;"Gaston\n`;
    const bilan = await lireTeleversementTdb(new TextEncoder().encode(csv), { type: "csv" });
    expect(bilan).toMatchObject({ total: 1, illisibles: 1 });
    expect(bilan.anomaliesFichier.filter((a) => a.code === "colonne_absente").map((a) => a.champ)).toContain("date_entree_formation");
  });

  it("passe par l'adaptateur : une issue par ligne, erreurs situées", async () => {
    const csv = `${entete}\n${ligne(complet)}\n${ligne({ ...complet, sexe_apprenant: "X" })}\n`;
    const bilan = await collecterLecture(adaptateurTableauDeBord.lire({ nom: "effectifs.csv", octets: new TextEncoder().encode(csv) }));
    expect(bilan).toMatchObject({ total: 2, lus: 1, illisibles: 1 });
    expect(bilan.erreurs[0]).toMatchObject({ code: "enregistrement_invalide", source: { fichier: "effectifs.csv", ligne: 3, champ: "sexe_apprenant *" } });
    expect(adaptateurTableauDeBord.detecter!({ nom: "x.csv", octets: new Uint8Array(), texte: csv })).toBeGreaterThan(0.9);
  });
});
