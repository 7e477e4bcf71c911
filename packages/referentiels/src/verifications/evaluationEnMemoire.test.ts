import { evaluerReglesAsync, evaluerReglesEnMemoire, estEvaluableEnMemoire, memoriserExplications, type ContratAControler, type RegleAsynchrone } from "@communs-opco/regles";
import { beforeAll, describe, expect, it } from "vitest";
import { chargerInstantaneEmbarque } from "../instantane/chargerInstantaneEmbarque";
import { memoriserReferentielEnMemoire } from "../memoriserReferentielEnMemoire";
import type { CertificationReferentiel, OrganismeReferentiel, ReponseReferentiel } from "../Referentiel";
import { ReferentielEnMemoire } from "../ReferentielEnMemoire";
import { ReferentielHorsLigne } from "../ReferentielHorsLigne";
import type { FormationCatalogue } from "./FormationCatalogue";
import type { CommuneGeographie } from "./PortGeographie";
import { portsPrepaiementEnMemoire } from "./portsPrepaiementEnMemoire";
import { reemployerParContrat } from "./reemploiParContrat";
import { registrePrepaiement } from "./reglesPrepaiement";

/*
 * Issue 12, point 3 : chaque vérification avant paiement est écrite une fois (étapes) ; évaluée sans
 * promesse sur des ports en mémoire, elle rend le même résultat JSON, octet pour octet (constats,
 * explications, preuves, indéterminés qui nomment la source), que l'évaluation asynchrone sur les
 * mêmes ports. Entrées : celles des tests des vérifications (contrat aligné sur l'instantané
 * embarqué, contrats de test des preuves) et leurs variantes champ par champ.
 */

const CFA = "13000492600015";
const FORMATEUR = "82409268800210";

/** Contrat aligné sur l'instantané embarqué (tests de reglesPrepaiement). */
const contratEmbarque = (): Record<string, any> => ({
  employeur: { siret: "82832700500017", codeIdcc: "478" },
  contrat: { dateSignature: "2024-08-20", dateDebutContrat: "2024-09-01", dateFinContrat: "2026-08-31" },
  formation: { rncp: "RNCP1002", codeDiplome: "45022501" },
  organismeFormation: { siret: "82409268800210", uaiCfa: "0932751K" },
  etablissementFormation: { memeResponsable: true },
});

/** Contrat des tests de preuves (référentiel de test en mémoire). */
const contratPreuves = (): Record<string, any> => ({
  employeur: { siret: "82832700500017", codeIdcc: "1486" },
  contrat: { dateSignature: "2024-08-20", dateDebutContrat: "2024-09-01", dateFinContrat: "2026-08-31" },
  formation: { rncp: "RNCP35340", codeDiplome: "32031213" },
  organismeFormation: { siret: CFA, uaiCfa: "0751234J", adresse: { codePostal: "75011", commune: "Paris" } },
  etablissementFormation: { memeResponsable: true },
});

/** Variantes d'un contrat : chaque champ lu absent, vide, mal formé ; formateur distinct ; codes RS, CFD seul. */
function variantes(base: () => Record<string, any>): ContratAControler[] {
  const chemins = [
    "employeur.siret", "employeur.codeIdcc", "contrat.dateSignature", "contrat.dateDebutContrat", "contrat.dateFinContrat",
    "formation.rncp", "formation.codeDiplome", "organismeFormation.siret", "organismeFormation.uaiCfa",
  ];
  const poser = (c: Record<string, any>, chemin: string, v: unknown) => {
    const [bloc, champ] = chemin.split(".") as [string, string];
    c[bloc] ??= {};
    if (v === undefined) delete c[bloc][champ];
    else c[bloc][champ] = v;
  };
  const liste: Record<string, any>[] = [base()];
  for (const chemin of chemins) {
    for (const v of [undefined, "", "  ", "X12", 42, "2030-02-30"]) {
      const c = base();
      poser(c, chemin, v);
      liste.push(c);
    }
  }
  const avec = (f: (c: Record<string, any>) => void) => {
    const c = base();
    f(c);
    liste.push(c);
  };
  avec((c) => { c.formation.rncp = "RS5432"; });
  avec((c) => { delete c.formation.rncp; });
  avec((c) => { c.contrat.dateDebutContrat = "2019-01-01"; c.contrat.dateFinContrat = "2040-12-31"; });
  avec((c) => { c.etablissementFormation = { memeResponsable: false, siret: FORMATEUR, uaiCfa: "0932751K", adresse: { codePostal: "93200", commune: "ST-DENIS" } }; });
  avec((c) => { c.etablissementFormation = { memeResponsable: false }; });
  avec((c) => { c.etablissementFormation = { memeResponsable: false, siret: c.organismeFormation.siret }; });
  avec((c) => { c.organismeFormation.adresse = { codePostal: "75011", commune: "PARIS 11E ARRONDISSEMENT" }; });
  avec((c) => { c.organismeFormation.adresse = { codePostal: "13001", commune: "Marseille" }; });
  avec((c) => { c.employeur.codeIdcc = "9999"; });
  return liste as ContratAControler[];
}

