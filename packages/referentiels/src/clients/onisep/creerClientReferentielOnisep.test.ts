import { ORGANISMES_EMULES, demarrerEmulateurReferentielOnisep, type EmulateurHttp } from "@communs-opco/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { creerClientReferentielOnisep, type ClientReferentielOnisep } from "./creerClientReferentielOnisep";

let emulateur: EmulateurHttp;
let client: ClientReferentielOnisep;

beforeAll(async () => {
  emulateur = await demarrerEmulateurReferentielOnisep({ latenceMs: 1 });
  client = creerClientReferentielOnisep({ urlBase: `${emulateur.url}/api/v1`, requetesParSeconde: 1000 });
});
afterAll(async () => {
  await emulateur.arreter();
});

describe("creerClientReferentielOnisep", () => {
  it("lit un organisme par SIRET et renvoie null pour « Siret inconnu »", async () => {
    const attendu = ORGANISMES_EMULES[0];
    if (attendu === undefined) throw new Error("extrait vide");
    const organisme = await client.organisme(attendu.siret);
    expect(organisme?.siret).toBe(attendu.siret);
    expect(organisme?.nature).toBe(attendu.nature);
    expect(await client.organisme("35600000009075")).toBeNull();
  });

  it("parcourt les organismes filtrés sur des pages 1-based jusqu'au total", async () => {
    const natures = ["responsable_formateur", "responsable"] as const;
    const attendus = ORGANISMES_EMULES.filter((o) => (natures as readonly string[]).includes(o.nature));
    const lus = [];
    let pages = 0;
    for await (const page of client.rechercherOrganismes({ natures: [...natures], itemsParPage: 4 })) {
      pages += 1;
      lus.push(...page);
    }
    expect(lus.map((o) => o.siret)).toEqual(attendus.map((o) => o.siret));
    expect(pages).toBe(Math.ceil(attendus.length / 4));
    const parUai = [];
    const uai = attendus[0]?.uai ?? "";
    for await (const page of client.rechercherOrganismes({ uais: [uai] })) parUai.push(...page);
    expect(parUai.every((o) => o.uai === uai)).toBe(true);
  });
});
