import type { Constat } from "@communs-opco/regles";
import { describe, expect, it } from "vitest";
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
