import { controlerValeur, ControleAvantPaiement, genererContratsDemo, protegerResultat, protegerValeur, resoudreReferentielControle, VerificationsNonExecutees, type ResultatControle } from "@communs-opco/cli";
import { resoudreOpco } from "@communs-opco/nomenclatures";
import type { Constat, Explication } from "@communs-opco/regles";
import { describe, expect, it } from "vitest";
import { corpsControleContrat, texteControleContrat } from "../src/texteControleContrat";

const DATE = "2025-11-03";

/** La réponse telle que la route l'écrivait : l'objet publié, sérialisé d'un bloc. */
function reference(resultat: ResultatControle, enClair: boolean, explications?: Explication[]): string {
  const publie = protegerResultat(resultat, enClair);
  return JSON.stringify({
    dateEvaluation: DATE,
    statut: publie.statut,
    constats: publie.constats,
    ...(publie.avantPaiement === undefined ? {} : { avantPaiement: publie.avantPaiement }),
    ...(publie.nonExecutees === undefined ? {} : { nonExecutees: publie.nonExecutees }),
    ...(explications === undefined ? {} : { explications: protegerValeur(explications, enClair) }),
  });
}

function figer<T>(valeur: T): T {
  if (typeof valeur === "object" && valeur !== null) {
    for (const v of Object.values(valeur)) figer(v);
    Object.freeze(valeur);
  }
  return valeur;
}

describe("texteControleContrat : le corps de la réponse, octet pour octet", () => {
  it("200 contrats de démonstration, avec et sans vérifications avant paiement, masqués ou en clair, avec explications", async () => {
    const controle = await ControleAvantPaiement.creer(await resoudreReferentielControle("embarque", process.cwd()), {});
    if (controle === undefined) throw new Error("vérifications avant paiement embarquées introuvables");
    const akto = resoudreOpco("akto");
    const nonExecutees = new VerificationsNonExecutees(controle.nonExecutables(akto));
    const aucun = new VerificationsNonExecutees(undefined);
    let avecAvantPaiement = 0;
    let classes = 0;
    for (const { texte } of genererContratsDemo({ nombre: 200, graine: 2025 })) {
      let valeur: unknown;
      try {
        valeur = JSON.parse(texte);
      } catch {
        continue;
      }
      const explique = valeur !== null && typeof valeur === "object" && texte.length % 3 === 0;
      const lu = controlerValeur(valeur, explique ? { dateEvaluation: DATE, mode: "explication" } : { dateEvaluation: DATE });
      const brut: ResultatControle = { index: 1, source: { fichier: "requête", ligne: 1 }, statut: lu.statut, constats: lu.constats };
      const complet = await controle.controler({ resultat: brut, valeur }, { dateEvaluation: DATE, ...(akto === undefined ? {} : { opco: akto }) });
      if (complet.avantPaiement !== undefined) avecAvantPaiement++;
      // Résultats classés comme `opco controle` (vérifications non exécutées) : `nonExecutees` publié.
      const classe = nonExecutees.classer(complet);
      if (classe.nonExecutees !== undefined) classes++;
      for (const resultat of [brut, complet, classe, aucun.classer(brut)]) {
        for (const enClair of [false, true]) {
          expect(texteControleContrat(DATE, resultat, enClair, lu.explications)).toBe(reference(resultat, enClair, lu.explications));
        }
      }
    }
    expect(avecAvantPaiement).toBeGreaterThan(0);
    expect(classes).toBeGreaterThan(0);
  });

  it("un constat entièrement figé est publié une fois puis repris ; un constat dont une partie change ne l'est jamais", () => {
    const nir = "178056912304519";
    const fige: Constat = figer({
      regle: "prepaiement.exemple",
      severite: "bloquant",
      statut: "indetermine",
      chemins: ["apprenti.nir"],
      message: `Vérification impossible pour le NIR ${nir}`,
      references: [{ titre: "Référence", url: "https://example.org" }],
      parametres: [],
      details: { valeur: nir },
    } as Constat);
    const details = { valeur: nir };
    const partiel = Object.freeze({ ...fige, details }) as Constat;
    const resultat: ResultatControle = { index: 1, source: { fichier: "requête", ligne: 1 }, statut: "indetermine", constats: [fige, partiel] };
    for (const enClair of [false, true]) {
      // Première vue (un seul JSON.stringify), deuxième (constats partagés : publiés et retenus), troisième (texte repris).
      const premier = texteControleContrat(DATE, resultat, enClair);
      expect(premier).toBe(reference(resultat, enClair));
      expect(texteControleContrat(DATE, resultat, enClair)).toBe(premier);
      expect(texteControleContrat(DATE, resultat, enClair)).toBe(premier);
    }
    // Des constats figés mais neufs à chaque contrôle : même texte que la référence.
    const neuf = () => ({ ...resultat, constats: [figer({ ...fige, details: { valeur: nir } } as Constat)] });
    expect(texteControleContrat(DATE, neuf(), false)).toBe(reference(neuf(), false));
    expect(texteControleContrat(DATE, resultat, false)).not.toContain(nir);
    // Le détail non figé change : la réponse suit (jamais de texte retenu pour lui).
    details.valeur = "lea@example.fr";
    expect(texteControleContrat(DATE, resultat, true)).toBe(reference(resultat, true));
    expect(texteControleContrat(DATE, resultat, true)).toContain("lea@example.fr");
  });

  it("les constats des vérifications avant paiement partagés d'un contrôle à l'autre sont figés en profondeur : leurs octets sont retenus", async () => {
    const controle = await ControleAvantPaiement.creer(await resoudreReferentielControle("embarque", process.cwd()), {});
    if (controle === undefined) throw new Error("vérifications avant paiement embarquées introuvables");
    const [ligne] = [...genererContratsDemo({ nombre: 1, graine: 2025 })];
    if (ligne === undefined) throw new Error("jeu de démonstration vide");
    const controler = async (): Promise<ResultatControle> => {
      const valeur: unknown = JSON.parse(ligne.texte);
      const lu = controlerValeur(valeur, { dateEvaluation: DATE });
      return controle.controler({ resultat: { index: 1, source: { fichier: "requête", ligne: 1 }, statut: lu.statut, constats: lu.constats }, valeur }, { dateEvaluation: DATE });
    };
    const premier = await controler();
    const second = await controler();
    const partages = second.constats.filter((c) => premier.constats.includes(c));
    expect(partages.length).toBeGreaterThan(0);
    const figeEnProfondeur = (v: unknown): boolean => typeof v !== "object" || v === null || (Object.isFrozen(v) && Object.values(v).every(figeEnProfondeur));
    for (const constat of partages) expect(figeEnProfondeur(constat), constat.regle).toBe(true);
    // Première vue : un seul texte ; ensuite, constats partagés : octets assemblés, identiques au texte de référence.
    for (const resultat of [premier, second, await controler()]) {
      const corps = corpsControleContrat(DATE, resultat, false);
      expect(Buffer.from(corps).toString("utf8")).toBe(reference(resultat, false));
    }
    expect(typeof corpsControleContrat(DATE, second, false)).not.toBe("string");
  });
});
