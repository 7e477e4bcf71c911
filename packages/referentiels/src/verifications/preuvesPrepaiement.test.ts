import { evaluerReglesAsync, type RegleAsynchrone, type ContratAControler } from "@communs-opco/regles";
import { describe, expect, it } from "vitest";
import type { DiplomeBcn } from "../importeurs/importerBcn";
import type { ConventionDares } from "../importeurs/importerDaresCcn";
import { instantaneVide } from "../instantane/instantaneVide";
import type { SourceInstantane } from "../instantane/Instantane";
import type { TypeSource } from "../instantane/TypeSource";
import type { CertificationReferentiel, OrganismeReferentiel, ReponseReferentiel } from "../Referentiel";
import { ReferentielEnMemoire } from "../ReferentielEnMemoire";
import { ReferentielHorsLigne } from "../ReferentielHorsLigne";
import type { FormationCatalogue } from "./FormationCatalogue";
import type { PortFormations } from "./PortFormations";
import { reglePrepaiementCertificationDates } from "./reglePrepaiementCertificationDates";
import { reglePrepaiementCoherence } from "./reglePrepaiementCoherence";
import { reglePrepaiementFormationOfferte } from "./reglePrepaiementFormationOfferte";
import { reglePrepaiementLieuFormation } from "./reglePrepaiementLieuFormation";
import { reglePrepaiementSiretActif } from "./reglePrepaiementSiretActif";

/*
 * Modèle de preuve (issue 13, défaut 12) : une vérification n'est conforme que si chaque point
 * qu'elle nomme a été prouvé par une source qui a répondu. Chaque cas ci-dessous était conforme
 * avant la correction.
 */

const CFA = "13000492600015";
const EMPLOYEUR = "82832700500017";

const organisme = (o: Partial<OrganismeReferentiel> = {}): OrganismeReferentiel => ({
  uai: "0751234J", siret: CFA, nom: "CFA de test", ouvert: true, nature: "responsable", dateFermeture: null, qualiopi: true, numeroActivite: "11755555575", lieuxUai: [], relations: [], ...o,
});

const certification = (c: Partial<CertificationReferentiel> = {}): CertificationReferentiel => ({
  rncp: "RNCP35340", cfd: null, intitule: "Titre de test", niveau: "4", actif: true, accesApprentissage: true, typeEnregistrement: null,
  dateDebut: "2020-01-01", dateFin: "2030-12-31", derniereSession: null, certificateurs: [], correspondances: { rncp: ["RNCP35340"], cfd: [] }, continuite: { anciennes: [], nouvelles: [] }, ...c,
});

const contrat = (modifier: (c: any) => void = () => {}): ContratAControler => {
  const c: any = {
    employeur: { siret: EMPLOYEUR },
    contrat: { dateDebutContrat: "2024-09-01", dateFinContrat: "2026-08-31" },
    formation: { rncp: "RNCP35340", codeDiplome: "32031213" },
    organismeFormation: { siret: CFA, uaiCfa: "0751234J" },
    etablissementFormation: { memeResponsable: true },
  };
  modifier(c);
  return c as ContratAControler;
};

/** Catalogue des formations en mémoire (port `formations`) : réponses fournies telles quelles. */
class CatalogueEnMemoire implements PortFormations {
  constructor(private readonly formations: FormationCatalogue[]) {}
  async rechercher(): Promise<ReponseReferentiel<FormationCatalogue[]>> {
    return { statut: "trouve", valeur: this.formations, source: { nom: "catalogue de test en mémoire", date: "2024-08-01" } };
  }
}

const formation = (f: Partial<FormationCatalogue> = {}): FormationCatalogue => ({
  cle: "F1", statut: "publié", rncp: "RNCP35340", cfd: "32031213", certificationConnue: true,
  responsable: { siret: CFA, uai: "0751234J", connu: true }, formateur: { siret: CFA, uai: "0751234J", connu: true },
  lieu: { uai: "0751234J", siret: CFA, codePostal: "75011", codeInsee: "75111" }, sessions: [{ debut: "2024-09-01", fin: "2026-08-31" }], ...f,
});

async function evaluer<P extends object>(regle: RegleAsynchrone<ContratAControler, P>, c: ContratAControler, ports: P) {
  const r = await evaluerReglesAsync([regle as RegleAsynchrone<ContratAControler, Record<string, unknown>>], c, { dateEvaluation: "2026-11-26", mode: "explication", ports: ports as Record<string, unknown> });
  return r.explications?.[0];
}

const entreprises = { [EMPLOYEUR]: { siret: EMPLOYEUR, etat: "actif" as const, naf: null, idcc: [] } };

