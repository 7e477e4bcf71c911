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
    const partiel = Object.freeze({ ...fige, details }) as unknown as Constat;
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

  it("une réponse identique reprend ses octets ; tout écart de contenu (valeurs limites du JSON comprises) est publié", () => {
    const nir = "178056912304519";
    const fige = figer({ regle: "prepaiement.exemple.fige", severite: "bloquant", statut: "indetermine", chemins: [], message: "Point non vérifié.", references: [], parametres: [], details: {} } as Constat);
    // Constat d'une règle synchrone : objet neuf à chaque contrôle, mêmes valeurs (ou valeurs limites du JSON).
    const regle = (details: Record<string, unknown>, message = `NIR ${nir}, 17 ans`): Constat =>
      ({ regle: "apprenti.exemple", severite: "information", statut: "non_conforme", chemins: ["apprenti.nir"], message, references: [{ titre: "Référence" }], parametres: [{ id: "p", valeur: 18 }], details }) as unknown as Constat;
    const sansPrototype = Object.assign(Object.create(null) as Record<string, unknown>, { a: 1 });
    const limites: (() => Record<string, unknown>)[] = [
      () => ({ age: 17 }),
      () => ({ age: 17, date: new Date(0) }),
      () => ({ age: Number.NaN }),
      () => ({ age: Number.POSITIVE_INFINITY }),
      () => ({ age: -0 }),
      () => ({ age: 17, absent: undefined }),
      // eslint-disable-next-line no-sparse-arrays
      () => ({ liste: [1, , 3] }),
      () => ({ liste: [1, undefined, 3] }),
      () => ({ objet: sansPrototype }),
      () => ({ json: { toJSON: () => "autre" } }),
      () => ({ "2": "b", "1": "a", x: "c" }),
      () => ({ x: "c", "1": "a" }),
      () => ({ age: 18 }),
      () => ({ age: "17" }),
      () => ({ age: 17, courriel: "lea@example.fr" }),
    ];
    const resultat = (constat: Constat): ResultatControle => ({ index: 1, source: { fichier: "requête", ligne: 1 }, statut: "non_conforme", constats: [constat, fige] });
    for (const enClair of [false, true]) {
      for (const details of limites) {
        // Trois fois le même contenu (première vue, texte repris, réponse reprise), puis un message différent.
        for (let fois = 0; fois < 3; fois++) {
          const r = resultat(regle(details()));
          expect(texteControleContrat(DATE, r, enClair), JSON.stringify(details())).toBe(reference(r, enClair));
        }
        const autre = resultat(regle(details(), "Autre message"));
        expect(texteControleContrat(DATE, autre, enClair)).toBe(reference(autre, enClair));
      }
      // Même message, détails changés entre deux requêtes (objet modifié ou neuf) : la réponse suit.
      const details = { age: 17 };
      const r = resultat(regle(details));
      const premier = texteControleContrat(DATE, r, enClair);
      expect(premier).toBe(reference(r, enClair));
      details.age = 16;
      expect(texteControleContrat(DATE, r, enClair)).toBe(reference(r, enClair));
      expect(texteControleContrat(DATE, r, enClair)).not.toBe(premier);
    }
    // Réponse identique (même contrat renvoyé) : les mêmes octets, sans nouvelle copie ; la date en fait partie.
    const a = corpsControleContrat(DATE, resultat(regle({ age: 17 })), false);
    const b = corpsControleContrat(DATE, resultat(regle({ age: 17 })), false);
    expect(b).toBe(a);
    const c = corpsControleContrat("2025-11-04", resultat(regle({ age: 17 })), false);
    expect(Buffer.from(c).toString("utf8")).toBe(reference(resultat(regle({ age: 17 })), false).replace(DATE, "2025-11-04"));
    expect(Buffer.from(c).toString("utf8")).not.toContain(nir);
  });
});