const organisme = (o: Partial<OrganismeReferentiel> = {}): OrganismeReferentiel => ({
  uai: "0751234J", siret: CFA, nom: "CFA de test", ouvert: true, nature: "responsable", dateFermeture: null, qualiopi: true, numeroActivite: "11755555575", lieuxUai: [], relations: [], ...o,
});
const certification = (c: Partial<CertificationReferentiel> = {}): CertificationReferentiel => ({
  rncp: "RNCP35340", cfd: null, intitule: "Titre de test", niveau: "4", actif: true, accesApprentissage: true, typeEnregistrement: null,
  dateDebut: "2020-01-01", dateFin: "2030-12-31", derniereSession: null, certificateurs: [], correspondances: { rncp: ["RNCP35340"], cfd: ["32031213"] }, continuite: { anciennes: [], nouvelles: [] }, ...c,
});

/** Référentiels de test en mémoire : chaque issue (trouvé, absent, indisponible) et des valeurs limites. */
function referentielsDeTest(): ReferentielEnMemoire[] {
  const lieux = [{ uai: "0751234J", siret: null, codePostal: "75011", codeInsee: "75111", commune: "Paris" }];
  return [
    new ReferentielEnMemoire("vide", {}),
    new ReferentielEnMemoire("absents", { certifications: {}, conventions: {}, opcoParIdcc: {}, opcoParSiret: {}, npec: [], organismes: {}, entreprises: {}, habilitations: [] }),
    new ReferentielEnMemoire("complet", {
      certifications: { RNCP35340: certification(), "32031213": certification({ rncp: null, cfd: "32031213" }) },
      conventions: { "1486": { idcc: "1486", titre: "Bureaux d'études", etat: "VIGUEUR_ETEN", enVigueur: true, debut: null, fin: null } },
      opcoParIdcc: { "1486": { opco: "OPCO ATLAS", idcc: "1486" } },
      npec: [{ rncp: "RNCP35340", idcc: "1486", dateApplicabilite: "2024-01-01" } as never],
      organismes: { [CFA]: organisme({ lieux }), "0751234J": organisme({ lieux }) },
      entreprises: { "82832700500017": { siret: "82832700500017", etat: "actif", naf: "62.01Z", idcc: ["1486"] } },
      habilitations: [{ rncp: "RNCP35340", siret: CFA, habilite: true, motif: "certificateur de la fiche" }],
    }, "2024-08-01"),
    new ReferentielEnMemoire("limites", {
      certifications: { RNCP35340: certification({ actif: false, dateDebut: null, dateFin: null, accesApprentissage: null, derniereSession: 2025, continuite: { anciennes: [], nouvelles: ["RNCP40000"] } }) },
      conventions: { "1486": { idcc: "1486", titre: null, etat: "ABROGE", enVigueur: false, debut: null, fin: "2020-01-01" } },
      opcoParIdcc: { "1486": { opco: "OPCO inconnu", idcc: "1486" } },
      organismes: { [CFA]: organisme({ ouvert: null, nature: "formateur", dateFermeture: "2025-06-30", qualiopi: null, numeroActivite: "12", uai: null, relations: [{ type: "responsable->formateur", siret: FORMATEUR }] }) },
      entreprises: { "82832700500017": { siret: "82832700500017", etat: "ferme", naf: null, idcc: [] } },
      habilitations: [{ rncp: "RNCP35340", siret: CFA, habilite: false, motif: "ni certificateur ni partenaire de la fiche" }],
    }),
  ];
}

