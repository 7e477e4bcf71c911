import { collecterLecture } from "@communs-opco/adaptateur";
import { contratExemple, type Contrat } from "@communs-opco/schemas";
import { PDFBool, PDFDocument, PDFName } from "@cantoo/pdf-lib";
import { describe, expect, it } from "vitest";
import { adaptateurCerfaPdf } from "./adaptateurCerfaPdf.js";
import { chargerModeleCerfa } from "./chargerModeleCerfa.js";
import { lireCerfaPdf } from "./lireCerfaPdf.js";
import { pertesCerfaPdf } from "./pertesCerfaPdf.js";
import { remplirCerfaPdf } from "./remplirCerfaPdf.js";
import { sansChemins } from "../test/sansChemins.js";

const copie = (): Contrat => JSON.parse(JSON.stringify(contratExemple)) as Contrat;

async function formulaire(modifier: (f: ReturnType<PDFDocument["getForm"]>) => void): Promise<Uint8Array> {
  const document = await PDFDocument.load(await chargerModeleCerfa());
  modifier(document.getForm());
  return document.save();
}

describe("remplirCerfaPdf puis lireCerfaPdf", () => {
  it("restitue le contrat d'exemple sur tous les champs que le formulaire porte", async () => {
    const contrat = copie();
    const r = await lireCerfaPdf(await remplirCerfaPdf(contrat));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.valeur).toEqual({ ...sansChemins(contrat, pertesCerfaPdf(contrat)), versionCerfa: "12" });
  });

  it("écrit les conversions du formulaire : dates jj/mm/aaaa, virgule, RNCP sans préfixe, cases, courriel coupé", async () => {
    const contrat = copie();
    contrat.maitre1 = { ...contrat.maitre1, courriel: "paul.dupont@boulangerie-du-parc-de-la-tete-d-or.fr" };
    contrat.employeur!.adresse = { ...contrat.employeur!.adresse, repetitionVoie: "B" };
    const document = await PDFDocument.load(await remplirCerfaPdf(contrat));
    const f = document.getForm();
    expect(f.getTextField("Apprenti Date naissance_af_date").getText()).toBe("14/03/2007");
    expect(f.getTextField("Salaire brut mensuel à l’embauche :").getText()).toBe("477,07");
    expect(f.getTextField("Code RNCP").getText()).toBe("37537");
    expect(f.getTextField("N°").getText()).toBe("12 B");
    expect(f.getTextField("1e année % du *1").getText()).toBe("SMIC");
    expect(f.getTextField("2e année % du").getText()).toBe("51");
    expect(f.getCheckBox("Sexe F").isChecked()).toBe(true);
    expect(f.getCheckBox("Sexe M").isChecked()).toBe(false);
    expect(f.getCheckBox("Travail sur machines dangereuses ou exposition à des risques particuliers : OUI").isChecked()).toBe(true);
    expect(f.getCheckBox("Déclare bénéficier de la reconnaissance travailleur handicapé NON").isChecked()).toBe(true);
    expect(f.getTextField("Maître d’apprentissage n°1 Courriel1").getText()).toBe("paul.dupont");
    expect(f.getTextField("Maître d’apprentissage n°1 Courriel2").getText()).toBe("boulangerie-");
    expect(f.getTextField("Maître d’apprentissage n°1 Courriel2suite").getText()).toBe("du-parc-de-la-tete-d-or.fr");
    expect(f.getTextField("Fait à").getText()).toBe("Lyon");
    const relu = await lireCerfaPdf(await document.save());
    expect(relu.ok && relu.valeur.maitre1?.courriel).toBe("paul.dupont@boulangerie-du-parc-de-la-tete-d-or.fr");
    expect(relu.ok && relu.valeur.employeur?.adresse).toMatchObject({ numero: "12", repetitionVoie: "B" });
  });

  it("conserve les caractères hors de la police du formulaire et demande la régénération des apparences", async () => {
    const contrat = copie();
    contrat.apprenti!.prenom = "Łucja";
    const pdf = await remplirCerfaPdf(contrat);
    const document = await PDFDocument.load(pdf);
    expect(document.getForm().acroForm.dict.get(PDFName.of("NeedAppearances"))).toBe(PDFBool.True);
    const r = await lireCerfaPdf(pdf);
    expect(r.ok && r.valeur.apprenti?.prenom).toBe("Łucja");
  });

  it("prend la ligne 1.1 pour le salaire à l'embauche et le lieu du contrat pour « Fait à » à défaut", async () => {
    const contrat = copie();
    delete contrat.contrat!.salaireEmbauche;
    delete contrat.signatures;
    const r = await lireCerfaPdf(await remplirCerfaPdf(contrat));
    expect(r.ok && r.valeur.contrat?.salaireEmbauche).toBe(477.07);
    expect(r.ok && r.valeur.signatures?.lieu).toBe("Lyon");
  });

  it("écrit par l'adaptateur un PDF par contrat et liste ce qui est perdu", async () => {
    const resultat = await adaptateurCerfaPdf.ecrire!([copie()]);
    expect(resultat.typeMime).toBe("application/pdf");
    expect(resultat.nonTransportes).toContain("maitre1.nir");
    expect(resultat.nonTransportes).toContain("contrat.remunerationsAnnuelles.0.tauxMinimal");
    await expect(adaptateurCerfaPdf.ecrire!([copie(), copie()])).rejects.toThrow(/exactement un contrat/u);
    const bilan = await collecterLecture(adaptateurCerfaPdf.lire({ nom: "contrat.pdf", octets: resultat.octets }));
    expect(bilan).toMatchObject({ total: 1, lus: 1, illisibles: 0 });
  });
});

