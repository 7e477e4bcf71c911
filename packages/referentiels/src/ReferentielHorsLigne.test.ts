import { beforeAll, describe, expect, it } from "vitest";
import { chargerInstantaneEmbarque } from "./instantane/chargerInstantaneEmbarque";
import type { Instantane, SourceInstantane } from "./instantane/Instantane";
import { instantaneVide } from "./instantane/instantaneVide";
import { ReferentielHorsLigne } from "./ReferentielHorsLigne";

let referentiel: ReferentielHorsLigne;
beforeAll(async () => {
  referentiel = new ReferentielHorsLigne(await chargerInstantaneEmbarque());
});

describe("ReferentielHorsLigne sur l'instantané embarqué", () => {
  it("NPEC RNCP1002 × IDCC 478 : 9 497 € au 2024-09-01, 9 497 € (édition 2023) au 2024-01-01", async () => {
    const r = await referentiel.npec({ rncp: "RNCP1002", idcc: "478", date: "2024-09-01" });
    expect(r).toMatchObject({
      statut: "trouve",
      valeur: { npecAnnuel: 9497, statut: "A", dateApplicabilite: "2024-07-15", cpne: { code: "2", libelle: "CNPE des sociétés financières" } },
      source: { fichier: "Referentiel-des-NPEC-15.07.2024_vMAJ-18.07.2024.xlsx", date: "2024-07-15" },
    });
    const avant = await referentiel.npec({ rncp: "RNCP1002", idcc: "478", date: "2024-01-01" });
    expect(avant).toMatchObject({ statut: "trouve", valeur: { dateApplicabilite: "2023-10-15", source: { fichier: "Referentiel-des-NPEC_vMAJ-09.04.2024.xlsx" } } });
    // Cellule combinée « RNCP31946/RNCP36989 » (ligne 7 : 7 750 €) et ligne à code unique RNCP36989 (ligne 8 : 8 502 €) : la ligne exacte prime.
    expect(await referentiel.npec({ rncp: "RNCP36989", idcc: "478", date: "2024-01-01" })).toMatchObject({
      statut: "trouve",
      valeur: { npecAnnuel: 8502, source: { fichier: "Referentiel-des-NPEC_vMAJ-09.04.2024.xlsx", ligne: 8 }, valeursEcartees: [{ npecAnnuel: 7750, codesLigne: ["RNCP31946", "RNCP36989"], source: { ligne: 7 } }] },
    });
    // RNCP31946 n'a que la ligne combinée : elle s'applique, sans note.
    const seule = await referentiel.npec({ rncp: "RNCP31946", idcc: "478", date: "2024-01-01" });
    expect(seule).toMatchObject({ statut: "trouve", valeur: { npecAnnuel: 7750, source: { ligne: 7 } } });
    expect(seule.statut === "trouve" ? seule.valeur.note : "").toBeUndefined();
    expect((await referentiel.npec({ cfd: "01022001", idcc: "478", date: "2020-01-01" })).statut).toBe("trouve");
  });

  it("certifications : fiche RNCP, lien Kit, diplôme BCN", async () => {
    const fiche = await referentiel.certification("RNCP30271");
    expect(fiche).toMatchObject({ statut: "trouve", valeur: { accesApprentissage: true, actif: false, niveau: "6" }, source: { nom: "Export RNCP (France compétences)", date: "2024-02-22" } });
    const kit = await referentiel.certification("RNCP37566");
    expect(kit).toMatchObject({ statut: "trouve", valeur: { correspondances: { cfd: expect.arrayContaining(["01022103"]) }, actif: true, dateFin: "2026-08-31" }, source: { nom: "Kit apprentissage", date: "2025-01-31" } });
    const bcn = await referentiel.certification("46321218");
    expect(bcn).toMatchObject({ statut: "trouve", valeur: { intitule: "APICULTURE (CSA)", niveau: "4", actif: true } });
    // RNCP inconnu du Kit et de l'extrait de l'export RNCP : rien n'est prouvé (voir « extraits » plus bas)
    expect((await referentiel.certification("RNCP99999")).statut).toBe("indisponible");
    // la BCN embarquée est un extrait (3 923 diplômes) : un code diplôme qu'elle ignore n'est pas prouvé absent
    expect((await referentiel.certification("99999998")).statut).toBe("indisponible");
  });

  it("conventions, OPCO, APE, organismes, habilitations", async () => {
    expect(await referentiel.convention("3248")).toMatchObject({ statut: "trouve", valeur: { enVigueur: true, etat: "VIGUEUR_ETEN" } });
    // IDCC 16 de la seule liste DARES (sans état) : l'état Légifrance vient de la table complète des conventions
    expect(await referentiel.convention("16")).toMatchObject({ statut: "trouve", valeur: { enVigueur: true, etat: "VIGUEUR_ETEN" } });
    expect(await referentiel.opcoDeIdcc("478")).toMatchObject({ statut: "trouve", valeur: { opco: "OPCO ATLAS", idcc: "0478" } });
    expect(await referentiel.conventionsDeApe("1812Z")).toMatchObject({ statut: "trouve", valeur: [{ idcc: "0706", part: 1.1 }] });
    expect((await referentiel.conventionsDeApe("01.11Z")).statut).toBe("indetermine");
    expect(await referentiel.organisme("0010001W")).toMatchObject({ statut: "trouve", valeur: { ouvert: true, siret: "19010001600012" }, source: { nom: "ACCE (Éducation nationale)" } });
    expect(await referentiel.organisme("19672198900040")).toMatchObject({
      statut: "trouve",
      valeur: { nature: "formateur", ouvert: true, qualiopi: false },
      source: { nom: "Référentiel des organismes de formation" },
    });
    // le Référentiel des organismes embarqué est un extrait (808 organismes) : un SIRET inconnu n'y prouve rien
    expect((await referentiel.organisme("99999999999999")).statut).toBe("indisponible");
    expect(await referentiel.habilitation("RNCP30271", "82948645500019")).toMatchObject({ statut: "trouve", valeur: { habilite: true, motif: "certificateur de la fiche" } });
    expect(await referentiel.habilitation("RNCP509", "82948645500019")).toMatchObject({ statut: "trouve", valeur: { habilite: null } });
    expect(referentiel.opcosDeCertification("RNCP10193").map((c) => c.opco)).toContain("atlas");
  });

  it("ce qui n'existe qu'en ligne, ou une source non importée, est « indisponible »", async () => {
    expect((await referentiel.entreprise("35600000009075")).statut).toBe("indisponible");
    expect((await referentiel.opcoDeSiret("35600000009075")).statut).toBe("indisponible");
    const vide = new ReferentielHorsLigne(instantaneVide("2026-11-26T00:00:00.000Z"));
    const r = await vide.npec({ rncp: "RNCP1002", idcc: "478", date: "2024-09-01" });
    expect(r).toMatchObject({ statut: "indisponible", source: { nom: "Référentiel NPEC (France compétences)", date: null } });
    expect((await vide.certification("RNCP1002")).statut).toBe("indisponible");
  });
});

