import { evaluerReglesAsync, type Resultat } from "@communs-opco/regles";
import {
  CLE_EMULATEUR_API_APPRENTISSAGE,
  demarrerEmulateurApiApprentissage,
  demarrerEmulateurCfaDock,
  demarrerEmulateurRechercheEntreprises,
  demarrerEmulateurReferentielOnisep,
  demarrerEmulateurSiro,
  CLE_EMULATEUR_SIRO,
  ENTREPRISES_EMULEES,
  type EmulateurHttp,
} from "@communs-opco/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { creerClientApiApprentissage, type ClientApiApprentissage } from "../clients/apiApprentissage/creerClientApiApprentissage";
import type { Formation } from "../clients/apiApprentissage/schemaFormation";
import { creerClientCfaDock } from "../clients/cfaDock/creerClientCfaDock";
import { creerClientReferentielOnisep } from "../clients/onisep/creerClientReferentielOnisep";
import { creerClientRechercheEntreprises } from "../clients/rechercheEntreprises/creerClientRechercheEntreprises";
import { referentielEnLigne } from "../clients/referentielEnLigne";
import { creerClientSiro } from "../clients/siro/creerClientSiro";
import { chargerInstantaneEmbarque } from "../instantane/chargerInstantaneEmbarque";
import type { Referentiel } from "../Referentiel";
import { ReferentielHorsLigne } from "../ReferentielHorsLigne";
import { portFormationsApiApprentissage } from "./portFormationsApiApprentissage";
import { registrePrepaiement, reglesPrepaiement } from "./reglesPrepaiement";

/** Contrat réaliste aligné sur l'instantané embarqué : BP RNCP1002 (CFD 45022501), IDCC 478, CFA Qualiopi de l'extrait du Référentiel. */
function contrat() {
  return {
    employeur: { siret: "82832700500017", codeIdcc: "478" },
    contrat: { dateSignature: "2024-08-20", dateDebutContrat: "2024-09-01", dateFinContrat: "2026-08-31" },
    formation: { rncp: "RNCP1002", codeDiplome: "45022501" },
    organismeFormation: { siret: "82409268800210", uaiCfa: "0932751K" },
    etablissementFormation: { memeResponsable: true },
  };
}

const statuts = (r: Resultat): Record<string, string> => Object.fromEntries((r.explications ?? []).map((e) => [e.regle, e.statut]));
const explication = (r: Resultat, id: string) => r.explications?.find((e) => e.regle === id);

let horsLigne: Referentiel;
beforeAll(async () => {
  horsLigne = new ReferentielHorsLigne(await chargerInstantaneEmbarque());
});

describe("registre des vérifications avant paiement", () => {
  it("12 règles asynchrones, identifiants prepaiement.* uniques, identifiant PP-* de la spécification en métadonnée", () => {
    const registre = registrePrepaiement();
    expect(registre.regles).toHaveLength(12);
    expect(registre.regles.every((r) => r.nature === "asynchrone" && r.id.startsWith("prepaiement."))).toBe(true);
    expect(registre.regles.map((r) => r.idSpecification?.[0])).toEqual([
      "PP-ID-SYNTAX", "PP-CERTIF-EXISTS", "PP-CERTIF-APPR", "PP-CERTIF-DATES", "PP-CFA-KNOWN", "PP-SIRET-ACTIVE",
      "PP-QUALIOPI", "PP-HABILITATION", "PP-FORMATION", "PP-LIEU", "PP-OPCO-NPEC", "PP-CROSS",
    ]);
  });
});

