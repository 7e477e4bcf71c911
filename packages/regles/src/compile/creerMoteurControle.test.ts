import { lireContrat } from "@communs-opco/schemas";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import demo from "../../../cli/data/contrats-demo.jsonl?raw";
import type { ContexteEvaluation } from "../ContexteEvaluation";
import { champsObligatoires } from "../contrat/champsObligatoires";
import { estDateIso } from "../dates/estDateIso";
import { evaluerRegles } from "../evaluerRegles";
import { registreContrat } from "../registreContrat";
import { contratConforme } from "../test/contratConforme";
import { creerMoteurControle } from "./creerMoteurControle";
import { joursDepuisEpoque } from "./joursDepuisEpoque";
import { creerVueContrat } from "./VueContrat";
import { calculerRemuneration } from "../remuneration/calculerRemuneration";
import { lireContratRemuneration } from "../remuneration/regles/lireContratRemuneration";

/** Dates d'évaluation et cadres : saisie, revalidation, date d'évaluation invalide. */
const contextes: ContexteEvaluation[] = [
  { dateEvaluation: "2025-11-03" },
  { dateEvaluation: "2025-08-25", cadre: "saisie" },
  { dateEvaluation: "2024-01-15", cadre: "revalidation" },
  { dateEvaluation: "2025-02-30" },
];
const moteurs = contextes.map((c) => creerMoteurControle(c));

/** Le chemin rapide et le chemin interprété donnent le même résultat, octet pour octet. */
function verifierEquivalence(contrat: object, nombreContextes = contextes.length): void {
  for (let i = 0; i < nombreContextes; i++) {
    const attendu = JSON.stringify(evaluerRegles(registreContrat, contrat, contextes[i] as ContexteEvaluation));
    expect(JSON.stringify((moteurs[i] as ReturnType<typeof creerMoteurControle>).evaluer(contrat))).toBe(attendu);
  }
}

/**
 * Chemin rapide complet (validateur compilé + vue + gardes) contre chemin d'explication
 * (`lireContrat` puis `evaluerRegles`) sur une valeur JSON : même lecture (erreurs, avertissements),
 * mêmes constats octet pour octet. Renvoie vrai si le validateur compilé a accepté la valeur telle quelle.
 */
function verifierCheminRapide(valeur: unknown, nombreContextes = contextes.length): boolean {
  const explication = lireContrat(valeur);
  let accepte = false;
  for (let i = 0; i < nombreContextes; i++) {
    const moteur = moteurs[i] as ReturnType<typeof creerMoteurControle>;
    const rapide = moteur.lire(valeur);
    expect(rapide.ok).toBe(explication.ok);
    if (!rapide.ok || !explication.ok) {
      expect(JSON.stringify(rapide)).toBe(JSON.stringify(explication));
      continue;
    }
    accepte = rapide.contrat === valeur;
    expect(JSON.stringify(rapide.avertissements)).toBe(JSON.stringify(explication.avertissements));
    const attendu = JSON.stringify(evaluerRegles(registreContrat, explication.contrat, contextes[i] as ContexteEvaluation));
    expect(JSON.stringify(moteur.evaluer(rapide.contrat, rapide.vue))).toBe(attendu);
  }
  return accepte;
}

const dates = fc.integer({ min: joursDepuisEpoque("2023-12-25"), max: joursDepuisEpoque("2026-01-10") }).map((j) => new Date(j * 86_400_000).toISOString().slice(0, 10));
const valeurQuelconque = fc.oneof(
  dates,
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -1000, max: 100_000 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom("2025-02-30", "2024-02-29", "1900-01-01", "2099-12-31", "01/09/2025", "", "  ", " 2025-09-01", "2025-9-01", "31", "11", "38"),
);
const chemins = [...new Set([...champsObligatoires.map((c) => c.chemin), ...registreContrat.regles.flatMap((r) => r.chemins), "contrat.typeContratApp"])];

function poser(objet: Record<string, unknown>, chemin: string, valeur: unknown): void {
  const cles = chemin.split(".");
  let courant: Record<string, unknown> = objet;
  for (const cle of cles.slice(0, -1)) {
    const suivant = courant[cle];
    if (typeof suivant !== "object" || suivant === null || Array.isArray(suivant)) courant[cle] = {};
    courant = courant[cle] as Record<string, unknown>;
  }
  courant[cles[cles.length - 1] as string] = valeur;
}

