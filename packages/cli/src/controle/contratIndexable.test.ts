import { estContratStandard } from "@communs-opco/schemas";
import { describe, expect, it } from "vitest";
import { genererContratsDemo } from "../demo/genererContratsDemo";
import { contratIndexable } from "./contratIndexable";
import { contratNormalise } from "./contratNormalise";
import { extraitPourIndex } from "./extraitPourIndex";
import { IndexLot } from "./IndexLot";

type Objet = Record<string, Record<string, unknown>>;

/** Lot de démonstration enrichi : contrats successifs (types 21 à 23) et variantes hors standard (alias, blancs, dates françaises, champ inconnu). */
function lot(): unknown[] {
  const valeurs: unknown[] = [];
  for (const l of genererContratsDemo({ nombre: 400, graine: 7 })) {
    try {
      valeurs.push(JSON.parse(l.texte));
    } catch {
      // ligne illisible du jeu de démonstration : hors de l'index
    }
  }
  const numero = (i: number) => `0692025090${String(i).padStart(5, "0")}`;
  return valeurs.map((v, i) => {
    const c = structuredClone(v) as Objet;
    if (c.contrat === undefined) return c;
    c.contrat["noContrat"] = numero(i);
    switch (i % 9) {
      case 1:
        Object.assign(c.contrat, { typeContratApp: "21", numeroContratPrecedent: numero((i * 7) % valeurs.length) });
        return c;
      case 2: {
        const { dateSignature, ...reste } = c.contrat;
        c.contrat = { ...reste, dateConclusion: dateSignature };
        return c;
      }
      case 3:
        if (c.maitre1 !== undefined) c.maitre1["nom"] = `  ${String(c.maitre1["nom"])} `;
        return c;
      case 4:
        if (typeof c.contrat["dateDebutContrat"] === "string") c.contrat["dateDebutContrat"] = c.contrat["dateDebutContrat"].split("-").reverse().join("/");
        return c;
      case 5:
        return { champInconnu: 1, ...c };
      case 6:
        // mêmes champs, ordre des clés inversé : reste au standard
        return Object.fromEntries(Object.entries(c).reverse());
      default:
        return c;
    }
  });
}

/** Index du lot construit en deux lectures, comme construireIndexLot, avec une lecture donnée. */
function indexer(valeurs: readonly unknown[], lire: (v: unknown) => object | undefined): unknown {
  const index = new IndexLot();
  valeurs.forEach((v, i) => {
    const c = lire(v);
    if (c !== undefined) index.indexerMaitresEtReferences(i + 1, c, { origine: "lot", fichier: "lot.jsonl", ligne: i + 1 });
  });
  valeurs.forEach((v, i) => {
    const c = lire(v);
    if (c !== undefined) index.retenirContratPrecedent(c, { origine: "lot", fichier: "lot.jsonl", ligne: i + 1 });
  });
  index.terminer(2, []);
  return index.etat();
}

describe("contratIndexable", () => {
  it("donne le même index du lot que la normalisation tolérante des champs utiles, standard ou non", () => {
    const valeurs = lot();
    // Le lot mêle bien contrats au standard (pris tels quels) et contrats hors standard (normalisés).
    expect(valeurs.filter((v) => estContratStandard(v)).length).toBeGreaterThan(100);
    expect(valeurs.filter((v) => !estContratStandard(v)).length).toBeGreaterThan(100);
    const attendu = indexer(valeurs, (v) => contratNormalise(extraitPourIndex(v)));
    expect(indexer(valeurs, contratIndexable)).toEqual(attendu);
    expect((attendu as { bilan: { contratsPrecedentsTrouves: number } }).bilan.contratsPrecedentsTrouves).toBeGreaterThan(0);
  });

  it("rend un contrat au standard tel quel, et undefined pour ce qui n'est pas un objet", () => {
    const valeur = lot()[0] as object;
    expect(estContratStandard(valeur)).toBe(true);
    expect(contratIndexable(valeur)).toBe(valeur);
    expect(contratIndexable([valeur])).toBeUndefined();
    expect(contratIndexable("texte")).toBeUndefined();
    expect(contratIndexable({ contrat: { dateConclusion: "2025-08-20" } })).toEqual({ contrat: { dateSignature: "2025-08-20" } });
  });
});
