import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { autocompleter, brouillonVide, completudeBrouillon, type PortReferentielFormulaire } from "@communs-opco/formulaire";
import { chargerInstantaneEmbarque, referentielMixte, ReferentielEnMemoire, ReferentielHorsLigne } from "@communs-opco/referentiels";
import { describe, expect, it } from "vitest";
import { contexteCliCapture } from "../contexteCliCapture";
import { executerCli } from "../executerCli";

function contexte(repertoire = process.cwd()) {
  return contexteCliCapture({ repertoire });
}

interface SortieJson {
  date: string;
  brouillon: Record<string, { valeur: unknown; provenance: string; date: string | null }>;
  completude: { blocs: { bloc: string; pourcentage: number; champs: number; invalides: number }[]; complet: boolean };
  consultations: { demande: string; statut: string; source: string | null }[];
  conserves: { chemin: string }[];
}

async function completerJson(args: string[], repertoire?: string): Promise<SortieJson> {
  const c = contexte(repertoire);
  expect(await executerCli(["completer", ...args, "--date", "2026-11-26", "--json"], c)).toBe(0);
  return JSON.parse(c.sortie.join("")) as SortieJson;
}

describe("port de référentiel du formulaire", () => {
  it("les implémentations de @communs-opco/referentiels satisfont le port structurel du formulaire", async () => {
    const horsLigne = new ReferentielHorsLigne(await chargerInstantaneEmbarque());
    const enMemoire = new ReferentielEnMemoire("Recherche d'entreprises (jeu d'essai)", {
      entreprises: { "80123456700015": { siret: "80123456700015", etat: "actif", naf: "10.71C", idcc: ["3248"] } },
    }, "2026-11-20");
    // vérifié à la compilation : chaque implémentation est assignable au port
    const ports: PortReferentielFormulaire[] = [horsLigne, enMemoire, referentielMixte(horsLigne, enMemoire)];
    const mixte = ports[2] as PortReferentielFormulaire;
    const r = await autocompleter(brouillonVide, { siret: "80123456700015", certification: "50022137" }, { referentiel: mixte, date: "2026-11-26" });
    const ch = r.brouillon.champs;
    // entreprise : hors ligne indisponible, donc source en ligne (mixte)
    expect(ch["employeur.naf"]).toEqual({ valeur: "10.71C", provenance: "referentiel:Recherche d'entreprises (jeu d'essai)", date: "2026-11-20" });
    expect(ch["employeur.codeIdcc"]?.valeur).toBe("3248");
    // libellé de la convention : KALI de l'instantané embarqué
    expect(ch["employeur.libelleIdcc"]?.valeur).toMatch(/^Convention collective nationale de la métallurgie/);
    expect(ch["employeur.libelleIdcc"]?.provenance).toBe("referentiel:KALI (Légifrance)");
    expect(ch["formation.rncp"]?.valeur).toBe("RNCP37537");
    expect(ch["formation.codeDiplome"]?.provenance).toBe("saisie");
  });
});

