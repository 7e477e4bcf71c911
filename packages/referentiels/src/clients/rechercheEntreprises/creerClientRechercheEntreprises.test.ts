import { ENTREPRISES_EMULEES, demarrerEmulateurRechercheEntreprises, type EmulateurHttp } from "@communs-opco/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { creerClientRechercheEntreprises, type ClientRechercheEntreprises } from "./creerClientRechercheEntreprises";

let emulateur: EmulateurHttp;
let client: ClientRechercheEntreprises;

beforeAll(async () => {
  emulateur = await demarrerEmulateurRechercheEntreprises({ limiteParSeconde: 3 });
  client = creerClientRechercheEntreprises({ urlBase: emulateur.url, requetesParSeconde: 1000, tentatives: 5 });
});
afterAll(async () => {
  await emulateur.arreter();
});

describe("creerClientRechercheEntreprises", () => {
  it("donne l'état, le NAF, les IDCC, la tranche d'effectif et l'adresse d'un SIRET", async () => {
    const prive = ENTREPRISES_EMULEES.find((e) => e.opco !== null && e.etatAdministratif === "A");
    const ferme = ENTREPRISES_EMULEES.find((e) => e.etatAdministratif === "F");
    if (prive === undefined || ferme === undefined) throw new Error("extrait incomplet");
    expect(await client.etablissement(prive.siret)).toEqual({
      siret: prive.siret,
      siren: prive.siret.slice(0, 9),
      nom: prive.nom,
      etatAdministratif: "actif",
      naf: "85.59A",
      idcc: ["1516"],
      trancheEffectif: "11",
      adresse: prive.adresse,
      codePostal: prive.codePostal,
      commune: prive.commune,
    });
    expect((await client.etablissement(ferme.siret))?.etatAdministratif).toBe("ferme");
    expect(await client.etablissement("35600000009075")).toBeNull();
  });

  it("absorbe une limite de débit du service (429) en honorant Retry-After", async () => {
    emulateur.reinitialiser();
    const sirets = ENTREPRISES_EMULEES.slice(0, 8).map((e) => e.siret);
    const resultats = await Promise.all(sirets.map((siret) => client.etablissement(siret)));
    expect(resultats.every((r) => r !== null)).toBe(true);
    expect(emulateur.statistiques.reponses429).toBeGreaterThanOrEqual(1);
    expect(client.http.statistiques.reprises).toBe(emulateur.statistiques.reponses429);
  });
});
