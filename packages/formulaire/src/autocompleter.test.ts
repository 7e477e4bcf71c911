import { describe, expect, it } from "vitest";
import { autocompleter } from "./autocompleter";
import { brouillonVide } from "./Brouillon";
import { saisir } from "./saisir";
import type { CertificationPort, ConventionPort, EntreprisePort, OrganismePort, PortReferentielFormulaire, ReponsePort, SourcePort } from "./PortReferentielFormulaire";

// Référentiel en mémoire (implémentation complète du port sur quelques enregistrements) : les
// tests sur l'instantané embarqué de @communs-opco/referentiels sont dans la CLI (paquet Node).
class ReferentielMemoire implements PortReferentielFormulaire {
  readonly appels: string[] = [];
  constructor(
    private readonly donnees: {
      entreprises?: EntreprisePort[];
      organismes?: OrganismePort[];
      certifications?: CertificationPort[];
      conventions?: ConventionPort[];
    },
    private readonly source: SourcePort = { nom: "mémoire", date: "2026-11-01" },
  ) {}
  #reponse<T>(valeur: T | undefined, cle: string): ReponsePort<T> {
    return valeur === undefined ? { statut: "absent", raison: `${cle} inconnu`, source: this.source } : { statut: "trouve", valeur, source: this.source };
  }
  async entreprise(siret: string) {
    this.appels.push(`entreprise ${siret}`);
    return this.#reponse(this.donnees.entreprises?.find((e) => e.siret === siret), siret);
  }
  async organisme(cle: string) {
    this.appels.push(`organisme ${cle}`);
    return this.#reponse(this.donnees.organismes?.find((o) => o.siret === cle || o.uai === cle), cle);
  }
  async certification(cle: string) {
    this.appels.push(`certification ${cle}`);
    return this.#reponse(this.donnees.certifications?.find((c) => c.rncp === cle || c.cfd === cle), cle);
  }
  async convention(idcc: string) {
    this.appels.push(`convention ${idcc}`);
    return this.#reponse(this.donnees.conventions?.find((c) => c.idcc === idcc), idcc);
  }
}

const referentiel = () =>
  new ReferentielMemoire({
    entreprises: [{ siret: "80123456700015", etat: "actif", naf: "10.71C", idcc: ["843"] }],
    organismes: [{ siret: "19690049200014", uai: "0693446W", nom: "CFA DES METIERS DE L'ALIMENTATION", ouvert: true }],
    certifications: [
      { rncp: "RNCP37537", cfd: "50022137", intitule: "BOULANGER (CAP)", actif: true, accesApprentissage: true, correspondances: { rncp: ["RNCP37537"], cfd: ["50022137"] } },
    ],
    conventions: [{ idcc: "0843", titre: "Convention collective nationale de la boulangerie-pâtisserie (entreprises artisanales)", enVigueur: true }],
  });