/** Copie de l'instantané dont les sources retenues par `complete` perdent leur marque d'extrait. */
function commeComplet(instantane: Instantane, complete: (s: SourceInstantane) => boolean): Instantane {
  return { ...instantane, sources: instantane.sources.map(({ couverture, ...s }) => (complete(s as SourceInstantane) || couverture === undefined ? s : { ...s, couverture })) };
}

describe("ReferentielHorsLigne : un extrait ne prouve aucune absence", () => {
  it("NPEC : clé absente des extraits → indisponible, raison qui nomme l'extrait et le remède ; clé présente → trouve", async () => {
    const r = await referentiel.npec({ rncp: "RNCP37535", idcc: "1486", date: "2025-09-01" });
    expect(r).toMatchObject({ statut: "indisponible", source: { nom: "Référentiel NPEC (France compétences)", couverture: "extrait" } });
    expect(r.statut === "indisponible" && r.raison).toBe(
      "NPEC de RNCP37535 pour l'IDCC 1486 au 2025-09-01 introuvable dans l'extrait « Référentiel NPEC (France compétences) » de l'instantané " +
        "(échantillon de 14 enregistrements, 5 fichiers) : un extrait ne prouve aucune absence ; importez le fichier complet (opco referentiel importer npec <Referentiel-des-NPEC.xlsx>)",
    );
    // IDCC sans CPNE dans l'extrait de la table CPNE-IDCC : même chose
    expect((await referentiel.npec({ rncp: "RNCP1002", idcc: "1801", date: "2024-09-01" })).statut).toBe("indisponible");
    expect(await referentiel.npec({ rncp: "RNCP1002", idcc: "478", date: "2024-09-01" })).toMatchObject({ statut: "trouve", source: { couverture: "extrait" } });
    // avant toute édition importée, aucune valeur ne peut s'appliquer : absent ; saisie invalide : absent
    expect((await referentiel.npec({ rncp: "RNCP1002", idcc: "478", date: "2019-01-01" })).statut).toBe("absent");
    expect((await referentiel.npec({ rncp: "RNCP1002", idcc: "abc", date: "2024-09-01" })).statut).toBe("absent");
  });

  it("NPEC : une édition complète applicable à la date tranche (absent) ; seules des éditions extraits applicables → indisponible", async () => {
    const embarque = await chargerInstantaneEmbarque();
    const edition2024 = "Referentiel-des-NPEC-15.07.2024_vMAJ-18.07.2024.xlsx";
    const mixte = new ReferentielHorsLigne(commeComplet(embarque, (s) => s.fichier === edition2024));
    const apres = await mixte.npec({ rncp: "RNCP37535", idcc: "1486", date: "2024-09-01" });
    expect(apres).toMatchObject({ statut: "absent", raison: "aucun NPEC pour RNCP37535 dans le référentiel" });
    expect(apres.source).not.toHaveProperty("couverture");
    // un contrat conclu avant le 15.07.2024 relève des éditions antérieures, ici des extraits
    const avant = await mixte.npec({ rncp: "RNCP37535", idcc: "1486", date: "2024-01-10" });
    expect(avant).toMatchObject({ statut: "indisponible", raison: expect.stringContaining("(échantillon de 13 enregistrements, 4 fichiers)") });
  });

  it("sources complètes (import d'un OPCO) : même clé → absent, comme avant l'introduction de la couverture", async () => {
    const complet = new ReferentielHorsLigne(commeComplet(await chargerInstantaneEmbarque(), () => true));
    expect((await complet.npec({ rncp: "RNCP37535", idcc: "1486", date: "2025-09-01" })).statut).toBe("absent");
    expect(await complet.certification("RNCP99999")).toMatchObject({ statut: "absent", raison: "fiche RNCP99999 absente de l'export RNCP de l'instantané" });
    expect((await complet.habilitation("RNCP99999", "82948645500019")).statut).toBe("absent");
    expect((await complet.conventionsDeApe("62.01Z")).statut).toBe("absent");
    expect((await complet.organisme("99999999999999")).statut).toBe("absent");
  });

  it("fiches RNCP et habilitation : ni le Kit ni une source complète ne connaissent la fiche → indisponible", async () => {
    const c = await referentiel.certification("RNCP99999");
    expect(c).toMatchObject({ statut: "indisponible", source: { nom: "Export RNCP (France compétences)", couverture: "extrait" } });
    expect(c.statut === "indisponible" && c.raison).toMatch(
      /^fiche RNCP99999 introuvable dans l'extrait « Export RNCP \(France compétences\) » de l'instantané \(échantillon de 9 enregistrements\).*opco referentiel importer france-competences <export-fiches-csv-AAAA-MM-JJ\.zip>.*le Kit apprentissage ne relie RNCP99999 à aucun code diplôme/,
    );
    // fiche présente dans l'extrait ou reliée par le Kit : trouvée
    expect(await referentiel.certification("RNCP30271")).toMatchObject({ statut: "trouve", source: { couverture: "extrait" } });
    expect((await referentiel.certification("RNCP37566")).statut).toBe("trouve");
    const h = await referentiel.habilitation("RNCP99999", "82948645500019");
    expect(h).toMatchObject({ statut: "indisponible", raison: expect.stringContaining("enregistrement de droit non établi (aucun code diplôme relié à RNCP99999 par le Kit apprentissage)") });
    // Kit seul (export RNCP non importé) : il ne couvre que les diplômes, la fiche reste non vérifiée
    const embarque = await chargerInstantaneEmbarque();
    const kitSeul = new ReferentielHorsLigne({ ...embarque, fichesRncp: [], sources: embarque.sources.filter((s) => s.type !== "france-competences") });
    expect(await kitSeul.certification("RNCP99999")).toMatchObject({ statut: "indisponible", raison: expect.stringContaining("source « Export RNCP (France compétences) » absente de l'instantané") });
    // BCN réduite à un extrait : un code diplôme inconnu ne prouve rien non plus
    const bcnExtrait = new ReferentielHorsLigne({ ...embarque, sources: embarque.sources.map((s) => (s.type === "bcn" ? { ...s, couverture: "extrait" as const } : s)) });
    expect(await bcnExtrait.certification("99999998")).toMatchObject({ statut: "indisponible", raison: expect.stringContaining("importez le fichier complet (opco referentiel importer bcn <N_FORMATION_DIPLOME.csv>)") });
  });

  it("APE → IDCC, ACCE : clé absente d'un extrait → indisponible ; APE invalide → absent", async () => {
    expect(await referentiel.conventionsDeApe("62.01Z")).toMatchObject({ statut: "indisponible", raison: expect.stringContaining("APE 62.01Z introuvable dans l'extrait « Table APE ↔ IDCC (DARES) »"), source: { couverture: "extrait" } });
    expect((await referentiel.conventionsDeApe("6201")).statut).toBe("absent");
    // organismes : le Référentiel des organismes embarqué et l'ACCE sont des extraits
    expect((await referentiel.organisme("0999999Z")).statut).toBe("indisponible");
    const embarque = await chargerInstantaneEmbarque();
    const acceSeule = new ReferentielHorsLigne({ ...embarque, organismes: [], sources: embarque.sources.filter((s) => s.type !== "organismes") });
    expect(await acceSeule.organisme("0999999Z")).toMatchObject({ statut: "indisponible", raison: expect.stringContaining("0999999Z introuvable dans l'extrait « ACCE (Éducation nationale) »") });
    expect((await acceSeule.organisme("0010001W")).statut).toBe("trouve");
  });

  it("table IDCC → OPCO réduite à un extrait sans la clé : repli sur la table complète de nomenclatures", async () => {
    const embarque = await chargerInstantaneEmbarque();
    const extrait = new ReferentielHorsLigne({
      ...embarque,
      idccOpco: embarque.idccOpco.filter((r) => r.idcc !== "0478"),
      sources: embarque.sources.map((s) => (s.type === "idcc-opco" ? { ...s, couverture: "extrait" as const } : s)),
    });
    expect(await extrait.opcoDeIdcc("478")).toMatchObject({ statut: "trouve", valeur: { opco: "OPCO ATLAS" }, source: { nom: "Table IDCC → OPCO (@communs-opco/nomenclatures)" } });
  });
});

