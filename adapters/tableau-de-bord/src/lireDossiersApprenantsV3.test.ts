import { collecterLecture } from "@communs-opco/adaptateur";
import { describe, expect, it } from "vitest";
import { adaptateurTableauDeBord } from "./adaptateurTableauDeBord.js";
import { lireDossiersApprenantsV3 } from "./lireDossiersApprenantsV3.js";

const dossier = {
  nom_apprenant: "  Martin ",
  prenom_apprenant: "Léa",
  date_de_naissance_apprenant: "2007-03-14T00:00:00.000Z",
  annee_scolaire: "2024 - 2025",
  id_erp_apprenant: "ERP-42",
  statut_apprenant: "3",
  date_metier_mise_a_jour_statut: "2024-09-02T08:00:00.000Z",
  nir_apprenant: "2 07 03 69 123 456 95",
  formation_rncp: "RNCP37537",
  formation_cfd: "50022137",
  date_inscription_formation: "2024-06-15",
  date_entree_formation: "2024-09-09",
  date_fin_formation: "2026-06-30",
  duree_theorique_formation: 2,
  etablissement_responsable_uai: "0693446W",
  etablissement_responsable_siret: "19690049200014",
  etablissement_formateur_uai: "0693446W",
  etablissement_formateur_siret: "19690049200014",
  contrat_date_debut: "2024-09-02",
  contrat_date_fin: "2026-08-31",
  siret_employeur: "80123456700015",
  code_postal_de_naissance_apprenant: "ABCDE",
  type_cfa: 9,
  champ_erp_maison: "x",
  email_contact: null,
};

describe("lireDossiersApprenantsV3", () => {
  it("valide un envoi de l'API v3 et le convertit en effectifs", () => {
    const bilan = lireDossiersApprenantsV3(JSON.stringify([dossier]));
    expect(bilan).toMatchObject({ total: 1, valides: 1, invalides: 0, illisibles: 0 });
    const r = bilan.resultats[0]!;
    if (r.statut !== "valide") throw new Error(JSON.stringify(r.anomalies));
    expect(r.effectif).toMatchObject({
      source: "ERP",
      idErpApprenant: "ERP-42",
      anneeScolaire: "2024-2025",
      apprenant: { nom: "MARTIN", dateNaissance: "2007-03-14", aNir: true },
      statut: { code: "3" },
      formation: { dureeTheoriqueMois: 24 },
      typeCfa: "09",
      contrats: [{ dateDebut: "2024-09-02", dateFin: "2026-08-31", siretEmployeur: "80123456700015" }],
      extensions: { "tableau-de-bord:/champ_erp_maison": "x" },
    });
    expect(JSON.stringify(r.effectif)).not.toContain("123 456");
    expect(r.effectif.apprenant?.codePostalNaissance).toBeUndefined();
    expect(r.anomalies).toContainEqual(expect.objectContaining({ champ: "code_postal_de_naissance_apprenant", gravite: "information" }));
  });

  it("n'exige pas au canal API les champs propres au téléversement, mais exige les champs R", () => {
    const { id_erp_apprenant: _, ...sansId } = dossier;
    const bilan = lireDossiersApprenantsV3([sansId, { ...dossier, date_entree_formation: "09/09/2024" }]);
    expect(bilan).toMatchObject({ total: 2, valides: 0, invalides: 2 });
    expect(bilan.resultats[0]!.anomalies).toContainEqual(expect.objectContaining({ ligne: 0, champ: "id_erp_apprenant", code: "champ_requis" }));
    expect(bilan.resultats[1]!.anomalies).toContainEqual(expect.objectContaining({ ligne: 1, champ: "date_entree_formation", code: "date_invalide" }));
  });

  it("refuse un contrat sans date de début (deux erreurs), accepte une rupture avant le début", () => {
    const bilan = lireDossiersApprenantsV3([
      { ...dossier, contrat_date_debut: undefined, contrat_date_rupture_2: "2025-01-10" },
      { ...dossier, contrat_date_rupture: "2024-01-01" },
    ]);
    const erreurs = bilan.resultats[0]!.anomalies.filter((a) => a.code === "contrat_incomplet").map((a) => a.champ);
    expect(erreurs).toEqual(["contrat_date_debut", "contrat_date_fin", "contrat_date_debut_2", "contrat_date_rupture_2"]);
    expect(bilan.resultats[1]!.statut).toBe("valide");
  });

  it("rend des anomalies de fichier pour un JSON illisible, un corps qui n'est pas un tableau, un lot trop grand", () => {
    expect(lireDossiersApprenantsV3('[{"nom_apprenant": "DU')).toMatchObject({ total: 0, anomaliesFichier: [{ code: "syntaxe_invalide" }] });
    expect(lireDossiersApprenantsV3("42")).toMatchObject({ total: 0, anomaliesFichier: [{ code: "structure_invalide" }] });
    expect(lireDossiersApprenantsV3(new Uint8Array([0xff, 0xfe, 0x00]))).toMatchObject({ total: 0, anomaliesFichier: [{ code: "encodage_invalide" }] });
    const lot = lireDossiersApprenantsV3(Array.from({ length: 2001 }, () => dossier));
    expect(lot).toMatchObject({ total: 2001, valides: 2001 });
    expect(lot.anomaliesFichier.map((a) => a.code)).toEqual(["lot_trop_grand"]);
    const melange = lireDossiersApprenantsV3([dossier, 3, null, [1]]);
    expect(melange).toMatchObject({ total: 4, valides: 1, illisibles: 3 });
  });

  it("passe par l'adaptateur : erreurs situées par pointeur JSON, JSON illisible signalé", async () => {
    const octets = new TextEncoder().encode(JSON.stringify([dossier, { ...dossier, sexe_apprenant: "X" }]));
    const bilan = await collecterLecture(adaptateurTableauDeBord.lire({ nom: "envoi.json", octets }));
    expect(bilan).toMatchObject({ total: 2, lus: 1, illisibles: 1 });
    expect(bilan.enregistrements[0]!.source).toEqual({ fichier: "envoi.json", pointeur: "/0" });
    expect(bilan.erreurs[0]!.source).toEqual({ fichier: "envoi.json", pointeur: "/1/sexe_apprenant", champ: "sexe_apprenant" });
    const casse = await collecterLecture(adaptateurTableauDeBord.lire({ nom: "envoi.json", octets: octets.slice(0, 40) }));
    expect(casse).toMatchObject({ total: 1, lus: 0, illisibles: 1, erreurs: [{ code: "syntaxe_invalide" }] });
  });
});
