import { ENTREPRISES_EMULEES, demarrerEmulateurCfaDock, type EmulateurHttp, type EntrepriseEmulee } from "@communs-opco/test-support";
import { afterEach, describe, expect, it } from "vitest";
import { creerClientCfaDock } from "./creerClientCfaDock";

const emulateurs: EmulateurHttp[] = [];
afterEach(async () => {
  await Promise.all(emulateurs.splice(0).map((e) => e.arreter()));
});

function employeur(numero: number): EntrepriseEmulee {
  const siret = `4${String(numero).padStart(8, "0")}00017`;
  return {
    siret,
    nom: `EMPLOYEUR ${numero}`,
    etatAdministratif: "A",
    naf: "56.10A",
    idcc: ["1979"],
    trancheEffectif: "03",
    adresse: "",
    codePostal: null,
    commune: null,
    libelleCommune: null,
    opco: numero % 10 === 0 ? null : { code: "1", nom: "AKTO" },
  };
}

describe("creerClientCfaDock", () => {
  it("trouve l'OPCO d'un SIRET (IDCC re-complété à 4 chiffres) ou signale un inconnu", async () => {
    const emulateur = await demarrerEmulateurCfaDock();
    emulateurs.push(emulateur);
    const client = creerClientCfaDock({ urlBase: `${emulateur.url}/api`, requetesParSeconde: 1000 });
    const prive = ENTREPRISES_EMULEES.find((e) => e.opco !== null);
    const public_ = ENTREPRISES_EMULEES.find((e) => e.opco === null);
    if (prive === undefined || public_ === undefined) throw new Error("extrait incomplet");
    expect(await client.opcoParSiret(prive.siret)).toEqual({ siret: prive.siret, statut: "trouve", opco: "AKTO", idcc: "1516" });
    expect(await client.opcoParSiret(public_.siret)).toMatchObject({ statut: "inconnu", statutRecherche: "NOT_FOUND" });
    expect(await client.opcoParIdcc("1516")).toMatchObject({ statut: "trouve", opco: "AKTO", idcc: "1516" });
  });

  it("découpe en lots de 100 SIRET distincts et rejoue un POST en 503", async () => {
    const entreprises = Array.from({ length: 250 }, (_, i) => employeur(i + 1));
    const emulateur = await demarrerEmulateurCfaDock({ entreprises, pannes: [{ type: "erreur_serveur", statut: 503 }] });
    emulateurs.push(emulateur);
    const client = creerClientCfaDock({ urlBase: `${emulateur.url}/api`, requetesParSeconde: 1000, delaiReprise: () => 5 });
    const demandes = [...entreprises.map((e) => e.siret), ...entreprises.slice(0, 30).map((e) => e.siret)];
    const resultats = await client.opcosParLots(demandes);
    expect(resultats).toHaveLength(250);
    expect(resultats.map((r) => r.siret)).toEqual(entreprises.map((e) => e.siret));
    expect(resultats.filter((r) => r.statut === "trouve")).toHaveLength(225);
    expect(emulateur.statistiques.journal.filter((l) => l.methode === "POST" && l.statut === 200)).toHaveLength(3);
    expect(emulateur.statistiques.reponses5xx).toBe(1);
  });
});