describe("avec l'instantané hors ligne embarqué", () => {
  it("conclut sur ce que l'instantané contient et laisse indéterminé ce qu'il ne contient pas, en nommant la source", async () => {
    const r = await evaluerReglesAsync(reglesPrepaiement({ opcoPayeur: "OPCO ATLAS" }), contrat(), { dateEvaluation: "2026-11-26", mode: "explication", ports: { referentiel: horsLigne } });
    expect(statuts(r)).toEqual({
      "prepaiement.identifiants.syntaxe": "conforme",
      // RNCP1002 est inactif au Kit apprentissage (échéance 2024-12-31), mais il l'était encore au début du contrat (2024-09-01)
      "prepaiement.certification.existence": "conforme",
      "prepaiement.certification.apprentissage": "conforme",
      // le Kit ne donne pas la date d'ouverture de RNCP1002 (fiche absente de l'extrait France compétences) : borne non prouvée
      "prepaiement.certification.dates": "indetermine",
      "prepaiement.cfa.connu": "conforme",
      // l'état de l'établissement employeur n'est connu qu'en ligne (API Entreprise)
      "prepaiement.siret.actif": "indetermine",
      // Qualiopi au Référentiel, mais l'export n'a pas de NDA : moitié NDA non prouvée hors ligne
      "prepaiement.qualiopi": "indetermine",
      // RNCP1002 absent de l'extrait de l'export France compétences, mais relié par le Kit au BP 45022501, de nature BCN 1 (diplôme d'État) : enregistrement de droit, habilitation sans objet
      "prepaiement.habilitation": "non_applicable",
      // catalogue des formations non fourni
      "prepaiement.formation.offre": "indetermine",
      "prepaiement.formation.lieu": "indetermine",
      // IDCC 478 absent de l'extrait KALI, en vigueur (VIGUEUR_NON_ETEN) dans la table complète ; OPCO ATLAS par la table IDCC → OPCO ; NPEC 9 497 € trouvé
      "prepaiement.opco.npec": "conforme",
      "prepaiement.coherence": "indetermine",
    });
    const siret = explication(r, "prepaiement.siret.actif")?.constats[0];
    expect(siret?.message).toContain("API Entreprise");
    expect(siret?.manquants).toEqual(["ports.referentiel:API Entreprise"]);
    expect(explication(r, "prepaiement.formation.offre")?.constats[0]?.manquants).toEqual(["ports.formations"]);
    expect(explication(r, "prepaiement.opco.npec")?.constats).toEqual([]);
    const coherence = explication(r, "prepaiement.coherence")?.constats ?? [];
    expect(coherence.map((c) => c.manquants)).toEqual([["ports.formations"]]);
    // preuves structurées : chaque vérification donne l'état de chacun de ses points et la source
    for (const e of r.explications ?? []) {
      const regle = registrePrepaiement().regle(e.regle);
      if (e.statut === "non_applicable") continue;
      expect(e.preuves?.map((p) => p.point), e.regle).toEqual(regle?.points);
      expect(e.statut === "conforme", e.regle).toBe((e.preuves ?? []).every((p) => p.etat === "prouve"));
    }
    const etat = (id: string) => Object.fromEntries((explication(r, id)?.preuves ?? []).map((p) => [p.point, [p.etat, p.source]]));
    expect(etat("prepaiement.siret.actif")).toMatchObject({ "employeur.actif": ["non_prouve", "API Entreprise"], "cfa.ouvert.debut": ["prouve", expect.any(String)] });
    expect(etat("prepaiement.qualiopi")).toMatchObject({ "cfa.qualiopi": ["prouve", expect.any(String)], "cfa.nda": ["non_prouve", expect.any(String)] });
    expect(etat("prepaiement.opco.npec")).toEqual({
      "convention.vigueur": ["prouve", expect.any(String)],
      "opco.rattachement": ["prouve", expect.any(String)],
      npec: ["prouve", "Référentiel NPEC (France compétences)"],
    });
    expect(etat("prepaiement.coherence")).toMatchObject({ "formation.codeDiplome": ["non_prouve", null] });
  });

  it("clés absentes des extraits embarqués (NPEC, fiche RNCP) : indéterminé qui nomme la source, jamais conforme ni non conforme", async () => {
    const c = contrat();
    c.employeur.codeIdcc = "1486";
    c.formation = { rncp: "RNCP99999", codeDiplome: undefined as unknown as string };
    c.contrat.dateSignature = "2025-08-20";
    const r = await evaluerReglesAsync(reglesPrepaiement({ opcoPayeur: "OPCO ATLAS" }), c, { dateEvaluation: "2026-11-26", mode: "explication", ports: { referentiel: horsLigne } });
    const s = statuts(r);
    for (const id of ["prepaiement.certification.existence", "prepaiement.certification.apprentissage", "prepaiement.habilitation", "prepaiement.opco.npec"]) expect(s[id], id).toBe("indetermine");
    const npec = (explication(r, "prepaiement.opco.npec")?.constats ?? []).find((x) => x.message.includes("NPEC"));
    expect(npec).toMatchObject({
      statut: "indetermine",
      manquants: ["ports.referentiel:Référentiel NPEC (France compétences)"],
      message: expect.stringContaining("introuvable dans l'extrait « Référentiel NPEC (France compétences) » de l'instantané"),
      details: { statutReponse: "indisponible", source: { couverture: "extrait" } },
    });
    expect(JSON.stringify(explication(r, "prepaiement.opco.npec"))).not.toContain("valeur d'amorçage");
    expect(explication(r, "prepaiement.certification.existence")?.constats[0]).toMatchObject({ statut: "indetermine", manquants: ["ports.referentiel:Export RNCP (France compétences)"] });
    expect(explication(r, "prepaiement.habilitation")?.constats[0]).toMatchObject({ statut: "indetermine", message: expect.stringContaining("opco referentiel importer france-competences") });
  });

  it("IDCC hors des extraits KALI/DARES : table complète des conventions (en vigueur, abrogée, sans état, inconnue)", async () => {
    const messages = async (idcc: string) => {
      const c = contrat();
      c.employeur.codeIdcc = idcc;
      const r = await evaluerReglesAsync(reglesPrepaiement(), c, { dateEvaluation: "2026-11-26", mode: "explication", ports: { referentiel: horsLigne } });
      return (explication(r, "prepaiement.opco.npec")?.constats ?? []).filter((x) => x.chemins.includes("employeur.codeIdcc") && x.chemins.length === 1);
    };
    expect(await messages("0086")).toEqual([]);
    expect(await messages("0054")).toMatchObject([{ statut: "non_conforme", message: expect.stringContaining("n'est pas en vigueur (état ABROGE)") }]);
    expect(await messages("0214")).toMatchObject([{ statut: "indetermine", message: expect.stringContaining("sans état juridique Légifrance") }]);
    expect(await messages("0001")).toMatchObject([{ statut: "non_conforme", message: expect.stringContaining("L'IDCC 0001 est inconnu") }]);
  });

  it("détecte un CFA sans Qualiopi, un UAI incohérent, un OPCO payeur erroné et un code RS", async () => {
    const c = contrat();
    c.organismeFormation = { siret: "77807079700015", uaiCfa: "0932751K" };
    c.formation.rncp = "RS5000";
    const r = await evaluerReglesAsync(reglesPrepaiement({ opcoPayeur: "AKTO" }), c, { dateEvaluation: "2026-11-26", mode: "explication", ports: { referentiel: horsLigne } });
    expect(explication(r, "prepaiement.qualiopi")).toMatchObject({ statut: "non_conforme", constats: [{ message: expect.stringContaining("n'est pas certifié Qualiopi") }] });
    expect(explication(r, "prepaiement.coherence")?.constats.some((x) => x.statut === "non_conforme" && x.message.includes("L'UAI déclaré 0932751K"))).toBe(true);
    expect(explication(r, "prepaiement.opco.npec")?.constats.some((x) => x.message.includes("relève de l'OPCO Atlas, pas de l'OPCO payeur AKTO"))).toBe(true);
    expect(explication(r, "prepaiement.identifiants.syntaxe")?.constats.map((x) => x.message)).toEqual([expect.stringContaining("Répertoire spécifique (RS)")]);
  });

  it("fiche RNCP « sur demande » : CFA ni certificateur ni partenaire → non habilité ; diplôme d'État seul (CFD) → non applicable", async () => {
    const c = contrat();
    c.formation = { rncp: "RNCP30271", codeDiplome: undefined as unknown as string };
    const r = await evaluerReglesAsync(reglesPrepaiement(), c, { dateEvaluation: "2026-11-26", mode: "explication", ports: { referentiel: horsLigne } });
    expect(explication(r, "prepaiement.habilitation")).toMatchObject({ statut: "non_conforme", constats: [{ message: expect.stringContaining("ni certificateur ni partenaire") }] });
    const cfdSeul = contrat();
    cfdSeul.formation = { rncp: undefined as unknown as string, codeDiplome: "32031213" };
    const r2 = await evaluerReglesAsync(reglesPrepaiement(), cfdSeul, { dateEvaluation: "2026-11-26", mode: "explication", ports: { referentiel: horsLigne } });
    expect(explication(r2, "prepaiement.habilitation")?.statut).toBe("non_applicable");
    expect(explication(r2, "prepaiement.certification.apprentissage")?.statut).toBe("conforme");
  });

  it("PP-HABILITATION, RNCP connu par le Kit seul : diplôme d'État (BCN nature 1) → sans objet ; titre hors BCN ou de nature 2 → indéterminé", async () => {
    const habilitation = async (rncp: string) => {
      const c = contrat();
      c.formation = { rncp, codeDiplome: undefined as unknown as string };
      const r = await evaluerReglesAsync(reglesPrepaiement(), c, { dateEvaluation: "2026-11-26", mode: "explication", ports: { referentiel: horsLigne } });
      return explication(r, "prepaiement.habilitation");
    };
    expect(await habilitation("RNCP37537")).toMatchObject({ statut: "non_applicable", constats: [], motifNonApplicable: expect.stringContaining("diplôme d'État enregistré de droit") });
    const preuve = await horsLigne.habilitation("RNCP37537", "82409268800210");
    expect(preuve).toMatchObject({
      statut: "trouve",
      source: { nom: "BCN (Éducation nationale)" },
      valeur: { habilite: null, motif: expect.stringContaining("diplôme d'État enregistré de droit"), preuves: ["Kit apprentissage : RNCP37537 ↔ CFD 50022137", expect.stringContaining("BCN : CFD 50022137 « BOULANGER (CAP) », nature 1")] },
    });
    expect((await horsLigne.certification("RNCP37537")).statut === "trouve" && (await horsLigne.certification("RNCP37537"))).toMatchObject({ valeur: { typeEnregistrement: "Enregistrement de droit" } });
    const horsBcn = await habilitation("RNCP31435");
    expect(horsBcn).toMatchObject({ statut: "indetermine", constats: [{ message: expect.stringContaining("CFD 10012201 (relié à RNCP31435) absent de la BCN") }] });
    const nature2 = await habilitation("RNCP38654");
    expect(nature2).toMatchObject({ statut: "indetermine", constats: [{ message: expect.stringContaining("nature BCN « 2 »") }] });
  });

  it("contrat commencé avant l'ouverture d'un diplôme : bloquant ; après sa fin : avertissement", async () => {
    const avant = contrat();
    avant.formation = { rncp: undefined as unknown as string, codeDiplome: "32031213" };
    avant.contrat.dateDebutContrat = "2019-06-01";
    const r = await evaluerReglesAsync(reglesPrepaiement(), avant, { dateEvaluation: "2026-11-26", mode: "explication", ports: { referentiel: horsLigne } });
    expect(explication(r, "prepaiement.certification.dates")?.constats[0]).toMatchObject({ severite: "bloquant", message: expect.stringContaining("avant l'ouverture") });
    const apres = contrat();
    apres.contrat.dateDebutContrat = "2025-03-01";
    const r2 = await evaluerReglesAsync(reglesPrepaiement(), apres, { dateEvaluation: "2026-11-26", mode: "explication", ports: { referentiel: horsLigne } });
    expect(explication(r2, "prepaiement.certification.dates")?.constats).toContainEqual(expect.objectContaining({ severite: "avertissement", statut: "non_conforme" }));
  });
});