const formation = (f: Partial<FormationCatalogue> = {}): FormationCatalogue => ({
  cle: "F1", statut: "publié", rncp: "RNCP35340", cfd: "32031213", certificationConnue: true,
  responsable: { siret: CFA, uai: "0751234J", connu: true }, formateur: { siret: CFA, uai: "0751234J", connu: true },
  lieu: { uai: "0751234J", siret: CFA, codePostal: "75011", codeInsee: "75111" }, sessions: [{ debut: "2024-09-01", fin: "2026-08-31" }], ...f,
});
const source = { nom: "catalogue de test en mémoire", date: "2024-08-01" };
const catalogues: ReponseReferentiel<FormationCatalogue[]>[] = [
  { statut: "trouve", valeur: [formation(), formation({ cle: "F2", statut: "archivé", cfd: null, sessions: [] })], source },
  { statut: "trouve", valeur: [formation({ cfd: "99999999", lieu: { uai: "0999999Z", siret: null, codePostal: "13001", codeInsee: null }, sessions: [{ debut: "2010-01-01", fin: "2011-01-01" }] })], source },
  { statut: "absent", raison: "aucune formation", source },
  { statut: "indisponible", raison: "HTTP 503", source },
];
const geographies: ReponseReferentiel<CommuneGeographie[]>[] = [
  { statut: "trouve", valeur: [{ nom: "Paris", codeInsee: "75056", codesPostaux: ["75011"], anciennes: [], arrondissements: ["Paris 11e Arrondissement"] }], source: { nom: "géographie de test", date: null } },
  { statut: "absent", raison: "code inconnu", source: { nom: "géographie de test", date: null } },
];

const OPCO = [undefined, "OPCO ATLAS", "akto"];
const DATE = "2026-11-26";

/** Compare, pour chaque contrat et chaque OPCO payeur, l'évaluation asynchrone et l'évaluation en mémoire. */
async function comparer(contrats: ContratAControler[], asynchrones: Record<string, unknown>, enMemoire: Record<string, unknown>): Promise<number> {
  let n = 0;
  for (const opcoPayeur of OPCO) {
    const registre = registrePrepaiement(opcoPayeur === undefined ? {} : { opcoPayeur });
    for (const c of contrats) {
      const attendu = JSON.stringify(await evaluerReglesAsync(registre, c, { dateEvaluation: DATE, mode: "explication", ports: asynchrones }));
      expect(JSON.stringify(evaluerReglesEnMemoire(registre, c, { dateEvaluation: DATE, mode: "explication", ports: enMemoire })), JSON.stringify(c)).toBe(attendu);
      n++;
    }
  }
  return n;
}

let horsLigne: ReferentielHorsLigne;
beforeAll(async () => {
  horsLigne = new ReferentielHorsLigne(await chargerInstantaneEmbarque());
});

