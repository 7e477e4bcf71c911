import {
  CLE_EMULATEUR_API_APPRENTISSAGE,
  CLE_EMULATEUR_SIRO,
  ENTREPRISES_EMULEES,
  ORGANISMES_EMULES,
  demarrerEmulateurApiApprentissage,
  demarrerEmulateurCfaDock,
  demarrerEmulateurRechercheEntreprises,
  demarrerEmulateurReferentielOnisep,
  demarrerEmulateurSiro,
  type EmulateurHttp,
} from "@communs-opco/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Referentiel } from "../Referentiel";
import { creerClientApiApprentissage } from "./apiApprentissage/creerClientApiApprentissage";
import { creerClientCfaDock } from "./cfaDock/creerClientCfaDock";
import { creerClientReferentielOnisep } from "./onisep/creerClientReferentielOnisep";
import { creerClientRechercheEntreprises } from "./rechercheEntreprises/creerClientRechercheEntreprises";
import { referentielEnLigne } from "./referentielEnLigne";
import { creerClientSiro } from "./siro/creerClientSiro";

const emulateurs: Record<string, EmulateurHttp> = {};
let referentiel: Referentiel;
const rapide = { requetesParSeconde: 1000, delaiReprise: () => 5 };

beforeAll(async () => {
  const [api, onisep, siro, cfaDock, entreprises] = await Promise.all([
    demarrerEmulateurApiApprentissage(),
    demarrerEmulateurReferentielOnisep(),
    demarrerEmulateurSiro(),
    demarrerEmulateurCfaDock(),
    demarrerEmulateurRechercheEntreprises(),
  ]);
  Object.assign(emulateurs, { api, onisep, siro, cfaDock, entreprises });
  referentiel = referentielEnLigne({
    apiApprentissage: creerClientApiApprentissage({ ...rapide, urlBase: `${api.url}/api`, cleApi: CLE_EMULATEUR_API_APPRENTISSAGE }),
    onisep: creerClientReferentielOnisep({ ...rapide, urlBase: `${onisep.url}/api/v1` }),
    siro: creerClientSiro({ ...rapide, urlBase: `${siro.url}/siro/v1`, cleApi: CLE_EMULATEUR_SIRO }),
    cfaDock: creerClientCfaDock({ ...rapide, urlBase: `${cfaDock.url}/api` }),
    rechercheEntreprises: creerClientRechercheEntreprises({ ...rapide, urlBase: entreprises.url }),
  });
});
afterAll(async () => {
  await Promise.all(Object.values(emulateurs).map((e) => e.arreter()));
});

const prive = ENTREPRISES_EMULEES.find((e) => e.opco !== null);
const public_ = ENTREPRISES_EMULEES.find((e) => e.opco === null);
const cfa = ORGANISMES_EMULES.find((o) => o.uai !== undefined && o.nature === "responsable_formateur");
if (prive === undefined || public_ === undefined || cfa === undefined) throw new Error("extrait incomplet");

describe("referentielEnLigne", () => {
  it("certification : trouvée avec continuité, ou absente", async () => {
    const r = await referentiel.certification("rncp30271");
    expect(r.statut).toBe("trouve");
    if (r.statut !== "trouve") return;
    expect(r.valeur).toMatchObject({
      rncp: "RNCP30271",
      accesApprentissage: true,
      typeEnregistrement: "Enregistrement sur demande",
      dateFin: "2022-04-21",
      continuite: { anciennes: ["RNCP28155"], nouvelles: [] },
    });
    expect(r.source.nom).toBe("API Apprentissage");
    expect((await referentiel.certification("RNCP99999")).statut).toBe("absent");
  });

  it("habilitation : certificateur, enregistrement de droit, ou indéterminée faute de partenaires", async () => {
    const certificateur = await referentiel.habilitation("RNCP30271", "82948645500019");
    expect(certificateur).toMatchObject({ statut: "trouve", valeur: { habilite: true, motif: "certificateur de la fiche" } });
    expect(await referentiel.habilitation("RNCP509", "82948645500019")).toMatchObject({ statut: "trouve", valeur: { habilite: null } });
    expect((await referentiel.habilitation("RNCP30271", cfa.siret)).statut).toBe("indetermine");
  });

  it("OPCO d'un SIRET : SIRO code 01, puis repli CFA Dock sur un 99", async () => {
    expect(await referentiel.opcoDeSiret(prive.siret)).toMatchObject({ statut: "trouve", valeur: { opco: "AKTO", idcc: "1516" }, source: { nom: "SIRO (France compétences)" } });
    const inconnu = await referentiel.opcoDeSiret(public_.siret);
    expect(inconnu).toMatchObject({ statut: "absent", source: { nom: "CFA Dock" } });
    expect(await referentiel.opcoDeIdcc("1516")).toMatchObject({ statut: "trouve", valeur: { opco: "AKTO", idcc: "1516" } });
  });

  it("OPCO d'un SIRET revendiqué (SIRO 02/03) : indéterminé, sans repli", async () => {
    const revendique = { ...prive, siret: "35600000009075", codeSiro: "02" as const };
    const siro = await demarrerEmulateurSiro({ entreprises: [revendique] });
    try {
      const seul = referentielEnLigne({ siro: creerClientSiro({ ...rapide, urlBase: `${siro.url}/siro/v1`, cleApi: CLE_EMULATEUR_SIRO }) });
      const r = await seul.opcoDeSiret(revendique.siret);
      expect(r).toMatchObject({ statut: "indetermine", source: { nom: "SIRO (France compétences)" } });
      if (r.statut === "indetermine") expect(r.raison).toBe("SIRO : établissement revendiqué par AKTO (code 02)");
    } finally {
      await siro.arreter();
    }
  });

  it("organisme par SIRET et par UAI (ONISEP), entreprise (Recherche d'entreprises)", async () => {
    const parSiret = await referentiel.organisme(cfa.siret);
    expect(parSiret).toMatchObject({ statut: "trouve", valeur: { siret: cfa.siret, uai: cfa.uai, nature: "responsable_formateur", ouvert: true } });
    const parUai = await referentiel.organisme(cfa.uai ?? "");
    expect(parUai).toMatchObject({ statut: "trouve", valeur: { uai: cfa.uai } });
    expect((await referentiel.organisme("35600000009075")).statut).toBe("absent");
    expect(await referentiel.entreprise(prive.siret)).toMatchObject({ statut: "trouve", valeur: { etat: "actif", naf: "85.59A", idcc: ["1516"] } });
  });

  it("répond indisponible (sans lever) sans source en ligne, sans client, ou sur panne", async () => {
    expect((await referentiel.convention("1516")).statut).toBe("indisponible");
    expect((await referentiel.npec({ rncp: "RNCP30271", idcc: "1516", date: "2024-09-01" })).statut).toBe("indisponible");
    expect((await referentielEnLigne({}).opcoDeSiret(prive.siret)).statut).toBe("indisponible");
    emulateurs["entreprises"]?.ajouterPanne({ type: "erreur_serveur", fois: 3 });
    const panne = await referentiel.entreprise(prive.siret);
    expect(panne.statut).toBe("indisponible");
    if (panne.statut === "indisponible") expect(panne.raison).toContain("HTTP 500");
  });
});