describe("PP-SIRET-ACTIVE : le CFA actif aux dates du contrat doit être prouvé", () => {
  it("CFA prouvé ouvert : conforme", async () => {
    expect(await evaluer(reglePrepaiementSiretActif, contrat(), { referentiel: new ReferentielEnMemoire("test", { entreprises, organismes: { [CFA]: organisme() } }) })).toMatchObject({ statut: "conforme" });
  });

  it("recherche du CFA en échec (source indisponible) ou CFA introuvable : indéterminé, plus conforme", async () => {
    const indisponible = await evaluer(reglePrepaiementSiretActif, contrat(), { referentiel: new ReferentielEnMemoire("test", { entreprises }) });
    expect(indisponible).toMatchObject({ statut: "indetermine", constats: [{ chemins: ["organismeFormation.siret"], manquants: ["ports.referentiel:test"] }] });
    const absent = await evaluer(reglePrepaiementSiretActif, contrat(), { referentiel: new ReferentielEnMemoire("test", { entreprises, organismes: {} }) });
    expect(absent).toMatchObject({ statut: "indetermine", constats: [{ message: expect.stringContaining("introuvable") }] });
  });

  it("ni état ni date de fermeture (réponse en ligne sans date) : indéterminé", async () => {
    const r = await evaluer(reglePrepaiementSiretActif, contrat(), { referentiel: new ReferentielEnMemoire("test", { entreprises, organismes: { [CFA]: organisme({ ouvert: null }) } }) });
    expect(r).toMatchObject({ statut: "indetermine", constats: [{ message: expect.stringContaining("état d'ouverture et date de fermeture inconnus") }] });
  });

  it("fermeture pendant le contrat (après son début) : non conforme — toutes les dates du contrat sont vérifiées", async () => {
    const r = await evaluer(reglePrepaiementSiretActif, contrat(), { referentiel: new ReferentielEnMemoire("test", { entreprises, organismes: { [CFA]: organisme({ ouvert: false, dateFermeture: "2025-06-30" }) } }) });
    expect(r).toMatchObject({ statut: "non_conforme", constats: [{ message: "Le CFA 13000492600015 ferme le 2025-06-30, pendant le contrat (2024-09-01 → 2026-08-31)." }] });
    // fermeture après la fin du contrat : conforme
    const apres = await evaluer(reglePrepaiementSiretActif, contrat(), { referentiel: new ReferentielEnMemoire("test", { entreprises, organismes: { [CFA]: organisme({ dateFermeture: "2026-09-30" }) } }) });
    expect(apres).toMatchObject({ statut: "conforme" });
  });
});

describe("PP-CROSS : une liste de codes diplôme vide ne prouve rien", () => {
  it("formations du CFA sans code diplôme au catalogue : indéterminé", async () => {
    const referentiel = new ReferentielEnMemoire("test", { organismes: { [CFA]: organisme() } });
    const r = await evaluer(reglePrepaiementCoherence, contrat(), { referentiel, formations: new CatalogueEnMemoire([formation({ cfd: null })]) });
    expect(r).toMatchObject({ statut: "indetermine", constats: [{ chemins: ["formation.codeDiplome"], message: expect.stringContaining("ne donne de code diplôme") }] });
    const sansFormation = await evaluer(reglePrepaiementCoherence, contrat(), { referentiel, formations: new CatalogueEnMemoire([]) });
    expect(sansFormation).toMatchObject({ statut: "indetermine" });
    expect(await evaluer(reglePrepaiementCoherence, contrat(), { referentiel, formations: new CatalogueEnMemoire([formation()]) })).toMatchObject({ statut: "conforme" });
  });
});

describe("PP-FORMATION : une formation sans session ne prouve pas le recouvrement du contrat", () => {
  it("aucune session : indéterminé ; session qui recouvre : conforme", async () => {
    const r = await evaluer(reglePrepaiementFormationOfferte, contrat(), { formations: new CatalogueEnMemoire([formation({ sessions: [] })]) });
    expect(r).toMatchObject({ statut: "indetermine", constats: [{ message: expect.stringContaining("n'a aucune session au catalogue") }] });
    expect(await evaluer(reglePrepaiementFormationOfferte, contrat(), { formations: new CatalogueEnMemoire([formation()]) })).toMatchObject({ statut: "conforme" });
  });
});