describe("CERFA 10103*11", () => {
  it("remplit un modèle *11 fourni et le relit : NIR du maître porté, 2e période des taux perdue", async () => {
    const { readFile } = await import("node:fs/promises");
    const modele = new Uint8Array(await readFile(new URL("../test/fixtures/cerfa_10103-11.pdf", import.meta.url)));
    const contrat = copie();
    const r = await lireCerfaPdf(await remplirCerfaPdf(contrat, { modele }), { fichier: "ancien.pdf" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.valeur.versionCerfa).toBeUndefined();
    expect(r.valeur.extensions).toEqual({ "cerfa-pdf:/versionFormulaire": "10103*11" });
    expect(r.valeur.maitre1?.nir).toBe("178056912304519");
    expect(r.valeur.contrat?.modeContractuel).toBeUndefined();
    const pertes = pertesCerfaPdf(contrat, "11");
    expect(pertes).toContain("contrat.remunerationsAnnuelles.1.taux");
    expect(pertes).not.toContain("maitre1.nir");
    expect(r.valeur).toEqual({ ...sansChemins(contrat, pertes), extensions: { "cerfa-pdf:/versionFormulaire": "10103*11" } });
  });
});

describe("lireCerfaPdf sur des formulaires imparfaits", () => {
  it("ne demande pas de régénération quand la police dessine tout", async () => {
    const document = await PDFDocument.load(await remplirCerfaPdf(copie()));
    expect(document.getForm().acroForm.dict.get(PDFName.of("NeedAppearances"))).toBeUndefined();
  });

  it("lit le modèle vierge comme un contrat vide de la version 12", async () => {
    const r = await lireCerfaPdf(await chargerModeleCerfa());
    expect(r).toMatchObject({ ok: true, valeur: { versionCerfa: "12" } });
    expect(r.ok && Object.keys(r.valeur)).toEqual(["versionCerfa"]);
  });

  it("situe une date impossible sur le champ AcroForm qui la porte", async () => {
    const pdf = await formulaire((f) => f.getTextField("Apprenti Date naissance_af_date").setText("31/02/2007"));
    const r = await lireCerfaPdf(pdf, { fichier: "martin.pdf" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.erreur.code).toBe("enregistrement_invalide");
    expect(r.erreur.source).toMatchObject({ fichier: "martin.pdf", pointeur: "/Apprenti Date naissance_af_date", champ: "apprenti.dateNaissance" });
  });

  it("conserve en extension un champ inconnu et deux cases contradictoires", async () => {
    const document = await PDFDocument.load(await chargerModeleCerfa());
    const f = document.getForm();
    const nouveau = f.createTextField("Numéro interne OPCO");
    nouveau.setText("D-2024-0042");
    nouveau.addToPage(document.getPage(0), { x: 10, y: 10, width: 80, height: 12 });
    f.getCheckBox("Sexe F").check();
    f.getCheckBox("Sexe M").check();
    const r = await lireCerfaPdf(await document.save());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.valeur.apprenti?.sexe).toBeUndefined();
    expect(r.valeur.extensions).toEqual({
      "cerfa-pdf:/Numéro interne OPCO": "D-2024-0042",
      "cerfa-pdf:/Sexe F": true,
      "cerfa-pdf:/Sexe M": true,
    });
  });

  it("rend une erreur située pour un fichier vide, un non-PDF ou un PDF sans formulaire CERFA", async () => {
    expect(await lireCerfaPdf(new Uint8Array())).toMatchObject({ ok: false, erreur: { code: "source_vide" } });
    expect(await lireCerfaPdf(new TextEncoder().encode("nom;prenom\nMARTIN;Léa\n"))).toMatchObject({ ok: false, erreur: { code: "syntaxe_invalide" } });
    const vierge = await PDFDocument.create();
    vierge.addPage();
    expect(await lireCerfaPdf(await vierge.save(), { fichier: "x.pdf" })).toMatchObject({
      ok: false,
      erreur: { code: "structure_invalide", source: { fichier: "x.pdf" } },
    });
  });

  it("détecte un PDF à formulaire CERFA", async () => {
    const octets = await chargerModeleCerfa();
    const texte = new TextDecoder("latin1").decode(octets);
    expect(adaptateurCerfaPdf.detecter!({ nom: "c.pdf", octets, texte })).toBeGreaterThan(0.5);
    expect(adaptateurCerfaPdf.detecter!({ nom: "c.csv", octets, texte: "a;b\n" })).toBe(0);
  });
});