describe("autocompleter", () => {
  it("remplit les blocs employeur et formation à partir du SIRET, du RNCP, de l'UAI et du code postal", async () => {
    const r = await autocompleter(brouillonVide, { siret: "801 234 567 00015", certification: "rncp37537", cfa: "0693446w", codePostal: "69002" }, { referentiel: referentiel(), date: "2026-11-26" });
    const ch = r.brouillon.champs;
    expect(ch["employeur.siret"]).toEqual({ valeur: "80123456700015", provenance: "saisie", date: "2026-11-26" });
    expect(ch["employeur.naf"]).toEqual({ valeur: "10.71C", provenance: "referentiel:mémoire", date: "2026-11-01" });
    expect(ch["employeur.codeIdcc"]?.valeur).toBe("0843");
    expect(ch["employeur.libelleIdcc"]?.valeur).toMatch(/boulangerie/);
    expect(ch["formation.rncp"]?.provenance).toBe("saisie");
    expect(ch["formation.codeDiplome"]?.valeur).toBe("50022137");
    expect(ch["formation.intituleQualification"]?.valeur).toBe("BOULANGER (CAP)");
    expect(ch["organismeFormation.uaiCfa"]).toEqual({ valeur: "0693446W", provenance: "saisie", date: "2026-11-26" });
    expect(ch["organismeFormation.siret"]?.valeur).toBe("19690049200014");
    expect(ch["organismeFormation.denomination"]?.provenance).toBe("referentiel:mémoire");
    expect(ch["employeur.adresse.codePostal"]?.provenance).toBe("saisie");
    expect(ch["employeur.adresse.commune"]?.valeur).toBe("Lyon");
    expect(ch["employeur.adresse.commune"]?.provenance).toBe("referentiel:Codes postaux (@etalab/decoupage-administratif)");
    expect(ch["employeur.adresse.departement"]?.valeur).toBe("69");
    expect(ch["employeur.adresse.region"]).toEqual({ valeur: "84", provenance: "referentiel:Départements et régions (@communs-opco/nomenclatures)", date: null });
    expect(r.consultations.map((c) => [c.demande, c.statut])).toEqual([
      ["entreprise", "trouve"],
      ["convention", "trouve"],
      ["certification", "trouve"],
      ["organisme", "trouve"],
      ["communes", "trouve"],
    ]);
  });

  it("ne remplace pas une valeur saisie, et signale l'écart", async () => {
    const { brouillon } = saisir(brouillonVide, { "employeur.naf": "10.71D", "formation.intituleQualification": "CAP Boulanger" }, "2026-11-20");
    const r = await autocompleter(brouillon, { siret: "80123456700015", certification: "50022137" }, { referentiel: referentiel(), date: "2026-11-26" });
    expect(r.brouillon.champs["employeur.naf"]).toEqual({ valeur: "10.71D", provenance: "saisie", date: "2026-11-20" });
    expect(r.brouillon.champs["formation.intituleQualification"]?.valeur).toBe("CAP Boulanger");
    expect(r.brouillon.champs["formation.codeDiplome"]?.provenance).toBe("saisie");
    expect(r.brouillon.champs["formation.rncp"]?.provenance).toBe("referentiel:mémoire");
    expect(r.conserves.map((c) => c.chemin)).toEqual(["employeur.naf", "formation.intituleQualification"]);
    const force = await autocompleter(brouillon, { siret: "80123456700015" }, { referentiel: referentiel(), date: "2026-11-26", ecraser: "tout" });
    expect(force.brouillon.champs["employeur.naf"]?.valeur).toBe("10.71C");
  });

  it("un identifiant mal formé est saisi tel quel mais pas envoyé au référentiel", async () => {
    const ref = referentiel();
    const r = await autocompleter(brouillonVide, { siret: "80123456700016", cfa: "XYZ", codePostal: "6900" }, { referentiel: ref, date: "2026-11-26" });
    expect(ref.appels).toEqual([]);
    expect(r.consultations.map((c) => [c.demande, c.statut])).toEqual([
      ["entreprise", "invalide"],
      ["organisme", "invalide"],
      ["communes", "invalide"],
    ]);
    expect(r.consultations[0]?.raison).toMatch(/clé/);
    expect(r.brouillon.champs["employeur.siret"]?.valeur).toBe("80123456700016");
  });

  it("absent, indisponible et plusieurs choix sont rapportés sans rien inventer", async () => {
    const horsLigne: PortReferentielFormulaire = {
      entreprise: async () => ({ statut: "indisponible", raison: "en ligne uniquement", source: { nom: "API Entreprise", date: null } }),
      organisme: async (c) => ({ statut: "absent", raison: `${c} absent`, source: { nom: "ACCE", date: "2026-11-26" } }),
      certification: async () => ({
        statut: "trouve",
        valeur: { rncp: "RNCP34567", cfd: null, intitule: "X", actif: false, accesApprentissage: null, correspondances: { rncp: ["RNCP34567"], cfd: ["01022103", "01022104"] } },
        source: { nom: "RNCP", date: "2026-10-01" },
      }),
    };
    const r = await autocompleter(brouillonVide, { siret: "80123456700015", cfa: "19690049200014", certification: "RNCP34567", codePostal: "75011" }, { referentiel: horsLigne, date: "2026-11-26" });
    expect(r.consultations.map((c) => [c.demande, c.statut])).toEqual([
      ["entreprise", "indisponible"],
      ["certification", "trouve"],
      ["organisme", "absent"],
      ["communes", "trouve"],
    ]);
    expect(r.brouillon.champs["employeur.naf"]).toBeUndefined();
    expect(r.brouillon.champs["formation.codeDiplome"]).toBeUndefined();
    const certification = r.consultations.find((c) => c.demande === "certification");
    expect(certification?.choix).toEqual(["01022103", "01022104"]);
    expect(certification?.remarques).toContain("certification inactive (fiche ou diplôme fermé)");
    // 75011 : Paris et son arrondissement, la commune est Paris
    expect(r.brouillon.champs["employeur.adresse.commune"]?.valeur).toBe("Paris");
  });

  it("plusieurs communes pour un code postal : commune à choisir, rien n'est rempli", async () => {
    const r = await autocompleter(brouillonVide, { codePostal: "01400" }, { referentiel: referentiel(), date: "2026-11-26", adresse: "apprenti.adresse" });
    const c = r.consultations[0];
    expect(c?.statut).toBe("trouve");
    expect(c?.choix?.length).toBeGreaterThan(1);
    expect(r.brouillon.champs["apprenti.adresse.commune"]).toBeUndefined();
    expect(r.brouillon.champs["apprenti.adresse.departement"]?.valeur).toBe("01");
    // la région n'est remplie que pour l'adresse de l'employeur
    expect(r.brouillon.champs["apprenti.adresse.region"]).toBeUndefined();
  });
});