describe("PP-CERTIF-DATES : chaque borne de validité doit être connue", () => {
  const dates = (c: Partial<CertificationReferentiel>) => evaluer(reglePrepaiementCertificationDates, contrat(), { referentiel: new ReferentielEnMemoire("test", { certifications: { RNCP35340: certification(c) } }) });
  it("ouverture inconnue, fin connue : indéterminé, sauf certification active selon une source datée d'avant le début du contrat", async () => {
    expect(await dates({ dateDebut: null })).toMatchObject({ statut: "indetermine", constats: [{ message: expect.stringContaining("date d'ouverture inconnue") }] });
    const datee = (date: string) => evaluer(reglePrepaiementCertificationDates, contrat(), { referentiel: new ReferentielEnMemoire("test", { certifications: { RNCP35340: certification({ dateDebut: null }) } }, date) });
    expect(await datee("2024-09-01")).toMatchObject({ statut: "conforme" });
    expect(await datee("2024-09-02")).toMatchObject({ statut: "indetermine" });
  });
  it("fin inconnue d'une certification dont l'état actif n'est pas établi : indéterminé ; déclarée active sans échéance : conforme", async () => {
    expect(await dates({ dateFin: null, actif: null })).toMatchObject({ statut: "indetermine", constats: [{ message: expect.stringContaining("date de fin de validité inconnue") }] });
    expect(await dates({ dateFin: null, actif: true })).toMatchObject({ statut: "conforme" });
    expect(await dates({})).toMatchObject({ statut: "conforme" });
  });
});

describe("PP-LIEU sans catalogue : une même commune ne prouve pas le lieu", () => {
  it("identifiant déclaré inconnu, code postal et commune d'un lieu connu : indéterminé ; lieu déclaré par sa seule adresse : conforme", async () => {
    const lieux = [{ uai: "0751111A", siret: null, codePostal: "75011", codeInsee: "75111", commune: "Paris" }];
    const referentiel = new ReferentielEnMemoire("test", { organismes: { [CFA]: organisme({ lieux }) } });
    const distinct = (e: Record<string, unknown>) => contrat((c) => (c.etablissementFormation = { memeResponsable: false, ...e }));
    const r = await evaluer(reglePrepaiementLieuFormation, distinct({ uaiCfa: "0759999Z", adresse: { codePostal: "75011", commune: "PARIS" } }), { referentiel });
    expect(r).toMatchObject({ statut: "indetermine", constats: [{ message: expect.stringContaining("seule l'adresse (75011 PARIS) concorde") }] });
    expect(await evaluer(reglePrepaiementLieuFormation, distinct({ adresse: { codePostal: "75011", commune: "PARIS" } }), { referentiel })).toMatchObject({ statut: "conforme" });
  });

  it("lieu reconnu par son identifiant mais sans adresse au référentiel, adresse déclarée : indéterminé", async () => {
    const lieux = [{ uai: "0751111A", siret: null, codePostal: null, codeInsee: null, commune: null }];
    const referentiel = new ReferentielEnMemoire("test", { organismes: { [CFA]: organisme({ lieux }) } });
    const c = contrat((x) => (x.etablissementFormation = { memeResponsable: false, uaiCfa: "0751111A", adresse: { codePostal: "75011", commune: "Paris" } }));
    expect(await evaluer(reglePrepaiementLieuFormation, c, { referentiel })).toMatchObject({ statut: "indetermine", constats: [{ message: expect.stringContaining("ne donne pas l'adresse de ce lieu") }] });
  });
});

describe("ReferentielHorsLigne : pas de valeur réputée sans source", () => {
  const source = (type: TypeSource): SourceInstantane => ({
    type, fichier: `${type}.csv`, importeLe: "2026-11-01T00:00:00.000Z", dateDonnees: "2026-10-01", editeur: "test", licence: "Licence Ouverte / Etalab 2.0",
    statistiques: { lignesLues: 1, lignesRetenues: 1, lignesRejetees: 0, lignesIgnorees: 0, enregistrements: 1 } as SourceInstantane["statistiques"],
  });
  const diplome: DiplomeBcn = { cfd: "50022137", niveau: "500", libelleCourt: "CAP", libelleLong: "BOULANGER (CAP)", dateOuverture: "2020-09-01", dateFermeture: "2025-08-31", derniereSession: null, nature: "1", niveauRncp: "03", anciens: [], nouveaux: [] };

  it("convention de la seule liste DARES sans état Légifrance : indéterminée, pas en vigueur", async () => {
    const i = instantaneVide("2026-11-01T00:00:00.000Z");
    i.sources.push(source("dares-ccn"));
    const dares: ConventionDares[] = [{ idcc: "0214", titre: "Presse région parisienne (ouvriers)" }];
    i.conventionsDares.push(...dares);
    expect(await new ReferentielHorsLigne(i).convention("214")).toMatchObject({ statut: "indetermine", raison: expect.stringContaining("sans état juridique Légifrance") });
  });

  it("diplôme de la seule BCN : ouverture à l'apprentissage inconnue (pas vraie d'office) ; dates de validité données pour juger l'activité au contrat", async () => {
    const i = instantaneVide("2026-11-01T00:00:00.000Z");
    i.sources.push(source("bcn"));
    i.diplomes.push(diplome);
    const r = await new ReferentielHorsLigne(i).certification("50022137");
    expect(r).toMatchObject({ statut: "trouve", valeur: { accesApprentissage: null, actif: false, dateDebut: "2020-09-01", dateFin: "2025-08-31" } });
  });
});