describe("opco completer", () => {
  it("autocomplète un brouillon depuis les identifiants avec le référentiel embarqué (provenance et complétude par bloc)", async () => {
    const s = await completerJson(["--siret", "80123456700015", "--rncp", "RNCP37537", "--uai", "0010001W", "--code-postal", "69002"]);
    expect(s.brouillon["employeur.siret"]).toEqual({ valeur: "80123456700015", provenance: "saisie", date: "2026-11-26" });
    expect(s.brouillon["formation.codeDiplome"]).toEqual({ valeur: "50022137", provenance: "referentiel:Kit apprentissage", date: "2025-01-31" });
    expect(s.brouillon["formation.intituleQualification"]?.valeur).toBe("BOULANGER (CAP)");
    // Date de la source ACCE de l'instantané embarqué (date des données, sinon date d'import) : suit les reconstructions de l'instantané.
    const acce = (await chargerInstantaneEmbarque()).sources.find((x) => x.type === "acce");
    const dateAcce = acce?.dateDonnees ?? acce?.importeLe.slice(0, 10);
    expect(dateAcce).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(s.brouillon["organismeFormation.siret"]).toEqual({ valeur: "19010001600012", provenance: "referentiel:ACCE (Éducation nationale)", date: dateAcce });
    expect(s.brouillon["organismeFormation.denomination"]?.valeur).toMatch(/Alexandre Bérard/);
    expect(s.brouillon["employeur.adresse.commune"]?.valeur).toBe("Lyon");
    expect(s.consultations.map((c) => [c.demande, c.statut])).toEqual([
      ["entreprise", "indisponible"],
      ["certification", "trouve"],
      ["organisme", "trouve"],
      ["communes", "trouve"],
    ]);
    const formation = s.completude.blocs.find((b) => b.bloc === "formation");
    // rncp, codeDiplome, intitulé, SIRET, UAI, dénomination du CFA
    expect(formation?.champs).toBe(14);
    expect(formation?.invalides).toBe(8);
    expect(formation?.pourcentage).toBe(42);
    expect(s.completude.blocs.find((b) => b.bloc === "employeur")?.pourcentage).toBe(23);
    expect(s.completude.complet).toBe(false);
  });

  it("reprend les profils récurrents sans écraser les identifiants saisis, et masque les données personnelles", async () => {
    const dossier = mkdtempSync(join(tmpdir(), "opco-completer-"));
    writeFileSync(
      join(dossier, "employeur.json"),
      JSON.stringify({
        nom: "boulangerie-du-parc",
        type: "employeur",
        miseAJour: "2026-01-15",
        champs: { siret: "80123456700023", denomination: "BOULANGERIE DU PARC", naf: "10.71C", codeIdcc: "3248", privePublic: "prive" },
      }),
    );
    writeFileSync(
      join(dossier, "maitre.json"),
      JSON.stringify({ nom: "paul", type: "maitre", miseAJour: "2025-12-01", champs: { nom: "DUPONT", prenom: "Paul", dateNaissance: "1978-05-02", courriel: "paul.dupont@example.fr" } }),
    );
    const s = await completerJson(["--siret", "80123456700015", "--profil", "employeur.json", "--profil", "maitre.json"], dossier);
    // le SIRET saisi l'emporte sur celui du profil (appliqué avant) : la saisie remplace, et non l'inverse
    expect(s.brouillon["employeur.siret"]).toEqual({ valeur: "80123456700015", provenance: "saisie", date: "2026-11-26" });
    expect(s.brouillon["employeur.denomination"]).toEqual({ valeur: "BOULANGERIE DU PARC", provenance: "profil:boulangerie-du-parc", date: "2026-01-15" });
    expect(s.brouillon["employeur.libelleIdcc"]?.provenance).toBe("referentiel:KALI (Légifrance)");
    expect(s.brouillon["maitre1.nom"]?.valeur).toBe("D***");
    expect(s.brouillon["maitre1.dateNaissance"]?.valeur).toBe("1978-**-**");
    expect(s.brouillon["maitre1.courriel"]?.valeur).toBe("p***@example.fr");
    const enClair = contexte(dossier);
    expect(await executerCli(["completer", "--siret", "80123456700015", "--profil", "maitre.json", "--date", "2026-11-26", "--en-clair"], enClair)).toBe(0);
    expect(enClair.sortie.join("")).toContain('maitre1.nom = "DUPONT"  [profil:paul, 2025-12-01]');
  });

  it("sortie texte : consultations, complétude par bloc et provenance de chaque champ", async () => {
    const c = contexte();
    expect(await executerCli(["completer", "--siret", "80123456700015", "--rncp", "50022137", "--date", "2026-11-26"], c)).toBe(0);
    const texte = c.sortie.join("");
    expect(texte).toContain("entreprise 80123456700015 : indisponible — API Entreprise");
    expect(texte).toMatch(/^  certification 50022137 : trouvé — /m);
    expect(texte).not.toMatch(/ : (trouve|indetermine) /);
    expect(texte).toContain("[formation] ");
    expect(texte).toContain('formation.rncp = "RNCP37537"  [referentiel:BCN (Éducation nationale)');
    expect(texte).toContain('formation.codeDiplome = "50022137"  [saisie, 2026-11-26]');
  });

  it("erreurs d'utilisation : SIRET manquant, date invalide, profil illisible ou mal formé, instantané introuvable", async () => {
    const dossier = mkdtempSync(join(tmpdir(), "opco-completer-"));
    writeFileSync(join(dossier, "faux.json"), JSON.stringify({ nom: "x", type: "autre", champs: {} }));
    for (const [args, message] of [
      [[], "--siret obligatoire"],
      [["--siret", "80123456700015", "--date", "2026-13"], "date invalide"],
      [["--siret", "80123456700015", "--profil", "absent.json"], "profil illisible"],
      [["--siret", "80123456700015", "--profil", "faux.json"], "attendu { nom, type"],
      [["--siret", "80123456700015", "--referentiel", "dossier-inexistant"], ""],
    ] as const) {
      const c = contexte(dossier);
      expect(await executerCli(["completer", ...args], c)).toBe(2);
      expect(c.erreurs.join("")).toContain(message);
    }
  });

  it("un brouillon issu du référentiel embarqué a une complétude cohérente avec le moteur de règles", async () => {
    const referentiel = new ReferentielHorsLigne(await chargerInstantaneEmbarque());
    const r = await autocompleter(brouillonVide, { certification: "RNCP37537" }, { referentiel, date: "2026-11-26" });
    const formation = completudeBrouillon(r.brouillon).blocs.find((b) => b.bloc === "formation");
    expect(formation?.provenances).toEqual({ saisie: 1, profil: 0, referentiel: 2, deduction: 0 });
    expect(formation?.chemins).not.toContain("formation.rncp");
    expect(formation?.chemins).not.toContain("formation.codeDiplome");
  });
});
