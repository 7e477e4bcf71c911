import { evaluerReglesAsync } from "@communs-opco/regles";
import { describe, expect, it } from "vitest";
import { chargerInstantaneEmbarque } from "../instantane/chargerInstantaneEmbarque";
import { ReferentielEnMemoire } from "../ReferentielEnMemoire";
import { ReferentielHorsLigne } from "../ReferentielHorsLigne";
import { referentielMixte } from "../referentielMixte";
import { referentielEnLigne } from "../clients/referentielEnLigne";
import { creerClientRechercheEntreprises } from "../clients/rechercheEntreprises/creerClientRechercheEntreprises";
import { reglesPrepaiement } from "../verifications/reglesPrepaiement";
import { verificationsNonExecutables } from "./verificationsNonExecutables";

// CFA de l'extrait embarqué certifié Qualiopi (sans NDA hors ligne) ; employeur quelconque.
const contrat = {
  employeur: { siret: "33413746300009", codeIdcc: "1486" },
  organismeFormation: { siret: "82409268800210" },
  formation: { rncp: "RNCP35185", codeDiplome: "32031212" },
  contrat: { dateDebutContrat: "2025-09-01", dateFinContrat: "2027-08-31", dateSignature: "2025-08-20" },
};

describe("verificationsNonExecutables : capacités déclarées du référentiel, avant tout contrat", () => {
  it("instantané embarqué sans catalogue ni OPCO payeur : employeur, NDA, catalogue et rattachement non exécutés ; extraits signalés", async () => {
    const referentiel = new ReferentielHorsLigne(await chargerInstantaneEmbarque());
    const liste = verificationsNonExecutables({ referentiel });
    const indisponibles = liste.filter((v) => v.disponibilite === "indisponible").map((v) => [v.regle, v.partie, v.entiere]);
    expect(indisponibles).toEqual([
      ["prepaiement.siret.actif", "activité de l'établissement employeur", false],
      ["prepaiement.qualiopi", "numéro de déclaration d'activité (NDA) du CFA", false],
      ["prepaiement.formation.offre", "toute la vérification", true],
      ["prepaiement.coherence", "code diplôme du catalogue", false],
      ["prepaiement.opco.npec", "rattachement de l'employeur à l'OPCO payeur", false],
    ]);
    // l'instantané embarqué ne contient que des extraits : NPEC et organismes sont partiels
    expect(liste.filter((v) => v.disponibilite === "extrait").map((v) => `${v.regle} (${v.partie})`)).toEqual(
      expect.arrayContaining(["prepaiement.opco.npec (NPEC applicable)", "prepaiement.cfa.connu (toute la vérification)"]),
    );
    expect(liste.find((v) => v.regle === "prepaiement.opco.npec" && v.partie === "NPEC applicable")?.raison).toMatch(/extrait de \d+ enregistrements \(fichier complet : opco referentiel importer npec/);
  });

  it("reconnaît exactement les constats qui tiennent à ces limites, pas ceux qui tiennent aux données", async () => {
    const referentiel = new ReferentielHorsLigne(await chargerInstantaneEmbarque());
    const liste = verificationsNonExecutables({ referentiel });
    const r = await evaluerReglesAsync(reglesPrepaiement(), contrat, { dateEvaluation: "2025-11-03", ports: { referentiel } });
    const limites = r.constats.filter((c) => liste.some((v) => v.concerne(c)));
    expect(new Set(limites.map((c) => c.regle))).toEqual(new Set(["prepaiement.siret.actif", "prepaiement.qualiopi", "prepaiement.formation.offre", "prepaiement.coherence", "prepaiement.opco.npec"]));
    // un constat indéterminé tiré des données (date de signature manquante) n'est pas une limite de l'exécution
    const sansDate = await evaluerReglesAsync(reglesPrepaiement({ opcoPayeur: "akto" }), { ...contrat, contrat: { dateDebutContrat: "2025-09-01", dateFinContrat: "2027-08-31" } }, { dateEvaluation: "2025-11-03", ports: { referentiel } });
    const npec = sansDate.constats.filter((c) => c.regle === "prepaiement.opco.npec" && c.message.startsWith("NPEC non vérifiable"));
    expect(npec).toHaveLength(1);
    expect(verificationsNonExecutables({ referentiel }, { opcoPayeur: "akto" }).some((v) => npec.some((c) => v.concerne(c)))).toBe(false);
  });

  it("avec le catalogue, l'OPCO payeur et un référentiel sans déclaration : rien n'est signalé", () => {
    expect(verificationsNonExecutables({ referentiel: new ReferentielEnMemoire("test", {}), formations: { rechercher: () => Promise.reject(new Error("inutilisé")) } }, { opcoPayeur: "akto" })).toEqual([]);
  });

  it("mixte : l'entreprise passe en ligne (Recherche d'entreprises), le NDA reste celui de l'instantané", async () => {
    const horsLigne = new ReferentielHorsLigne(await chargerInstantaneEmbarque());
    const mixte = referentielMixte(horsLigne, referentielEnLigne({ rechercheEntreprises: creerClientRechercheEntreprises({ urlBase: "http://127.0.0.1:9" }) }));
    const regles = verificationsNonExecutables({ referentiel: mixte }, { opcoPayeur: "akto" }).filter((v) => v.disponibilite === "indisponible").map((v) => `${v.regle} (${v.partie})`);
    expect(regles).toEqual(["prepaiement.qualiopi (numéro de déclaration d'activité (NDA) du CFA)", "prepaiement.formation.offre (toute la vérification)", "prepaiement.coherence (code diplôme du catalogue)"]);
  });

  it("une vérification non exécutée ne reconnaît jamais le constat d'une autre règle (les consommateurs ne confrontent un constat qu'aux vérifications de sa règle)", async () => {
    const referentiel = new ReferentielHorsLigne(await chargerInstantaneEmbarque());
    const listes = [verificationsNonExecutables({ referentiel }), verificationsNonExecutables({ referentiel }, { opcoPayeur: "akto" })];
    const regles = [...new Set([...reglesPrepaiement().map((r) => r.id), ...listes.flat().map((v) => v.regle)])];
    const manquants = [...new Set(listes.flat().flatMap((v) => [`ports.referentiel:${v.source}`, "ports.formations", "opcoPayeur"]))];
    let reconnus = 0;
    for (const liste of listes) {
      for (const v of liste) {
        for (const regle of regles) {
          // Constats qui réunissent tout ce que chaque vérification regarde (statut, manquants, source en extrait, message NDA).
          const constats = [
            { regle, statut: "indetermine" as const, message: "(NDA)", manquants, details: { statutReponse: "indisponible", source: { couverture: "extrait" } } },
            { regle, statut: "indetermine" as const, message: "", manquants: [], details: {} },
          ];
          for (const c of constats) {
            if (!v.concerne(c)) continue;
            reconnus++;
            expect(regle).toBe(v.regle);
          }
        }
      }
    }
    // Le constat de sa propre règle est bien reconnu (le test n'est pas vide).
    expect(reconnus).toBeGreaterThanOrEqual(listes.flat().length);
  });
});

