import { evaluerReglesAsync } from "@communs-opco/regles";
import { CLE_EMULATEUR_API_APPRENTISSAGE, demarrerEmulateurApiApprentissage, ORGANISMES_EMULES, type EmulateurHttp } from "@communs-opco/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { creerClientApiApprentissage } from "../clients/apiApprentissage/creerClientApiApprentissage";
import { chargerInstantaneEmbarque } from "../instantane/chargerInstantaneEmbarque";
import type { Referentiel } from "../Referentiel";
import { ReferentielEnMemoire } from "../ReferentielEnMemoire";
import { ReferentielHorsLigne } from "../ReferentielHorsLigne";
import type { PortGeographie } from "./PortGeographie";
import { portGeographieApiApprentissage } from "./portGeographieApiApprentissage";
import { reglePrepaiementLieuFormation } from "./reglePrepaiementLieuFormation";

let horsLigne: Referentiel;
beforeAll(async () => {
  horsLigne = new ReferentielHorsLigne(await chargerInstantaneEmbarque());
});

const evaluer = async (contrat: Record<string, unknown>, ports: { referentiel: Referentiel; geographie?: PortGeographie }) => {
  const r = await evaluerReglesAsync([reglePrepaiementLieuFormation], contrat, { dateEvaluation: "2026-11-26", mode: "explication", ports });
  return r.explications?.[0];
};

describe("PP-LIEU hors ligne (sans catalogue) : lieux du Référentiel des organismes de l'instantané", () => {
  it("l'instantané garde les lieux de formation (UAI, SIRET, code postal, code INSEE, commune)", async () => {
    expect(await horsLigne.organisme("82409268800061")).toMatchObject({
      statut: "trouve",
      valeur: { lieux: expect.arrayContaining([{ uai: "0932751K", siret: null, codePostal: "14000", codeInsee: "14118", commune: "Caen" }]), adresse: { codePostal: "14000", commune: "Caen" } },
    });
  });

  it("CFA lieu de formation : UAI et adresse connus → conforme ; adresse différente → avertissement", async () => {
    const cfa = (adresse: { codePostal: string; commune: string }) => ({
      organismeFormation: { siret: "82409268800061", uaiCfa: "0932751K", adresse },
      etablissementFormation: { memeResponsable: true },
    });
    expect(await evaluer(cfa({ codePostal: "14000", commune: "CAEN" }), { referentiel: horsLigne })).toMatchObject({ statut: "conforme", constats: [] });
    expect(await evaluer(cfa({ codePostal: "75011", commune: "Paris 11e Arrondissement" }), { referentiel: horsLigne })).toMatchObject({
      statut: "non_conforme",
      constats: [{ severite: "avertissement", message: expect.stringContaining("L'adresse déclarée du lieu de formation (75011 Paris 11e Arrondissement) diffère de celle du Référentiel des organismes pour ce lieu (0932751K 14000 Caen") }],
    });
  });

  it("établissement distinct : reconnu par son adresse (commune normalisée) ou comme lieu d'un organisme formateur ; inconnu → avertissement", async () => {
    const distinct = (siretCfa: string, etablissement: Record<string, unknown>) => ({ organismeFormation: { siret: siretCfa }, etablissementFormation: { memeResponsable: false, ...etablissement } });
    expect(await evaluer(distinct("82409268800061", { adresse: { codePostal: "50100", commune: "CHERBOURG EN COTENTIN" } }), { referentiel: horsLigne })).toMatchObject({ statut: "conforme" });
    // 77871521900169, formateur de 77871521900151 (relation responsable->formateur), a un lieu UAI 0391172M à Dole
    expect(await evaluer(distinct("77871521900151", { siret: "77871521900169", uaiCfa: "0391172M" }), { referentiel: horsLigne })).toMatchObject({ statut: "conforme" });
    const inconnu = await evaluer(distinct("82409268800061", { uaiCfa: "0391172M", adresse: { codePostal: "39100", commune: "Dole" } }), { referentiel: horsLigne });
    expect(inconnu).toMatchObject({
      statut: "non_conforme",
      constats: [{ severite: "avertissement", message: expect.stringContaining("n'est pas un lieu connu du CFA 82409268800061"), details: { lieuxConnus: expect.arrayContaining(["0932751K 14000 Caen"]) } }],
    });
  });

  it("aucun lieu connu, CFA inconnu ou lieu non déclaré : indéterminé", async () => {
    // 82409268800210 : aucun lieu de formation au Référentiel, adresse du lieu non déclarée
    expect(await evaluer({ organismeFormation: { siret: "82409268800210", uaiCfa: "0932751K" }, etablissementFormation: { memeResponsable: true } }, { referentiel: horsLigne })).toMatchObject({
      statut: "indetermine",
      constats: [{ message: expect.stringContaining("ne connaît aucun lieu de formation du CFA 82409268800210") }],
    });
    expect(await evaluer({ organismeFormation: { siret: "99999999999999", uaiCfa: "0932751K" } }, { referentiel: horsLigne })).toMatchObject({ statut: "indetermine" });
    expect(await evaluer({ organismeFormation: { siret: "82409268800061" } }, { referentiel: horsLigne })).toMatchObject({ statut: "indetermine" });
  });
});

