import type { Constat } from "@communs-opco/regles";
import type { VerificationNonExecutee } from "@communs-opco/referentiels";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { statutEnregistrement } from "./statutEnregistrement";
import { graphiqueBarres } from "./graphiqueBarres";
import { LignesAExaminer } from "./LignesAExaminer";
import type { ResultatControle } from "./ResultatControle";
import { VerificationsNonExecutees } from "./VerificationsNonExecutees";

const constat = (regle: string, statut: Constat["statut"], manquants: string[] = []): Constat => ({ regle, severite: "bloquant", statut, chemins: [], message: regle, references: [], parametres: [], details: {}, manquants });
const resultat = (constats: Constat[]): ResultatControle => ({ index: 1, source: { fichier: "c.jsonl", ligne: 1 }, statut: constats.some((c) => c.statut === "non_conforme") ? "non_conforme" : constats.length > 0 ? "indetermine" : "conforme", constats });
const employeur = {
  regle: "prepaiement.siret.actif", partie: "activité de l'établissement employeur", entiere: false, disponibilite: "indisponible" as const, source: "API Entreprise", raison: "API Entreprise : en ligne uniquement",
  concerne: (c: Pick<Constat, "regle" | "manquants">) => c.regle === "prepaiement.siret.actif" && (c.manquants ?? []).includes("ports.referentiel:API Entreprise"),
};

describe("VerificationsNonExecutees", () => {
  it("retire les constats dus aux limites de l'exécution : conforme aux vérifications exécutées, compté une fois par contrat", () => {
    const v = new VerificationsNonExecutees([employeur]);
    const r = v.classer(resultat([constat("prepaiement.siret.actif", "indetermine", ["ports.referentiel:API Entreprise"])]));
    expect(r).toMatchObject({ statut: "conforme_verifications_executees", constats: [], nonExecutees: ["prepaiement.siret.actif"] });
    // un doute tiré des données reste indéterminé ; un écart reste non conforme
    const doute = v.classer(resultat([constat("prepaiement.siret.actif", "indetermine", ["ports.referentiel:API Entreprise"]), constat("prepaiement.qualiopi", "indetermine", ["organismeFormation.siret"])]));
    expect(doute.statut).toBe("indetermine");
    expect(v.classer(resultat([constat("prepaiement.cfa.connu", "non_conforme")])).statut).toBe("non_conforme");
    // tout exécuté : conforme, inchangé
    expect(v.classer(resultat([]))).toMatchObject({ statut: "conforme" });
    expect(v.resume()).toEqual([{ regle: "prepaiement.siret.actif", partie: "activité de l'établissement employeur", disponibilite: "indisponible", raison: "API Entreprise : en ligne uniquement", contrats: 2 }]);
  });

  it("--referentiel aucun : les 12 vérifications non demandées, chaque contrat lisible conforme aux vérifications exécutées ; un illisible reste illisible", () => {
    const v = new VerificationsNonExecutees(undefined);
    expect(v.classer(resultat([])).statut).toBe("conforme_verifications_executees");
    const illisible: ResultatControle = { index: 2, source: { fichier: "c.jsonl", ligne: 2 }, statut: "illisible", constats: [], raison: "JSON invalide" };
    expect(v.classer(illisible)).toBe(illisible);
    expect(v.resume()).toMatchObject([{ regle: "prepaiement.*", contrats: 1 }]);
  });

  it("décomptes de morceaux classés ailleurs (fils de calcul) additionnés : même résumé qu'un classement dans un seul fil", () => {
    const enquete = [employeur, { ...employeur, regle: "prepaiement.qualiopi", partie: "certification Qualiopi", concerne: (c: Pick<Constat, "regle">) => c.regle === "prepaiement.qualiopi" }];
    const lot = [
      resultat([constat("prepaiement.siret.actif", "indetermine", ["ports.referentiel:API Entreprise"])]),
      resultat([constat("prepaiement.qualiopi", "indetermine")]),
      resultat([]),
      resultat([constat("prepaiement.siret.actif", "indetermine", ["ports.referentiel:API Entreprise"]), constat("prepaiement.qualiopi", "indetermine")]),
    ];
    const seul = new VerificationsNonExecutees(enquete);
    for (const r of lot) seul.classer(r);
    const principal = new VerificationsNonExecutees(enquete);
    for (const morceau of [lot.slice(0, 1), lot.slice(1, 3), lot.slice(3)]) {
      const fil = new VerificationsNonExecutees(enquete);
      for (const r of morceau) fil.classer(r);
      principal.ajouterDecomptes(fil.resume().map((v) => v.contrats));
    }
    expect(principal.resume()).toEqual(seul.resume());
    expect(principal.resume().map((v) => v.contrats)).toEqual([2, 2]);
  });
});

