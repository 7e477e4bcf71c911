import { evaluerReglesAsync, type ContratAControler, type PreuvePoint } from "@communs-opco/regles";
import {
  CLE_EMULATEUR_API_APPRENTISSAGE,
  CLE_EMULATEUR_SIRO,
  DEFAILLANCES_SOURCE,
  ENTREPRISES_EMULEES,
  demarrerEmulateurApiApprentissage,
  demarrerEmulateurCfaDock,
  demarrerEmulateurRechercheEntreprises,
  demarrerEmulateurReferentielOnisep,
  demarrerEmulateurSiro,
  panneSource,
  type EmulateurHttp,
} from "@communs-opco/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { creerClientApiApprentissage } from "../clients/apiApprentissage/creerClientApiApprentissage";
import type { Formation } from "../clients/apiApprentissage/schemaFormation";
import { creerClientCfaDock } from "../clients/cfaDock/creerClientCfaDock";
import { creerClientReferentielOnisep } from "../clients/onisep/creerClientReferentielOnisep";
import { creerClientRechercheEntreprises } from "../clients/rechercheEntreprises/creerClientRechercheEntreprises";
import { referentielEnLigne } from "../clients/referentielEnLigne";
import { creerClientSiro } from "../clients/siro/creerClientSiro";
import type { Referentiel, ReponseReferentiel } from "../Referentiel";
import type { PortFormations } from "./PortFormations";
import type { PortGeographie } from "./PortGeographie";
import { portFormationsApiApprentissage } from "./portFormationsApiApprentissage";
import { portGeographieApiApprentissage } from "./portGeographieApiApprentissage";
import { reglesPrepaiement } from "./reglesPrepaiement";

/*
 * Matrice de pannes (issue 13, livrable 2) : chacune des cinq sources en ligne échoue seule, de
 * chacune des cinq façons (500, délai, JSON malformé, schéma modifié, 429). Chaque vérification
 * avant paiement est évaluée seule, ses ports étant observés : si l'une des réponses qu'elle a
 * reçues est « indisponible » (source en échec), elle ne doit jamais être conforme.
 */

type NomSource = "apiApprentissage" | "onisep" | "siro" | "cfaDock" | "rechercheEntreprises";
const SOURCES: readonly NomSource[] = ["apiApprentissage", "onisep", "siro", "cfaDock", "rechercheEntreprises"];

const emulateurs = {} as Record<NomSource, EmulateurHttp>;
let contrat: ContratAControler;

/** Enveloppe un port : chaque réponse reçue par la règle en cours est notée. */
function observer<T extends object>(port: T, recues: ReponseReferentiel<unknown>[]): T {
  return new Proxy(port, {
    get(cible, cle, recepteur) {
      const valeur = Reflect.get(cible, cle, recepteur) as unknown;
      if (typeof valeur !== "function") return valeur;
      return async (...args: unknown[]) => {
        const r = (await (valeur as (...a: unknown[]) => Promise<ReponseReferentiel<unknown>>).apply(cible, args));
        recues.push(r);
        return r;
      };
    },
  });
}

/** Ports neufs (disjoncteurs et caches vierges), délais courts : aucune attente réelle de plus de 150 ms. */
function ports(): { referentiel: Referentiel; formations: PortFormations; geographie: PortGeographie } {
  const rapide = { requetesParSeconde: 1000, delaiReprise: () => 1, tentatives: 1, delaiMs: 150, attenteMaxMs: 1 };
  const api = creerClientApiApprentissage({ ...rapide, urlBase: `${emulateurs.apiApprentissage.url}/api`, cleApi: CLE_EMULATEUR_API_APPRENTISSAGE });
  const referentiel = referentielEnLigne({
    apiApprentissage: api,
    onisep: creerClientReferentielOnisep({ ...rapide, urlBase: `${emulateurs.onisep.url}/api/v1` }),
    siro: creerClientSiro({ ...rapide, urlBase: `${emulateurs.siro.url}/siro/v1`, cleApi: CLE_EMULATEUR_SIRO }),
    cfaDock: creerClientCfaDock({ ...rapide, urlBase: `${emulateurs.cfaDock.url}/api` }),
    rechercheEntreprises: creerClientRechercheEntreprises({ ...rapide, urlBase: emulateurs.rechercheEntreprises.url }),
  });
  return { referentiel, formations: portFormationsApiApprentissage(api), geographie: portGeographieApiApprentissage(api) };
}

/** Statut de chaque vérification évaluée seule, et les réponses qu'elle a reçues. */
interface ResultatRegle {
  regle: string;
  statut: string;
  indisponibles: string[];
  /** Sources des réponses indisponibles. */
  sourcesEnEchec: string[];
  points: readonly string[];
  preuves: PreuvePoint[] | undefined;
}

async function evaluerChaque(): Promise<ResultatRegle[]> {
  const p = ports();
  const resultats: ResultatRegle[] = [];
  for (const regle of reglesPrepaiement({ opcoPayeur: "AKTO" })) {
    const recues: ReponseReferentiel<unknown>[] = [];
    const observes = { referentiel: observer(p.referentiel, recues), formations: observer(p.formations, recues), geographie: observer(p.geographie, recues) };
    const r = await evaluerReglesAsync([regle], contrat, { dateEvaluation: "2026-11-26", mode: "explication", ports: observes });
    const statut = r.explications?.[0]?.statut ?? "?";
    const indisponibles = recues.filter((x) => x.statut === "indisponible");
    resultats.push({
      regle: regle.id,
      statut,
      indisponibles: indisponibles.map((x) => `${x.source.nom} : ${"raison" in x ? x.raison : ""}`),
      sourcesEnEchec: indisponibles.map((x) => x.source.nom),
      points: regle.points ?? [],
      preuves: r.explications?.[0]?.preuves,
    });
  }
  return resultats;
}