describe("PP-CERTIF-DATES : dernière session d'examen (BCN DATE_DERNIERE_SESSION)", () => {
  const dates = async (dateFinContrat: string | undefined) => {
    const c = contrat();
    // MC 01022103 : dernière session 2024, fermée au 2024-08-31, remplacée par 56122101
    c.formation = { rncp: undefined as unknown as string, codeDiplome: "01022103" };
    c.contrat = { dateSignature: "2023-08-20", dateDebutContrat: "2023-09-01", dateFinContrat: dateFinContrat as string };
    const r = await evaluerReglesAsync(reglesPrepaiement(), c, { dateEvaluation: "2026-11-26", mode: "explication", ports: { referentiel: horsLigne } });
    return explication(r, "prepaiement.certification.dates");
  };

  it("contrat qui finit l'année de la dernière session : conforme", async () => {
    expect(await dates("2024-06-30")).toMatchObject({ statut: "conforme", constats: [] });
    expect(await horsLigne.certification("01022103")).toMatchObject({ statut: "trouve", valeur: { derniereSession: 2024 } });
  });

  it("contrat qui finit après l'année de la dernière session : avertissement qui nomme le diplôme de remplacement", async () => {
    expect(await dates("2025-06-30")).toMatchObject({
      statut: "non_conforme",
      constats: [{ severite: "avertissement", chemins: ["formation.codeDiplome", "contrat.dateFinContrat"], message: expect.stringContaining("après la dernière session d'examen de 01022103 (2024)"), details: { derniereSession: 2024, nouvelles: ["56122101"] } }],
    });
  });

  it("sans date de fin de contrat : indéterminé ; diplôme sans dernière session fixée : point muet", async () => {
    expect(await dates(undefined)).toMatchObject({ statut: "indetermine", constats: [{ message: expect.stringContaining("date de fin du contrat absente") }] });
    expect(await horsLigne.certification("45022501")).toMatchObject({ valeur: { derniereSession: null } });
  });
});