/** Classement de référence (lecture d'origine) : chaque constat confronté à toute la liste, dans l'ordre. */
function classerParReference(liste: readonly VerificationNonExecutee[], contrats: number[], r: ResultatControle): ResultatControle {
  const regles = new Set<string>();
  const touchees = new Set<number>();
  const gardes: Constat[] = [];
  for (const c of r.constats) {
    const i = liste.findIndex((v) => v.concerne(c));
    if (i < 0) gardes.push(c);
    else {
      touchees.add(i);
      regles.add(c.regle);
    }
  }
  for (const i of touchees) contrats[i] = (contrats[i] ?? 0) + 1;
  if (regles.size === 0) return r;
  return { ...r, constats: gardes, statut: statutEnregistrement(gardes, true), nonExecutees: [...regles] };
}

describe("VerificationsNonExecutees.classer (propriété)", () => {
  it("classe comme la confrontation de chaque constat à toute la liste : mêmes constats gardés, statut, règles dans l'ordre, décomptes", () => {
    const marqueurs = ["ports.referentiel:API Entreprise", "ports.referentiel:Référentiel des organismes", "ports.formations", "opcoPayeur", "employeur.siret"];
    const regles = ["prepaiement.siret.actif", "prepaiement.qualiopi", "prepaiement.opco.npec", "prepaiement.coherence", "adresses.commune.coherence"];
    // Plusieurs parties par règle, comme la liste réelle ; chacune ne reconnaît que les constats de sa règle.
    const liste: VerificationNonExecutee[] = regles.slice(0, 4).flatMap((regle, n) =>
      marqueurs.slice(0, 2 + (n % 3)).map((m) => ({ ...employeur, regle, partie: `${regle} ${m}`, concerne: (c: Pick<Constat, "regle" | "statut" | "manquants">) => c.regle === regle && c.statut === "indetermine" && (c.manquants ?? []).includes(m) })),
    );
    const constatAlea = fc.record({ regle: fc.constantFrom(...regles), statut: fc.constantFrom("indetermine" as const, "non_conforme" as const), manquants: fc.subarray(marqueurs) }).map(({ regle, statut, manquants }) => constat(regle, statut, manquants));
    fc.assert(
      fc.property(fc.array(fc.array(constatAlea, { maxLength: 8 }), { minLength: 1, maxLength: 6 }), (lots) => {
        const v = new VerificationsNonExecutees(liste);
        const contrats = liste.map(() => 0);
        for (const constats of lots) {
          const r = resultat(constats);
          expect(v.classer(r)).toEqual(classerParReference(liste, contrats, r));
        }
        expect(v.resume().map((x) => x.contrats)).toEqual(contrats);
      }),
      { numRuns: 400, seed: 3 },
    );
  });
});

describe("LignesAExaminer", () => {
  it("garde les N premières, annonce le total ; avec --detail, relit tout le fichier temporaire sans couper un caractère", () => {
    const courtes = new LignesAExaminer({ limite: 2, detail: false });
    for (let i = 0; i < 5; i++) courtes.ajouter(`ligne ${i}\n`);
    let texte = "";
    courtes.ecrire((t) => (texte += t));
    expect(texte).toBe("\nEnregistrements à examiner (2 premiers sur 5 ; --detail pour tous, --json ou --rapport pour le détail complet) :\nligne 0\nligne 1\n");
    const toutes = new LignesAExaminer({ limite: 2, detail: true });
    const ligne = `${"é".repeat(40_000)}\n`;
    for (let i = 0; i < 3; i++) toutes.ajouter(ligne);
    texte = "";
    toutes.ecrire((t) => (texte += t));
    expect(texte).toBe(`\nEnregistrements à examiner (3) :\n${ligne.repeat(3)}`);
  });
});

describe("graphiqueBarres", () => {
  it("SVG accessible avec son tableau, libellés échappés", () => {
    const html = graphiqueBarres("g", "Titre <b>", "Description", [{ libelle: "<script>x</script>", valeur: 3, classe: "bloquant" }], "Nombre");
    expect(html).toContain('<svg role="img" aria-labelledby="g-titre g-desc"');
    expect(html).toContain("<title id=\"g-titre\">Titre &lt;b&gt;</title>");
    expect(html).not.toContain("<script>");
    expect(html).toContain("<td>&lt;script&gt;x&lt;/script&gt;</td><td>3</td>");
  });
});
