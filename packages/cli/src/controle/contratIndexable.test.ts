import { estContratStandard } from "@communs-opco/schemas";
import fc from "fast-check";
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

  it("rend l'extrait d'un contrat au standard tel quel, et undefined pour ce qui n'est pas un objet", () => {
    const valeur = lot()[0] as object;
    expect(estContratStandard(valeur)).toBe(true);
    expect(contratIndexable(valeur)).toStrictEqual(extraitPourIndex(valeur));
    expect(contratIndexable([valeur])).toBeUndefined();
    expect(contratIndexable("texte")).toBeUndefined();
    expect(contratIndexable({ contrat: { dateConclusion: "2025-08-20" } })).toEqual({ contrat: { dateSignature: "2025-08-20" } });
  });

  it("donne le même index que la normalisation tolérante sur des champs d'index hostiles (propriété)", () => {
    const base = lot().slice(0, 40) as Objet[];
    // Valeurs hostiles pour les champs lus par l'index : blancs, casse, formats de date, types inattendus, objets imbriqués, unicode.
    const hostile = fc.oneof(
      fc.constantFrom("", " ", "  MARTIN ", "2025-09-01", "01/09/2025", "2025-9-1", " 2025-09-01", "21", " 22 ", "31", "33", "069202509000123", "80123456700015", "801 234 567 00015", "Élodie", "e\u0301", "\u0000", "𝔘"),
      fc.string({ unit: "grapheme", maxLength: 12 }),
      fc.integer({ min: -5, max: 40 }),
      fc.constantFrom(null, true, false, [], {}, [{ ordre: "1", taux: 53 }], [{ taux: "x" }], { nom: "X" }),
    );
    const chemin = fc.constantFrom(
      ...Object.entries({ employeur: ["siret"], maitre1: ["nom", "prenom", "dateNaissance"], maitre2: ["nom", "prenom", "dateNaissance"], contrat: ["typeContratApp", "typeContrat", "noContrat", "numeroContratPrecedent", "dateSignature", "dateConclusion", "dateDebutContrat", "dateFinContrat", "dateRupture", "remunerationsAnnuelles"], formation: ["typeDiplome"] }).flatMap(([b, cs]) => cs.map((c) => [b, c] as const)),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(base.length - 1), chemin, hostile), { maxLength: 30 }), (alterations) => {
        const valeurs = base.map((v) => structuredClone(v));
        for (const [i, [bloc, champ], valeur] of alterations) {
          const v = valeurs[i] as Objet;
          v[bloc] = { ...(v[bloc] ?? {}), [champ]: valeur };
        }
        const attendu = indexer(valeurs, (v) => contratNormalise(extraitPourIndex(v)));
        expect(indexer(valeurs, contratIndexable)).toEqual(attendu);
        // Et le même index que la lecture précédente (contrat au standard pris entier).
        expect(indexer(valeurs, (v) => (estContratStandard(v) ? v : contratNormalise(extraitPourIndex(v))))).toEqual(attendu);
      }),
      { numRuns: 30 },
    );
  });
});
