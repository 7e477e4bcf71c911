import { verifierNir, verifierSiret, verifierUai } from "@communs-opco/identifiants";
import { convention, opcoParIdcc, resoudreOpco } from "@communs-opco/nomenclatures";
import { chargerInstantaneEmbarque, ReferentielHorsLigne, registrePrepaiement } from "@communs-opco/referentiels";
import { evaluerRegles, evaluerReglesAsync, registreContrat, type Constat } from "@communs-opco/regles";
import { lireContrat } from "@communs-opco/schemas";
import { describe, expect, it } from "vitest";
import { defautsDemo } from "./defautsDemo";
import { donneesDemo } from "./donneesDemo";
import { genererContratsDemo, type LigneDemo } from "./genererContratsDemo";
import { organismesDemo } from "./organismesDemo";

const DATE = "2025-11-03";
const lignes: LigneDemo[] = [...genererContratsDemo({ nombre: 300, graine: 2025 })];
const instantane = await chargerInstantaneEmbarque();
const referentiel = new ReferentielHorsLigne(instantane);
const registreAvantPaiement = registrePrepaiement();
const avantPaiement = async (contrat: object): Promise<readonly Constat[]> =>
  (await evaluerReglesAsync(registreAvantPaiement, contrat, { dateEvaluation: DATE, ports: { referentiel } })).constats;