describe("avec un port en échec", () => {
  it("port absent : toutes les vérifications qui en dépendent sont indéterminées, jamais conformes", async () => {
    const r = await evaluerReglesAsync(reglesPrepaiement(), contrat(), { dateEvaluation: "2026-11-26", mode: "explication" });
    const s = statuts(r);
    expect(s["prepaiement.identifiants.syntaxe"]).toBe("conforme");
    for (const [id, statut] of Object.entries(s)) if (id !== "prepaiement.identifiants.syntaxe") expect(statut, id).toBe("indetermine");
  });

  it("référentiel en ligne sans aucun client configuré : chaque source manquante est nommée", async () => {
    const r = await evaluerReglesAsync(reglesPrepaiement({ opcoPayeur: "AKTO" }), contrat(), { dateEvaluation: "2026-11-26", mode: "explication", ports: { referentiel: referentielEnLigne({}) } });
    const s = statuts(r);
    for (const [id, statut] of Object.entries(s)) expect(statut === "conforme" && id !== "prepaiement.identifiants.syntaxe", id).toBe(false);
    expect(explication(r, "prepaiement.qualiopi")?.constats[0]?.message).toMatch(/source indisponible/);
  });

  it("référentiel qui rejette ses promesses, catalogue injoignable : indéterminé avec l'erreur", async () => {
    const enPanne = new Proxy({} as Referentiel, { get: (_, nom) => (nom === "nom" ? "en panne" : () => Promise.reject(new Error("ECONNRESET"))) });
    const injoignable = creerClientApiApprentissage({ urlBase: "http://127.0.0.1:9/api", cleApi: "secret-de-test", requetesParSeconde: 1000, delaiReprise: () => 1, tentatives: 0 });
    const r = await evaluerReglesAsync(reglesPrepaiement(), contrat(), { dateEvaluation: "2026-11-26", mode: "explication", ports: { referentiel: enPanne, formations: portFormationsApiApprentissage(injoignable) } });
    const qualiopi = explication(r, "prepaiement.qualiopi");
    expect(qualiopi?.statut).toBe("indetermine");
    expect(qualiopi?.constats[0]?.details["erreur"]).toContain("ECONNRESET");
    const offre = explication(r, "prepaiement.formation.offre");
    expect(offre?.statut).toBe("indetermine");
    expect(offre?.constats[0]?.manquants?.[0]).toMatch(/^ports\.formations:Catalogue des formations/);
    expect(JSON.stringify(r)).not.toContain("secret-de-test");
  });
});