describe("vérifications avant paiement : évaluation en mémoire ≡ évaluation asynchrone (JSON, octet pour octet)", () => {
  it("les 12 vérifications sont écrites en étapes", () => {
    expect(estEvaluableEnMemoire(registrePrepaiement())).toBe(true);
    expect(registrePrepaiement().regles.every((r) => r.nature === "asynchrone" && typeof r.etapes === "function")).toBe(true);
  });

  it("instantané embarqué, avec et sans mémorisation des consultations", async () => {
    const contrats = [...variantes(contratEmbarque), ...variantes(contratPreuves)];
    const memorise = portsPrepaiementEnMemoire({ referentiel: horsLigne }) ?? {};
    expect(await comparer(contrats, { referentiel: horsLigne }, { referentiel: horsLigne.enMemoire })).toBeGreaterThan(300);
    expect(await comparer(contrats, { referentiel: horsLigne }, memorise)).toBeGreaterThan(300);
  });

  it("référentiels de test (trouvé, absent, indisponible, valeurs limites), catalogue et géographie en mémoire", async () => {
    const contrats = variantes(contratPreuves);
    for (const referentiel of referentielsDeTest()) {
      await comparer(contrats, { referentiel }, { referentiel: memoriserReferentielEnMemoire(referentiel.enMemoire) });
      for (const catalogue of catalogues) {
        for (const geo of geographies) {
          const asynchrones = { referentiel, formations: { rechercher: async () => catalogue }, geographie: { communesDuCodePostal: async () => geo } };
          const enMemoire = { referentiel: referentiel.enMemoire, formations: { rechercher: () => catalogue }, geographie: { communesDuCodePostal: () => geo } };
          await comparer(contrats.slice(0, 12), asynchrones, enMemoire);
        }
      }
    }
  }, 60_000);

  it("source qui lève (en mémoire) ≡ source qui rejette (asynchrone) : indéterminé qui nomme la source", async () => {
    const panne = (): never => {
      throw new Error("instantané illisible");
    };
    const enPanne = Object.fromEntries(Object.keys(horsLigne.enMemoire).map((m) => [m, m === "nom" ? "en panne" : panne]));
    const rejette = Object.fromEntries(Object.keys(horsLigne.enMemoire).map((m) => [m, m === "nom" ? "en panne" : async () => panne()]));
    await comparer(variantes(contratEmbarque).slice(0, 10), { referentiel: rejette }, { referentiel: enPanne });
    const r = evaluerReglesEnMemoire(registrePrepaiement(), contratEmbarque() as ContratAControler, { dateEvaluation: DATE, mode: "explication", ports: { referentiel: enPanne } });
    expect(r.explications?.find((e) => e.regle === "prepaiement.qualiopi")).toMatchObject({ statut: "indetermine", constats: [{ manquants: ["ports.referentiel"], details: { erreur: "Error: instantané illisible" } }] });
  });

  it("explications réemployées par clé d'entrées (memoriserExplications) : même JSON que l'évaluation asynchrone, objets figés", async () => {
    const contrats = [...variantes(contratEmbarque), ...variantes(contratPreuves)];
    // Chaque contrat deux fois (la seconde lit les explications réemployées), ports neufs par référentiel ; avec et sans réemploi par contrat.
    expect(await comparer([...contrats, ...contrats], { referentiel: horsLigne }, memoriserExplications({ referentiel: horsLigne.enMemoire }))).toBeGreaterThan(600);
    expect(await comparer([...contrats, ...contrats], { referentiel: horsLigne }, reemployerParContrat(memoriserExplications({ referentiel: horsLigne.enMemoire })))).toBeGreaterThan(600);
    for (const referentiel of referentielsDeTest()) {
      const doubles = [...variantes(contratPreuves), ...variantes(contratPreuves)];
      await comparer(doubles, { referentiel }, memoriserExplications({ referentiel: memoriserReferentielEnMemoire(referentiel.enMemoire) }));
      const catalogue = catalogues[0] as ReponseReferentiel<FormationCatalogue[]>;
      const geo = geographies[0] as ReponseReferentiel<CommuneGeographie[]>;
      const asynchrones = { referentiel, formations: { rechercher: async () => catalogue }, geographie: { communesDuCodePostal: async () => geo } };
      await comparer(doubles, asynchrones, memoriserExplications({ referentiel: referentiel.enMemoire, formations: { rechercher: () => catalogue }, geographie: { communesDuCodePostal: () => geo } }));
    }
    const ports = memoriserExplications({ referentiel: horsLigne.enMemoire });
    const contexte = { dateEvaluation: DATE, mode: "explication" as const, ports };
    const a = evaluerReglesEnMemoire(registrePrepaiement(), contratEmbarque() as ContratAControler, contexte).explications ?? [];
    const b = evaluerReglesEnMemoire(registrePrepaiement(), contratEmbarque() as ContratAControler, contexte).explications ?? [];
    const qualiopi = b.find((x) => x.regle === "prepaiement.qualiopi");
    expect(qualiopi).toBe(a.find((x) => x.regle === "prepaiement.qualiopi"));
    expect(Object.isFrozen(qualiopi)).toBe(true);
    expect(Object.isFrozen(qualiopi?.constats)).toBe(true);
  }, 120_000);

  it("chaque clé d'entrées est tenue aux étapes : deux contrats de même clé ont la même explication, sans réemploi", async () => {
    const contrats = [...variantes(contratEmbarque), ...variantes(contratPreuves)];
    // Variantes des champs hors clé : la même clé doit garder la même explication.
    for (const c of [...contrats]) {
      const autre = structuredClone(c) as Record<string, any>;
      autre.employeur = { siret: "35600000009075", codeIdcc: "1516" };
      autre.contrat = { dateSignature: "2025-01-02", dateDebutContrat: "2025-02-03", dateFinContrat: "2025-12-31" };
      contrats.push(autre as ContratAControler);
    }
    let groupes = 0;
    for (const opcoPayeur of OPCO) {
      const registre = registrePrepaiement(opcoPayeur === undefined ? {} : { opcoPayeur });
      const catalogue = catalogues[0] as ReponseReferentiel<FormationCatalogue[]>;
      // Ports qui permettent aussi le réemploi par contrat : toutes les clés d'entrées sont déclarées (SIRET compris).
      const jeuxDePorts: Record<string, unknown>[] = [horsLigne.enMemoire, ...referentielsDeTest().map((r) => r.enMemoire)].flatMap((referentiel) => [
        reemployerParContrat({ referentiel }),
        reemployerParContrat({ referentiel, formations: { rechercher: () => catalogue } }),
      ]);
      for (const ports of jeuxDePorts) {
        const parCle = new Map<string, string>();
        const contexte = { dateEvaluation: DATE, mode: "explication" as const, ports };
        for (const c of contrats) {
          const r = evaluerReglesEnMemoire(registre, c, contexte);
          registre.regles.forEach((regle, i) => {
            const cle = (regle as RegleAsynchrone<ContratAControler, object>).cleEntrees?.(c, contexte);
            if (cle === undefined) return;
            const json = JSON.stringify(r.explications?.[i]);
            const connu = parCle.get(`${regle.id}|${cle}`);
            if (connu === undefined) parCle.set(`${regle.id}|${cle}`, json);
            else {
              expect(json, `${regle.id} : ${cle}`).toBe(connu);
              groupes++;
            }
          });
        }
      }
    }
    expect(groupes).toBeGreaterThan(1000);
  }, 120_000);

  it("PP-ID-SYNTAX : clé d'entrées pour les seuls contrats aux identifiants bien formés, dont l'explication est conforme sans constat", () => {
    const registre = registrePrepaiement();
    const syntaxe = registre.regle("prepaiement.identifiants.syntaxe") as RegleAsynchrone<ContratAControler, object>;
    const contexte = { dateEvaluation: DATE, mode: "explication" as const, ports: {} };
    const contrats = [...variantes(contratEmbarque), ...variantes(contratPreuves)];
    for (const chemin of ["etablissementFormation.siret", "etablissementFormation.uaiCfa"]) {
      for (const v of ["82409268800211", "0932751A", 82409268800210, "   ", null]) {
        const c = contratEmbarque();
        c.etablissementFormation = { memeResponsable: false, [chemin.split(".")[1] as string]: v };
        contrats.push(c as ContratAControler);
      }
    }
    const decomptes = { avecCle: 0, sansCle: 0 };
    for (const c of contrats) {
      const x = evaluerReglesEnMemoire([syntaxe], c, contexte).explications?.[0];
      const cle = syntaxe.cleEntrees?.(c, contexte);
      expect(cle === undefined ? undefined : x?.statut, JSON.stringify(c)).toBe(cle === undefined ? undefined : "conforme");
      if (x?.statut === "conforme") expect(cle, JSON.stringify(c)).toBe("bien-formes");
      decomptes[cle === undefined ? "sansCle" : "avecCle"]++;
    }
    expect(decomptes.avecCle).toBeGreaterThan(20);
    expect(decomptes.sansCle).toBeGreaterThan(20);
  });

  it("port requis absent : même indéterminé des deux côtés", async () => {
    await comparer(variantes(contratEmbarque).slice(0, 5), {}, {});
  });
});