describe("moteur compilé : mêmes constats que le chemin interprété", () => {
  it("numéros de jour : même ordre que les dates ISO, NaN pour une date invalide", () => {
    expect(joursDepuisEpoque("1970-01-01")).toBe(0);
    expect(joursDepuisEpoque("2000-03-01") - joursDepuisEpoque("2000-02-28")).toBe(2);
    expect(joursDepuisEpoque("1900-03-01") - joursDepuisEpoque("1900-02-28")).toBe(1);
    for (const invalide of ["2025-02-29", "2025-13-01", "2025-00-10", " 2025-01-01", "2025-1-01", "", undefined, 20250101]) expect(joursDepuisEpoque(invalide)).toBeNaN();
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (j) => {
        const iso = new Date(j * 86_400_000).toISOString().slice(0, 10);
        expect(joursDepuisEpoque(iso)).toBe(j);
      }),
      { numRuns: 2000, seed: 12 },
    );
  });

  it("estDateIso sans expression régulière : même verdict que la forme AAAA-MM-JJ vérifiée au calendrier", () => {
    const reference = (v: string) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
      if (m === null) return false;
      const [annee, mois, jour] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const bissextile = (annee % 4 === 0 && annee % 100 !== 0) || annee % 400 === 0;
      const max = mois === 2 ? (bissextile ? 29 : 28) : [4, 6, 9, 11].includes(mois) ? 30 : 31;
      return mois >= 1 && mois <= 12 && jour >= 1 && jour <= max;
    };
    const caractere = fc.constantFrom("0", "1", "2", "3", "9", "-", " ", "٣", "\n", "a");
    const texte = fc.oneof(fc.array(caractere, { minLength: 8, maxLength: 12 }).map((c) => c.join("")), fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([a, m, j]) => `${String(a).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(j).padStart(2, "0")}`));
    fc.assert(
      fc.property(texte, (v) => {
        expect(estDateIso(v)).toBe(reference(v));
      }),
      { numRuns: 5000, seed: 44 },
    );
  });

  it("jeu de démonstration (500 contrats), brut et lu par le schéma", () => {
    const lignes = demo.split("\n").filter((l) => l.trim() !== "");
    expect(lignes.length).toBe(500);
    for (const ligne of lignes) {
      let valeur: unknown;
      try {
        valeur = JSON.parse(ligne);
      } catch {
        continue; // ligne volontairement illisible
      }
      if (typeof valeur !== "object" || valeur === null) continue;
      // Brut : date du jour du jeu ; lu par le schéma (ce que contrôle opco controle) : saisie et revalidation.
      verifierEquivalence(valeur, 1);
      const lu = lireContrat(valeur);
      if (lu.ok) verifierEquivalence(lu.contrat, 3);
    }
  }, 180_000);

  it("jeu de démonstration par le chemin rapide (validateur compilé + vue) : mêmes lectures et constats que lireContrat + evaluerRegles", () => {
    let acceptes = 0;
    for (const ligne of demo.split("\n").filter((l) => l.trim() !== "")) {
      let valeur: unknown;
      try {
        valeur = JSON.parse(ligne);
      } catch {
        continue;
      }
      if (verifierCheminRapide(valeur, 2)) acceptes++;
    }
    // Le jeu de démonstration est au standard : le validateur compilé en accepte l'essentiel tel quel.
    expect(acceptes).toBeGreaterThan(400);
  }, 180_000);

  it("chemin rapide sur des contrats mutés (valeurs JSON) : mêmes lectures et constats", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...chemins), valeurQuelconque), { minLength: 0, maxLength: 6 }), (modifications) => {
        const contrat = contratConforme() as unknown as Record<string, unknown>;
        for (const [chemin, valeur] of modifications) poser(contrat, chemin, valeur);
        verifierCheminRapide(JSON.parse(JSON.stringify(contrat)));
      }),
      { numRuns: 300, seed: 4242 },
    );
  }, 120_000);

  it("applicabilité lue sur la vue (applicableVue) : même décision que applicable, sur le jeu de démonstration et des contrats mutés", () => {
    const avecVue = registreContrat.regles.filter((r) => r.nature === "synchrone" && r.applicableVue !== undefined);
    expect(avecVue.length).toBeGreaterThan(0);
    const comparer = (contrat: object): void => {
      const vue = creerVueContrat(contrat, joursDepuisEpoque("2025-11-03"));
      for (const r of avecVue) {
        if (r.nature !== "synchrone") continue;
        expect({ id: r.id, applicable: r.applicableVue?.(vue) }).toEqual({ id: r.id, applicable: r.applicable === undefined ? true : r.applicable(contrat, contextes[0] as ContexteEvaluation) });
      }
    };
    for (const ligne of demo.split("\n").filter((l) => l.trim() !== "")) {
      try {
        const valeur: unknown = JSON.parse(ligne);
        if (typeof valeur === "object" && valeur !== null) comparer(valeur);
      } catch {
        // ligne volontairement illisible
      }
    }
    const cheminsApplicabilite = ["employeur.privePublic", "employeur.typeEmployeur", "employeur.codeIdcc", "employeur", "contrat.remunerationsAnnuelles", "contrat.remunerationsAnnuelles.0.taux", "contrat.remunerationsAnnuelles.0.dateDebut", "apprenti.dateNaissance", "contrat.dateDebutContrat", "contrat.dateFinContrat"];
    const valeurs = fc.oneof(valeurQuelconque, fc.constantFrom("public", "prive", true, false, "21", " 29 ", 21, "9999", "999", " 9998", [], [{}], {}));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...cheminsApplicabilite), valeurs), { minLength: 1, maxLength: 5 }), (modifications) => {
        const contrat = contratConforme() as unknown as Record<string, unknown>;
        for (const [chemin, valeur] of modifications) poser(contrat, chemin, valeur);
        comparer(contrat);
        verifierEquivalence(contrat, 1);
      }),
      { numRuns: 400, seed: 1212 },
    );
  }, 120_000);

  it("mutations : champs du contrat conforme remplacés par des dates proches, des valeurs limites ou quelconques", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...chemins), valeurQuelconque), { minLength: 1, maxLength: 8 }), (modifications) => {
        const contrat = contratConforme() as unknown as Record<string, unknown>;
        for (const [chemin, valeur] of modifications) poser(contrat, chemin, valeur);
        verifierEquivalence(contrat);
      }),
      { numRuns: 300, seed: 2026 },
    );
  }, 120_000);

  it("dates du contrat tirées dans une fenêtre courte (égalités et bornes fréquentes)", () => {
    const cheminsDates = ["contrat.dateDebutContrat", "contrat.dateFinContrat", "contrat.dateSignature", "contrat.dateEffetAvenant", "contrat.dateDebutFormationPratique", "apprenti.dateNaissance", "maitre1.dateNaissance", "maitre2.dateNaissance", "formation.dateDebutFormation", "formation.dateFinFormation"];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...cheminsDates), dates)), fc.constantFrom("11", "21", "31", "35", "38", "99"), (modifications, type) => {
        const contrat = contratConforme() as unknown as Record<string, unknown>;
        poser(contrat, "contrat.typeContratApp", type);
        for (const [chemin, valeur] of modifications) poser(contrat, chemin, valeur);
        verifierEquivalence(contrat);
      }),
      { numRuns: 300, seed: 12 },
    );
  }, 120_000);

  it("bornes juridiques : âges et durées au jour près (anniversaires, 29 février, mois incomplets)", () => {
    const jour = (iso: string) => joursDepuisEpoque(iso);
    const iso = (j: number) => new Date(j * 86_400_000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(
        fc.integer({ min: jour("2023-01-01"), max: jour("2026-12-31") }),
        fc.constantFrom(14, 15, 16, 17, 28, 29, 30, 31, 35, 36),
        fc.integer({ min: -3, max: 3 }),
        fc.boolean(),
        fc.constantFrom(5, 6, 12, 35, 36, 37, 48, 49),
        fc.integer({ min: -3, max: 3 }),
        fc.constantFrom("11", "21", "33", "35"),
        (debut, annees, decalage, bissextile, mois, decalageFin, type) => {
          const contrat = contratConforme() as unknown as Record<string, unknown>;
          const d = new Date(debut * 86_400_000);
          const naissance = bissextile ? `${2024 - 4 * Math.round(annees / 4)}-02-29` : iso(Date.UTC(d.getUTCFullYear() - annees, d.getUTCMonth(), d.getUTCDate()) / 86_400_000 + decalage);
          const fin = iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + mois, d.getUTCDate()) / 86_400_000 + decalageFin);
          poser(contrat, "contrat.dateDebutContrat", iso(debut));
          poser(contrat, "contrat.dateSignature", iso(debut - 10));
          poser(contrat, "contrat.dateFinContrat", fin);
          poser(contrat, "apprenti.dateNaissance", naissance);
          poser(contrat, "contrat.typeContratApp", type);
          verifierEquivalence(contrat, 2);
        },
      ),
      { numRuns: 300, seed: 35 },
    );
  }, 120_000);

  it("rémunération : lignes déclarées au minimum légal ± 1 point (anniversaires, années d'exécution, 29 février, majorations, dérogations 21/50, RQTH)", () => {
    const iso = (j: number) => new Date(j * 86_400_000).toISOString().slice(0, 10);
    const REMUNERATION = new Set(["remuneration.taux.minimum", "remuneration.base.smc", "remuneration.salaireEmbauche.coherence"]);
    let sansConstatRemuneration = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: joursDepuisEpoque("2019-01-01"), max: joursDepuisEpoque("2026-12-31") }),
        fc.constantFrom(15, 16, 17, 18, 20, 21, 25, 26, 30),
        fc.integer({ min: -40, max: 40 }),
        fc.boolean(),
        fc.constantFrom(6, 11, 12, 13, 24, 36, 48, 54),
        fc.integer({ min: -2, max: 2 }),
        fc.record({
          derogation: fc.constantFrom(undefined, "21", "50"),
          moisFormation: fc.integer({ min: 6, max: 60 }),
          rqth: fc.constantFrom(false, false, true),
          typeContrat: fc.constantFrom("11", "11", "21", "34"),
          publique: fc.constantFrom(false, false, true),
          majoration: fc.constantFrom(0, 10, 20),
          typeDiplome: fc.constantFrom("41", "54", "33"),
          smc: fc.constantFrom(undefined, 1500, 1900, 2600),
          departement: fc.constantFrom("75", "976"),
          signature: fc.integer({ min: -500, max: 0 }),
          ecartTaux: fc.constantFrom(0, 0, 0, 1, -1),
          ligneRetouchee: fc.nat(5),
          ecartDate: fc.constantFrom(0, 0, 0, 1, -1),
          inverserBase: fc.constantFrom(false, false, false, true),
          ecartEmbauche: fc.constantFrom(0, 0, 0.01, -0.01, -0.02),
        }),
        (debut, annees, decalage, bissextile, mois, decalageFin, o) => {
          const contrat = contratConforme() as unknown as Record<string, unknown>;
          const d = new Date(debut * 86_400_000);
          const naissance = bissextile ? `${2024 - 4 * Math.round((d.getUTCFullYear() - 2024 + annees) / 4)}-02-29` : iso(Date.UTC(d.getUTCFullYear() - annees, d.getUTCMonth(), d.getUTCDate()) / 86_400_000 + decalage);
          const fin = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + mois, d.getUTCDate()) / 86_400_000 - 1 + decalageFin;
          poser(contrat, "contrat.dateDebutContrat", iso(debut));
          poser(contrat, "contrat.dateDebutFormationPratique", iso(debut));
          poser(contrat, "contrat.dateSignature", iso(debut + o.signature));
          poser(contrat, "contrat.dateFinContrat", iso(fin));
          poser(contrat, "apprenti.dateNaissance", naissance);
          poser(contrat, "apprenti.handicap", o.rqth);
          poser(contrat, "contrat.typeContratApp", o.typeContrat);
          poser(contrat, "employeur.adresse.departement", o.departement);
          poser(contrat, "employeur.adresse.codePostal", o.departement === "976" ? "97600" : "75011");
          poser(contrat, "formation.typeDiplome", o.typeDiplome);
          poser(contrat, "formation.dateDebutFormation", iso(debut));
          poser(contrat, "formation.dateFinFormation", iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + o.moisFormation, d.getUTCDate()) / 86_400_000 - 1));
          if (o.derogation !== undefined) poser(contrat, "contrat.typeDerogation", o.derogation);
          if (o.smc !== undefined) poser(contrat, "contrat.smc", o.smc);
          if (o.publique) {
            poser(contrat, "employeur.privePublic", "public");
            poser(contrat, "employeur.typeEmployeur", "21");
            poser(contrat, "contrat.remunerationMajoration", o.majoration);
          }
          // Lignes déclarées tirées du minimum légal calculé en texte, puis retouchées d'un point ou d'un jour.
          const lu = lireContratRemuneration(contrat as never);
          const legale = "entree" in lu ? calculerRemuneration(lu.entree) : undefined;
          if (legale?.statut === "calculee") {
            const lignes = legale.periodes.map((p, i) => {
              const retouchee = i === o.ligneRetouchee % legale.periodes.length;
              const base = retouchee && o.inverserBase ? (p.base === "SMC" ? "SMIC" : "SMC") : p.base;
              return {
                ordre: p.numero,
                dateDebut: retouchee ? iso(joursDepuisEpoque(p.debut) + o.ecartDate) : p.debut,
                dateFin: p.fin,
                taux: (p.tauxAvecMajorationDeclaree ?? p.tauxMinimal) + (retouchee ? o.ecartTaux : 0),
                typeSalaire: base,
                salaireBrut: p.salaireBrut,
              };
            });
            poser(contrat, "contrat.remunerationsAnnuelles", lignes);
            poser(contrat, "contrat.salaireEmbauche", Math.round(((legale.periodes[0]?.salaireBrut ?? 0) + o.ecartEmbauche) * 100) / 100);
          }
          verifierEquivalence(contrat, 2);
          const r = (moteurs[0] as ReturnType<typeof creerMoteurControle>).evaluer(contrat);
          if (!r.constats.some((c) => REMUNERATION.has(c.regle))) sansConstatRemuneration++;
        },
      ),
      { numRuns: 400, seed: 2026 },
    );
    // Une bonne part des contrats passent les trois gardes : la voie « conforme » est exercée.
    expect(sansConstatRemuneration).toBeGreaterThan(50);
  }, 120_000);

  it("maîtres : âge de majorité au jour près, identités égales ou distinctes, maître 2 partiel", () => {
    const iso = (j: number) => new Date(j * 86_400_000).toISOString().slice(0, 10);
    const personne = fc.record({
      nom: fc.constantFrom("Durand", "DURAND", "Dürand", "Martin", "", undefined),
      prenom: fc.constantFrom("Léa", "LEA", "Paul", " ", undefined),
      decalage: fc.integer({ min: -3, max: 3 }),
      annees: fc.constantFrom(17, 18, 19, 40),
      forme: fc.constantFrom("date", "date", "invalide", "absente", "29fevrier"),
    });
    fc.assert(
      fc.property(fc.integer({ min: joursDepuisEpoque("2024-01-01"), max: joursDepuisEpoque("2026-12-31") }), fc.array(personne, { minLength: 3, maxLength: 3 }), (debut, [apprenti, m1, m2]) => {
        const contrat = contratConforme() as unknown as Record<string, unknown>;
        poser(contrat, "contrat.dateDebutContrat", iso(debut));
        const d = new Date(debut * 86_400_000);
        ["apprenti", "maitre1", "maitre2"].forEach((qui, i) => {
          const p = [apprenti, m1, m2][i] as { nom?: string; prenom?: string; decalage: number; annees: number; forme: string };
          poser(contrat, `${qui}.nom`, p.nom);
          poser(contrat, `${qui}.prenom`, p.prenom);
          const naissance =
            p.forme === "absente" ? undefined : p.forme === "invalide" ? "2001-02-30" : p.forme === "29fevrier" ? `${d.getUTCFullYear() - 18 - ((d.getUTCFullYear() - 18) % 4)}-02-29` : iso(Date.UTC(d.getUTCFullYear() - p.annees, d.getUTCMonth(), d.getUTCDate()) / 86_400_000 + p.decalage);
          poser(contrat, `${qui}.dateNaissance`, naissance);
        });
        verifierEquivalence(contrat, 2);
      }),
      { numRuns: 400, seed: 18 },
    );
  }, 120_000);

  it("blocs entiers remplacés par des valeurs quelconques", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("employeur", "apprenti", "contrat", "formation"), valeurQuelconque), (blocs) => {
        verifierEquivalence({ ...(contratConforme() as unknown as Record<string, unknown>), ...blocs });
      }),
      { numRuns: 200, seed: 7 },
    );
  }, 120_000);

  it("mode explication : toutes les règles interprétées, résultat identique", () => {
    const contexte: ContexteEvaluation = { dateEvaluation: "2025-11-03", mode: "explication" };
    const contrat = contratConforme();
    expect(JSON.stringify(creerMoteurControle(contexte).evaluer(contrat))).toBe(JSON.stringify(evaluerRegles(registreContrat, contrat, contexte)));
  });
});