describe("PP-LIEU : cohérence code postal ↔ commune par la géographie de l'API Apprentissage (émulateur)", () => {
  let emulateur: EmulateurHttp;
  let geographie: PortGeographie;
  const organisme = ORGANISMES_EMULES.find((o) => o.adresse !== undefined && o.lieux_de_formation.length === 0);
  const adresse = organisme?.adresse;
  beforeAll(async () => {
    emulateur = await demarrerEmulateurApiApprentissage();
    geographie = portGeographieApiApprentissage(creerClientApiApprentissage({ urlBase: `${emulateur.url}/api`, cleApi: CLE_EMULATEUR_API_APPRENTISSAGE, requetesParSeconde: 1000, delaiReprise: () => 1, tentatives: 1 }));
  });
  afterAll(async () => {
    await emulateur.arreter();
  });

  const contrat = (codePostal: string, commune: string) => ({ organismeFormation: { siret: "13000492600015", uaiCfa: "0751234J", adresse: { codePostal, commune } }, etablissementFormation: { memeResponsable: true } });
  const referentiel = (codePostal: string, commune: string) =>
    new ReferentielEnMemoire("test", {
      organismes: { "13000492600015": { uai: "0751234J", siret: "13000492600015", nom: null, ouvert: true, nature: "responsable_formateur", dateFermeture: null, lieux: [{ uai: "0751234J", siret: null, codePostal, codeInsee: null, commune }] } },
    });

  it("commune du code postal → conforme ; autre commune ou code inconnu → avertissement ; API injoignable → indéterminé", async () => {
    if (adresse === undefined) throw new Error("extrait sans organisme adressé");
    const { code_postal: cp, localite } = adresse;
    expect(await evaluer(contrat(cp, localite.toUpperCase()), { referentiel: referentiel(cp, localite), geographie })).toMatchObject({ statut: "conforme", constats: [] });
    expect(await evaluer(contrat(cp, "Communeinexistante"), { referentiel: referentiel(cp, "Communeinexistante"), geographie })).toMatchObject({
      statut: "non_conforme",
      constats: [{ severite: "avertissement", message: `La commune déclarée du lieu de formation (Communeinexistante) ne correspond pas au code postal ${cp} (communes de ce code : ${localite}).` }],
    });
    expect(await evaluer(contrat("99999", "Nullepart"), { referentiel: referentiel("99999", "Nullepart"), geographie })).toMatchObject({
      statut: "non_conforme",
      constats: [{ severite: "avertissement", message: expect.stringContaining("(99999) ne correspond à aucune commune (API Apprentissage (géographie))") }],
    });
    const injoignable = portGeographieApiApprentissage(creerClientApiApprentissage({ urlBase: "http://127.0.0.1:9/api", cleApi: "x", tentatives: 1, delaiReprise: () => 1 }));
    expect(await evaluer(contrat(cp, localite), { referentiel: referentiel(cp, localite), geographie: injoignable })).toMatchObject({
      statut: "indetermine",
      constats: [{ manquants: ["ports.geographie:API Apprentissage (géographie)"] }],
    });
  });
});