describe("genererContratsDemo", () => {
  it("est reproductible : même graine, même sortie ; autre graine, autre sortie", () => {
    const encore = [...genererContratsDemo({ nombre: 300, graine: 2025 })].map((l) => l.texte);
    expect(encore).toEqual(lignes.map((l) => l.texte));
    const autre = [...genererContratsDemo({ nombre: 20, graine: "autre" })].map((l) => l.texte);
    expect(autre).not.toEqual(lignes.slice(0, 20).map((l) => l.texte));
    expect([...genererContratsDemo({ nombre: 20, graine: "autre" })].map((l) => l.texte)).toEqual(autre);
  });

  it("couvre les 11 OPCO avec des IDCC réels qui leur sont rattachés", () => {
    for (const s of donneesDemo.secteurs) expect(opcoParIdcc(s.idcc)?.slug).toBe(s.opco);
    expect(new Set(donneesDemo.secteurs.map((s) => s.opco)).size).toBe(11);
    const opcos = new Set(lignes.filter((l) => l.defaut === null).map((l) => opcoParIdcc((JSON.parse(l.texte) as { employeur: { codeIdcc: string } }).employeur.codeIdcc)?.slug));
    expect(opcos.size).toBe(11);
  });

  it("produit des contrats conformes : identifiants à clé valide, schéma strict et aucun constat des règles", () => {
    const conformes = lignes.filter((l) => l.defaut === null);
    expect(conformes.length).toBeGreaterThan(120);
    for (const ligne of conformes) {
      const lu = lireContrat(JSON.parse(ligne.texte));
      expect(lu.ok && lu.avertissements).toEqual([]);
      if (!lu.ok) continue;
      const c = lu.contrat;
      expect(verifierSiret(c.employeur?.siret ?? "").valide).toBe(true);
      expect(verifierSiret(c.organismeFormation?.siret ?? "").valide).toBe(true);
      expect(verifierUai(c.organismeFormation?.uaiCfa ?? "").valide).toBe(true);
      expect(verifierNir(c.apprenti?.nir ?? "").valide).toBe(true);
      const constats = evaluerRegles(registreContrat, c, { dateEvaluation: DATE }).constats;
      expect(constats.map((k) => `${k.regle} : ${k.message}`)).toEqual([]);
    }
  });

  it("contrats conformes sur l'instantané embarqué : aucune vérification avant paiement bloquante, CFA et certification prouvés", async () => {
    const conformes = lignes.filter((l) => l.defaut === null);
    const prouvees = ["prepaiement.identifiants.syntaxe", "prepaiement.certification.existence", "prepaiement.certification.apprentissage", "prepaiement.certification.dates", "prepaiement.cfa.connu"];
    for (const ligne of conformes) {
      const constats = await avantPaiement(JSON.parse(ligne.texte) as object);
      expect(constats.filter((k) => k.severite === "bloquant" && k.statut === "non_conforme").map((k) => `${k.regle} : ${k.message}`)).toEqual([]);
      expect(constats.filter((k) => prouvees.includes(k.regle)).map((k) => `${k.regle} : ${k.message}`)).toEqual([]);
      // Le SIRET de l'employeur est fictif : son activité ne se vérifie qu'en ligne (API Entreprise).
      expect(constats.find((k) => k.regle === "prepaiement.siret.actif")?.statut).toBe("indetermine");
      // Qualiopi est prouvé, mais l'export du Référentiel n'a pas de NDA : hors ligne, ce point reste indéterminé.
      expect(constats.filter((k) => k.regle === "prepaiement.qualiopi").map((k) => [k.statut, k.message.includes("NDA non renseigné")])).toEqual([["indetermine", true]]);
    }
    expect(conformes.filter((l) => (JSON.parse(l.texte) as { etablissementFormation: { memeResponsable: boolean } }).etablissementFormation.memeResponsable === false).length).toBeGreaterThan(10);
  });

  it("certifications du Kit présentes dans l'instantané, actives, ouvertes à l'apprentissage et valables à la rentrée 2025", () => {
    for (const s of donneesDemo.secteurs) {
      for (const f of s.formations) {
        const kit = instantane.cfdRncp.find((k) => k.rncp === f.rncp && k.cfd === f.codeDiplome);
        expect(kit, `${f.rncp} / ${f.codeDiplome}`).toMatchObject({ actif: true, accesApprentissage: true });
        expect(kit?.dateEcheance === null || (kit?.dateEcheance ?? "") >= "2025-10-31", f.rncp).toBe(true);
        const bcn = instantane.diplomes.find((d) => d.cfd === f.codeDiplome);
        expect(bcn?.dateFermeture ?? null, f.codeDiplome).toBeNull();
      }
    }
  });

  it("IDCC des employeurs : conventions en vigueur, rattachées à l'OPCO du secteur dans la table IDCC → OPCO de l'instantané", () => {
    for (const s of donneesDemo.secteurs) {
      expect(convention(s.idcc)?.enVigueur, s.idcc).toBe(true);
      const couple = instantane.idccOpco.find((r) => r.idcc === s.idcc);
      expect(resoudreOpco(couple?.opco ?? "")?.slug, s.idcc).toBe(s.opco);
    }
  });

  it("organismes réels : chacun est retrouvé dans l'instantané embarqué avec la même nature, le même état et le même Qualiopi", async () => {
    expect(organismesDemo.organismes.length).toBeGreaterThan(200);
    for (const o of organismesDemo.organismes) {
      const r = await referentiel.organisme(o.siret);
      expect(r.statut, o.siret).toBe("trouve");
      if (r.statut !== "trouve") continue;
      expect({ nature: r.valeur.nature, ouvert: r.valeur.ouvert, qualiopi: r.valeur.qualiopi, uai: r.valeur.uai }, o.siret).toEqual({ nature: o.nature, ouvert: o.etat === "actif", qualiopi: o.qualiopi, uai: o.uai });
      for (const lieu of o.lieux) expect(r.valeur.lieuxUai, o.siret).toContain(lieu.uai);
    }
  });

  it("chaque famille de défauts est présente et détectée par une règle de la spécification attendue (contrat ou avant paiement)", async () => {
    const specParRegle = new Map([...registreContrat.regles, ...registreAvantPaiement.regles].map((r) => [r.id, r.idSpecification ?? []]));
    for (const defaut of defautsDemo) {
      const porteurs = lignes.filter((l) => l.defaut?.id === defaut.id);
      expect(porteurs.length, defaut.id).toBeGreaterThan(0);
      for (const ligne of porteurs) {
        if (defaut.illisible) {
          expect(() => JSON.parse(ligne.texte), defaut.id).toThrow();
          continue;
        }
        const lu = lireContrat(JSON.parse(ligne.texte));
        expect(lu.ok, defaut.id).toBe(true);
        if (!lu.ok) continue;
        const constats = [...evaluerRegles(registreContrat, lu.contrat, { dateEvaluation: DATE }).constats, ...(await avantPaiement(lu.contrat))];
        const specs = constats.filter((k) => k.statut === (defaut.statutHorsLigne ?? "non_conforme")).flatMap((k) => [...(specParRegle.get(k.regle) ?? [])]);
        expect(specs.some((s) => defaut.idSpecification.includes(s)), `${defaut.id} : ${constats.map((k) => k.regle).join(", ")}`).toBe(true);
      }
    }
  });
});
