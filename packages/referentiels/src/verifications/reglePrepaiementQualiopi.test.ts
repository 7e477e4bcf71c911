import { evaluerReglesAsync } from "@communs-opco/regles";
import { CLE_EMULATEUR_API_APPRENTISSAGE, demarrerEmulateurApiApprentissage, ORGANISMES_EMULES, type EmulateurHttp, type OrganismeEmule } from "@communs-opco/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { creerClientApiApprentissage } from "../clients/apiApprentissage/creerClientApiApprentissage";
import { referentielEnLigne } from "../clients/referentielEnLigne";
import { chargerInstantaneEmbarque } from "../instantane/chargerInstantaneEmbarque";
import type { OrganismeReferentiel, Referentiel } from "../Referentiel";
import { ReferentielEnMemoire } from "../ReferentielEnMemoire";
import { ReferentielHorsLigne } from "../ReferentielHorsLigne";
import { reglePrepaiementQualiopi } from "./reglePrepaiementQualiopi";

const contrat = (siret: string) => ({ organismeFormation: { siret } });
const evaluer = async (referentiel: Referentiel, siret: string) => {
  const r = await evaluerReglesAsync([reglePrepaiementQualiopi], contrat(siret), { dateEvaluation: "2026-11-26", mode: "explication", ports: { referentiel } });
  return r.explications?.[0];
};
const organisme = (numeroActivite: string | null): OrganismeReferentiel => ({
  uai: null, siret: "13000492600015", nom: null, ouvert: true, nature: "responsable", dateFermeture: null, qualiopi: true, numeroActivite,
});

describe("PP-QUALIOPI : numéro de déclaration d'activité (NDA)", () => {
  it("hors ligne : l'export du Référentiel n'a pas de NDA ; rien ne le prouve indépendamment de Qualiopi → indéterminé, jamais conforme", async () => {
    const horsLigne = new ReferentielHorsLigne(await chargerInstantaneEmbarque());
    const r = await horsLigne.organisme("82409268800210");
    expect(r).toMatchObject({ statut: "trouve", valeur: { qualiopi: true, numeroActivite: null } });
    expect(r.statut === "trouve" ? r.valeur.numeroActiviteDeduit : "réponse inattendue").toBeUndefined();
    expect(await evaluer(horsLigne, "82409268800210")).toMatchObject({ statut: "indetermine", constats: [{ message: expect.stringContaining("NDA non renseigné") }] });
    // sans Qualiopi : non conforme
    const sans = await horsLigne.organisme("77807079700015");
    expect(sans).toMatchObject({ statut: "trouve", valeur: { qualiopi: false } });
    expect(await evaluer(horsLigne, "77807079700015")).toMatchObject({ statut: "non_conforme" });
  });

  it("NDA donné : 11 chiffres (espaces admis) → conforme ; mal formé → non conforme ; absent sans déduction → indéterminé", async () => {
    expect(await evaluer(new ReferentielEnMemoire("test", { organismes: { "13000492600015": organisme("11 75 55555 75") } }), "13000492600015")).toMatchObject({ statut: "conforme" });
    expect(await evaluer(new ReferentielEnMemoire("test", { organismes: { "13000492600015": organisme("1175A") } }), "13000492600015")).toMatchObject({
      statut: "non_conforme",
      constats: [{ message: "Le numéro de déclaration d'activité du CFA 13000492600015 (« 1175A ») n'a pas 11 chiffres.", details: { numeroActivite: "1175A" } }],
    });
    expect(await evaluer(new ReferentielEnMemoire("test", { organismes: { "13000492600015": organisme(null) } }), "13000492600015")).toMatchObject({
      statut: "indetermine",
      constats: [{ message: expect.stringContaining("NDA non renseigné") }],
    });
  });
});

describe("PP-QUALIOPI en ligne : renseignements_specifiques.numero_activite de l'API Apprentissage", () => {
  let emulateur: EmulateurHttp;
  let enLigne: Referentiel;
  const qualiopis = ORGANISMES_EMULES.filter((o) => o.qualiopi === true && o.etat_administratif === "actif");
  const [avecNda, sansNda] = qualiopis;
  beforeAll(async () => {
    if (avecNda === undefined || sansNda === undefined) throw new Error("extrait sans deux organismes Qualiopi");
    const organismes: OrganismeEmule[] = ORGANISMES_EMULES.map((o) => (o === avecNda ? { ...o, numero_declaration_activite: "11755555575" } : o));
    // variable (et non littéral) : option ajoutée à l'émulateur de test-support
    const options = { organismes, rechercheOrganismeComplet: true };
    emulateur = await demarrerEmulateurApiApprentissage(options);
    enLigne = referentielEnLigne({ apiApprentissage: creerClientApiApprentissage({ urlBase: `${emulateur.url}/api`, cleApi: CLE_EMULATEUR_API_APPRENTISSAGE, requetesParSeconde: 1000 }) });
  });
  afterAll(async () => {
    await emulateur.arreter();
  });

  it("NDA renvoyé → conforme ; numero_activite null → indéterminé (aucune déduction sur une valeur explicitement nulle)", async () => {
    const a = avecNda as OrganismeEmule;
    const b = sansNda as OrganismeEmule;
    expect(await enLigne.organisme(a.siret)).toMatchObject({ statut: "trouve", valeur: { qualiopi: true, numeroActivite: "11755555575" } });
    expect(await evaluer(enLigne, a.siret)).toMatchObject({ statut: "conforme" });
    expect(await evaluer(enLigne, b.siret)).toMatchObject({ statut: "indetermine", constats: [{ message: expect.stringContaining("NDA non renseigné (API Apprentissage)") }] });
  });
});