let sain: ResultatRegle[];

/** Modèle de preuve structuré : chaque vérification nomme ses points, et n'est conforme que s'ils sont tous prouvés. */
function verifierPreuves(r: ResultatRegle): void {
  expect(r.points.length, `${r.regle} : points nommés`).toBeGreaterThan(0);
  if (r.statut === "non_applicable") return;
  expect(r.preuves?.map((p) => p.point), `${r.regle} : une preuve par point`).toEqual(r.points);
  const nonProuves = (r.preuves ?? []).filter((p) => p.etat === "non_prouve");
  if (r.statut === "conforme") expect(nonProuves, r.regle).toEqual([]);
  for (const p of r.preuves ?? []) if (p.etat === "prouve") expect(r.sourcesEnEchec, `${r.regle} : ${p.point} prouvé par une source en échec`).not.toContain(p.source);
}

beforeAll(async () => {
  const [a, onisep, siro, cfaDock, entreprises] = await Promise.all([
    demarrerEmulateurApiApprentissage(),
    demarrerEmulateurReferentielOnisep(),
    demarrerEmulateurSiro(),
    demarrerEmulateurCfaDock(),
    demarrerEmulateurRechercheEntreprises(),
  ]);
  Object.assign(emulateurs, { apiApprentissage: a, onisep, siro, cfaDock, rechercheEntreprises: entreprises });
  // contrat réaliste sur les données des émulateurs : formation publiée du catalogue, employeur rattaché à un OPCO
  const api = creerClientApiApprentissage({ requetesParSeconde: 1000, urlBase: `${a.url}/api`, cleApi: CLE_EMULATEUR_API_APPRENTISSAGE });
  let page: Formation[] | undefined;
  for await (const p of api.rechercherFormations({})) {
    page = p;
    break;
  }
  const f = page?.find((x) => x.statut.catalogue === "publié" && x.certification.valeur?.identifiant.rncp !== null && x.responsable.organisme?.identifiant.siret === x.formateur.organisme?.identifiant.siret);
  const employeur = ENTREPRISES_EMULEES.find((e) => e.opco !== null);
  if (f === undefined || employeur === undefined) throw new Error("émulateurs sans formation ou entreprise exploitable");
  contrat = {
    employeur: { siret: employeur.siret, codeIdcc: "1516" },
    contrat: { dateSignature: "2024-08-20", dateDebutContrat: "2024-09-02", dateFinContrat: "2026-06-30" },
    formation: { rncp: f.certification.valeur?.identifiant.rncp ?? "" },
    organismeFormation: { siret: f.responsable.organisme?.identifiant.siret ?? "", uaiCfa: f.lieu.uai ?? "" },
    etablissementFormation: { memeResponsable: true },
  } as ContratAControler;
  sain = await evaluerChaque();
});

afterAll(async () => {
  await Promise.all(Object.values(emulateurs).map((e) => e.arreter()));
});

describe("matrice de pannes des référentiels en ligne", () => {
  it("toutes les sources répondent : la matrice a des vérifications conformes à faire tomber", () => {
    const conformes = sain.filter((r) => r.statut === "conforme").map((r) => r.regle);
    expect(conformes).toEqual(expect.arrayContaining(["prepaiement.siret.actif", "prepaiement.qualiopi", "prepaiement.cfa.connu", "prepaiement.formation.offre", "prepaiement.formation.lieu", "prepaiement.coherence"]));
    for (const r of sain) verifierPreuves(r);
    // chaque point d'une vérification conforme nomme la source qui l'a prouvé
    const siret = sain.find((r) => r.regle === "prepaiement.siret.actif");
    expect(siret?.preuves).toEqual([
      { point: "employeur.actif", etat: "prouve", source: expect.any(String), raison: "état « actif »" },
      { point: "cfa.ouvert.debut", etat: "prouve", source: expect.any(String), raison: expect.stringContaining("ouvert true") },
      { point: "cfa.ouvert.fin", etat: "prouve", source: expect.any(String), raison: expect.stringContaining("ouvert true") },
    ]);
  });

  const cas = SOURCES.flatMap((source) => DEFAILLANCES_SOURCE.map((defaillance) => [source, defaillance] as const));
  it.each(cas)("%s en panne (%s) : aucune vérification conforme avec une réponse indisponible ; la source manque à au moins une vérification", async (source, defaillance) => {
    for (const e of Object.values(emulateurs)) e.reinitialiser();
    emulateurs[source].ajouterPanne(panneSource(defaillance));
    const resultats = await evaluerChaque();
    for (const r of resultats) {
      if (r.indisponibles.length > 0) expect(r.statut, `${r.regle} : ${r.indisponibles.join(" | ")}`).not.toBe("conforme");
    }
    // la panne a bien été vue : au moins une vérification a reçu une réponse indisponible (CFA Dock n'est qu'un secours de SIRO)
    if (source !== "cfaDock") expect(resultats.some((r) => r.indisponibles.length > 0), source).toBe(true);
    // aucune vérification conforme d'une source en panne ne le reste sans avoir reçu que des réponses prouvées
    for (const r of resultats) if (r.statut === "conforme") expect(r.indisponibles).toEqual([]);
    // preuves structurées : un point non prouvé nomme la source en échec ; aucun point prouvé par elle
    for (const r of resultats) {
      verifierPreuves(r);
      if (r.indisponibles.length > 0 && r.statut === "indetermine") {
        const enEchec = (r.preuves ?? []).filter((p) => p.etat === "non_prouve" && p.source !== null && r.sourcesEnEchec.includes(p.source));
        expect(enEchec.length, `${r.regle} : ${JSON.stringify(r.preuves)}`).toBeGreaterThan(0);
      }
    }
  });
});