describe("ReferentielHorsLigne : NPEC recherché une fois par période d'applicabilité", () => {
  /** Toutes les combinaisons de codes et d'IDCC de l'instantané, à chaque date de début d'une ligne ou d'une édition, la veille et le lendemain. */
  function criteresAutourDesBornes(instantane: Instantane): { rncp?: string; cfd?: string; idcc: string; date: string }[] {
    const decaler = (date: string, jours: number) => new Date(Date.parse(`${date}T00:00:00Z`) + jours * 86_400_000).toISOString().slice(0, 10);
    const bornes = [...new Set([...instantane.npec.valeurs.map((v) => v.dateApplicabilite), ...instantane.npec.editions.flatMap((e) => (e.dateApplicabilite === null ? [] : [e.dateApplicabilite]))])];
    const dates = [...new Set(bornes.flatMap((b) => [decaler(b, -1), b, decaler(b, 1)])), "2019-01-01", "2030-12-31"];
    const codes: { rncp?: string; cfd?: string }[] = [
      ...new Set(instantane.npec.valeurs.flatMap((v) => [v.rncp, v.cfd]).filter((c): c is string => c !== null)),
    ].map((c) => (/^rncp/i.test(c) ? { rncp: c } : { cfd: c }));
    codes.push({ rncp: "RNCP37535" }, { rncp: "RNCP99999", cfd: "45022501" });
    const idccs = [...new Set([...instantane.npec.correspondances.map((c) => c.idcc), ...instantane.npec.valeurs.flatMap((v) => v.idcc)])].slice(0, 6);
    idccs.push("1801", "abc");
    return codes.flatMap((c) => idccs.flatMap((idcc) => dates.map((date) => ({ ...c, idcc, date }))));
  }

  it.each([
    ["embarqué (éditions extraits)", (i: Instantane) => i],
    ["une édition complète", (i: Instantane) => commeComplet(i, (s) => s.fichier === "Referentiel-des-NPEC-15.07.2024_vMAJ-18.07.2024.xlsx")],
    ["toutes complètes", (i: Instantane) => commeComplet(i, () => true)],
  ])("%s : même réponse, octet pour octet, qu'une recherche faite à la date même (référentiel neuf)", async (_nom, variante) => {
    const instantane = variante(await chargerInstantaneEmbarque());
    const partage = new ReferentielHorsLigne(instantane);
    const criteres = criteresAutourDesBornes(instantane);
    expect(criteres.length).toBeGreaterThan(300);
    const statuts = new Set<string>();
    // Deux passes : la seconde relit chaque période déjà mémorisée, à toutes ses dates.
    for (const passe of [1, 2]) {
      for (const c of criteres) {
        const attendue = JSON.stringify(new ReferentielHorsLigne(instantane).enMemoire.npec(c));
        expect(JSON.stringify(partage.enMemoire.npec(c)), `${JSON.stringify(c)} (passe ${String(passe)})`).toBe(attendue);
        statuts.add(partage.enMemoire.npec(c).statut);
      }
    }
    expect(statuts.has("trouve") && statuts.has("absent")).toBe(true);
  });
});
