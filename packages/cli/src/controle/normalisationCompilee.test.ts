import { normaliserBooleen, normaliserDate, normaliserDateHeure, normaliserNombre, normaliserSelonSchema, registreNormalisation, schemaContrat, type ConsigneNormalisation } from "@communs-opco/schemas";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { genererContratsDemo } from "../demo/genererContratsDemo";

// Équivalence de la normalisation compilée (voie rapide de `lireContrat`) avec l'interprète
// d'origine, qui relisait la définition zod et le registre des consignes à chaque valeur. Cet
// interprète est conservé ici, à l'identique, comme référence de test.

/** Définition interne minimale d'un schéma zod 4, lue pour guider la normalisation. */
interface DefinitionSchema {
  readonly type: string;
  readonly format?: string;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly shape?: Record<string, z.ZodType>;
  readonly entries?: Record<string, string | number>;
  readonly in?: z.ZodType;
}

function definition(schema: z.ZodType): DefinitionSchema {
  return schema._zod.def as unknown as DefinitionSchema;
}

function estObjetSimple(valeur: unknown): valeur is Record<string, unknown> {
  return typeof valeur === "object" && valeur !== null && !Array.isArray(valeur);
}

function texteDe(valeur: unknown, consigne: ConsigneNormalisation | undefined): unknown {
  let texte: string;
  if (typeof valeur === "string") texte = valeur.trim();
  else if ((typeof valeur === "number" && Number.isFinite(valeur)) || typeof valeur === "boolean") texte = String(valeur);
  else return valeur;
  if (texte === "") return undefined;
  if (consigne?.sansEspaces) texte = texte.replace(/[\s\u00a0\u202f.-]/gu, "");
  if (consigne?.majuscules) texte = texte.toUpperCase();
  if (consigne?.absents?.includes(texte)) return undefined;
  const correspondance =
    consigne?.correspondances !== undefined && Object.hasOwn(consigne.correspondances, texte) ? consigne.correspondances[texte] : undefined;
  if (correspondance !== undefined) texte = correspondance;
  if (consigne?.completerZeros !== undefined && /^\d+$/u.test(texte)) {
    texte = texte.padStart(consigne.completerZeros, "0");
  }
  return consigne?.normaliser ? (consigne.normaliser(texte) ?? texte) : texte;
}

/** Interprète de référence (version d'origine de `normaliserSelonSchema`). */
function normaliserReference(
  schema: z.ZodType,
  valeur: unknown,
  chemin: string,
  inconnus: Record<string, unknown>,
): unknown {
  if (valeur === null || valeur === undefined) return undefined;
  const def = definition(schema);
  const consigne = registreNormalisation.get(schema);
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "readonly":
      return def.innerType ? normaliserReference(def.innerType, valeur, chemin, inconnus) : valeur;
    case "pipe":
      return def.in ? normaliserReference(def.in, valeur, chemin, inconnus) : valeur;
    case "object": {
      if (!estObjetSimple(valeur) || def.shape === undefined) return valeur;
      const sortie: Record<string, unknown> = {};
      for (const [cleEntree, sousValeur] of Object.entries(valeur)) {
        const alias = consigne?.alias !== undefined && Object.hasOwn(consigne.alias, cleEntree) ? consigne.alias[cleEntree] : undefined;
        const cle = alias !== undefined && !Object.hasOwn(valeur, alias) ? alias : cleEntree;
        const sousChemin = chemin === "" ? cle : `${chemin}.${cle}`;
        const sousSchema = Object.hasOwn(def.shape, cle) ? def.shape[cle] : undefined;
        if (sousSchema === undefined) {
          if (sousValeur !== undefined && sousValeur !== null && sousValeur !== "") {
            // Une clé « __proto__ » reçue ne peut pas être une clé d'objet ordinaire : elle est
            // conservée sous le nom « [__proto__] ».
            const cheminSur = cle === "__proto__" ? `${chemin === "" ? "" : `${chemin}.`}[__proto__]` : sousChemin;
            Object.defineProperty(inconnus, cheminSur, { value: sousValeur, enumerable: true, writable: true, configurable: true });
          }
          continue;
        }
        const normalise = normaliserReference(sousSchema, sousValeur, sousChemin, inconnus);
        if (normalise !== undefined) sortie[cle] = normalise;
      }
      return Object.keys(sortie).length === 0 ? undefined : sortie;
    }
    case "array": {
      if (!Array.isArray(valeur) || def.element === undefined) return valeur;
      const element = def.element;
      return valeur
        .map((item, index) => normaliserReference(element, item, `${chemin}.${index}`, inconnus))
        .filter((item) => item !== undefined);
    }
    case "boolean": {
      if (typeof valeur === "string" && valeur.trim() === "") return undefined;
      return normaliserBooleen(valeur) ?? valeur;
    }
    case "number": {
      if (typeof valeur === "string" && valeur.trim() === "") return undefined;
      return normaliserNombre(valeur) ?? valeur;
    }
    case "enum":
      return texteDe(valeur, consigne);
    case "string": {
      const texte = texteDe(valeur, consigne);
      if (def.format === "date" && typeof texte === "string") return normaliserDate(texte) ?? texte;
      if (def.format === "datetime" && typeof texte === "string") return normaliserDateHeure(texte) ?? texte;
      return texte;
    }
    default:
      return valeur;
  }
}