describe("avec le référentiel en ligne (émulateurs)", () => {
  const emulateurs: EmulateurHttp[] = [];
  let enLigne: Referentiel;
  let api: ClientApiApprentissage;
  beforeAll(async () => {
    const [a, onisep, siro, cfaDock, entreprises] = await Promise.all([
      demarrerEmulateurApiApprentissage(),
      demarrerEmulateurReferentielOnisep(),
      demarrerEmulateurSiro(),
      demarrerEmulateurCfaDock(),
      demarrerEmulateurRechercheEntreprises(),
    ]);
    emulateurs.push(a, onisep, siro, cfaDock, entreprises);
    const rapide = { requetesParSeconde: 1000, delaiReprise: () => 5 };
    api = creerClientApiApprentissage({ ...rapide, urlBase: `${a.url}/api`, cleApi: CLE_EMULATEUR_API_APPRENTISSAGE });
    enLigne = referentielEnLigne({
      apiApprentissage: api,
      onisep: creerClientReferentielOnisep({ ...rapide, urlBase: `${onisep.url}/api/v1` }),
      siro: creerClientSiro({ ...rapide, urlBase: `${siro.url}/siro/v1`, cleApi: CLE_EMULATEUR_SIRO }),
      cfaDock: creerClientCfaDock({ ...rapide, urlBase: `${cfaDock.url}/api` }),
      rechercheEntreprises: creerClientRechercheEntreprises({ ...rapide, urlBase: entreprises.url }),
    });
  });
  afterAll(async () => {
    await Promise.all(emulateurs.map((e) => e.arreter()));
  });

  it("formation offerte et lieu vérifiés sur le catalogue ; employeur actif ; OPCO par SIRO", async () => {
    const formations = portFormationsApiApprentissage(api);
    let page: Formation[] | undefined;
    for await (const p of api.rechercherFormations({})) {
      page = p;
      break;
    }
    const f = page?.find((x) => x.statut.catalogue === "publié" && x.certification.valeur?.identifiant.rncp !== null && x.responsable.organisme?.identifiant.siret === x.formateur.organisme?.identifiant.siret);
    if (f === undefined) throw new Error("émulateur sans formation exploitable");
    const employeur = ENTREPRISES_EMULEES.find((e) => e.opco !== null);
    if (employeur === undefined) throw new Error("émulateur sans entreprise privée");
    const c = {
      ...contrat(),
      employeur: { siret: employeur.siret, codeIdcc: "1516" },
      formation: { rncp: f.certification.valeur?.identifiant.rncp ?? "" },
      organismeFormation: { siret: f.responsable.organisme?.identifiant.siret ?? "", uaiCfa: f.lieu.uai ?? "" },
      contrat: { dateSignature: "2024-08-20", dateDebutContrat: "2024-09-02", dateFinContrat: "2026-06-30" },
    };
    const r = await evaluerReglesAsync(reglesPrepaiement({ opcoPayeur: "AKTO" }), c, { dateEvaluation: "2026-11-26", mode: "explication", ports: { referentiel: enLigne, formations } });
    const s = statuts(r);
    expect(s).toMatchObject({
      "prepaiement.siret.actif": "conforme",
      "prepaiement.qualiopi": "conforme",
      // fiche « Enregistrement de droit » selon l'API Apprentissage : habilitation sans objet
      "prepaiement.habilitation": "non_applicable",
      "prepaiement.cfa.connu": "conforme",
      "prepaiement.coherence": "conforme",
    });
    // code inactif remplacé (continuité) : avertissement qui nomme le nouveau code
    expect(explication(r, "prepaiement.certification.existence")?.constats[0]).toMatchObject({ severite: "avertissement", message: expect.stringContaining("remplacé par") });
    expect(s["prepaiement.formation.offre"]).toBe("conforme");
    expect(s["prepaiement.formation.lieu"]).toBe("conforme");
    // le NPEC n'a pas de source en ligne : jamais conforme sans l'instantané
    expect(s["prepaiement.opco.npec"]).toBe("indetermine");
    expect(explication(r, "prepaiement.opco.npec")?.constats.some((x) => x.message.includes("NPEC"))).toBe(true);
    const autre = { ...c, organismeFormation: { siret: "82409268800210", uaiCfa: "0932751K" } };
    const r2 = await evaluerReglesAsync(reglesPrepaiement(), autre, { dateEvaluation: "2026-11-26", mode: "explication", ports: { referentiel: enLigne, formations } });
    expect(explication(r2, "prepaiement.formation.offre")).toMatchObject({ statut: "non_conforme", constats: [{ message: expect.stringContaining("Aucune formation") }] });
  });
});