const contrats: unknown[] = [];
for (const l of genererContratsDemo({ nombre: 400, graine: 7 })) {
  try {
    contrats.push(JSON.parse(l.texte));
  } catch {
    // ligne volontairement illisible
  }
}

function comparer(valeur: unknown): void {
  const inconnusRapide: Record<string, unknown> = {};
  const inconnusReference: Record<string, unknown> = {};
  const rapide = normaliserSelonSchema(schemaContrat, valeur, "", inconnusRapide);
  const reference = normaliserReference(schemaContrat, valeur, "", inconnusReference);
  expect(rapide).toStrictEqual(reference);
  expect(inconnusRapide).toStrictEqual(inconnusReference);
}

/** Variante « fichier réel » d'une valeur : dates jj/mm/aaaa, oui/non, codes en nombres, vides, null, espaces. */
function varianteTolerante(valeur: unknown, choix: readonly number[], position = { i: 0 }): unknown {
  const tirage = () => choix[position.i++ % choix.length] ?? 0;
  if (Array.isArray(valeur)) return valeur.map((v) => varianteTolerante(v, choix, position));
  if (typeof valeur === "object" && valeur !== null) {
    const sortie: Record<string, unknown> = {};
    for (const [cle, v] of Object.entries(valeur)) {
      const t = tirage();
      if (t === 7) sortie[`${cle}Libre`] = "x";
      sortie[cle] = varianteTolerante(v, choix, position);
    }
    return sortie;
  }
  const t = tirage();
  if (t === 0) return null;
  if (t === 1) return "";
  if (typeof valeur === "string") {
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(valeur);
    if (iso && t < 5) return `${iso[3]}/${iso[2]}/${iso[1]}`;
    if (/^\d+$/u.test(valeur) && t < 6) return Number(valeur);
    if (t === 6) return `  ${valeur.toLowerCase()} `;
  }
  if (typeof valeur === "boolean" && t < 6) return t % 2 === 0 ? (valeur ? "oui" : "non") : valeur ? 1 : 0;
  if (typeof valeur === "number" && t < 6) return String(valeur).replace(".", ",");
  return valeur;
}

describe("normalisation compilée (voie rapide de lireContrat)", () => {
  it("donne exactement le résultat de l'interprète d'origine sur les contrats de démonstration", () => {
    expect(contrats.length).toBeGreaterThan(300);
    for (const c of contrats) comparer(c);
  });

  it("propriété : identique à l'interprète d'origine sur des variantes tolérantes de ces contrats", () => {
    fc.assert(
      fc.property(fc.nat({ max: contrats.length - 1 }), fc.array(fc.nat({ max: 12 }), { minLength: 1, maxLength: 40 }), (i, choix) => {
        comparer(varianteTolerante(contrats[i], choix));
      }),
      { numRuns: 300 },
    );
  });

  it("propriété : identique sur des valeurs quelconques (formes inattendues)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        comparer(v);
        comparer({ apprenti: v, contrat: { remunerationsAnnuelles: [v, null] }, employeur: { adresse: v } });
      }),
      { numRuns: 300 },
    );
  });
});
