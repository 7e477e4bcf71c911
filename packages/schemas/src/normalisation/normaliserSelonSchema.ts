import type { z } from "zod";
import { normaliserBooleen } from "./normaliserBooleen.js";
import { normaliserDate } from "./normaliserDate.js";
import { normaliserDateHeure } from "./normaliserDateHeure.js";
import { normaliserNombre } from "./normaliserNombre.js";
import { registreNormalisation, type ConsigneNormalisation } from "./registreNormalisation.js";

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

/**
 * Normalise une valeur d'entrée en suivant la structure d'un schéma strict zod :
 * chaînes coupées (vide → absent), nombres en texte pour les codes, dates `jj/mm/aaaa`
 * ou date-heure → `AAAA-MM-JJ`, horodatages → ISO UTC, `"oui"`/`"non"` → booléens, `"1 234,50"` → nombres,
 * `null` → absent, consignes du {@link registreNormalisation} (zéros à gauche, correspondances).
 *
 * Les clés inconnues du schéma ne sont jamais perdues : elles sont rangées dans
 * `inconnus` sous leur chemin pointé (`employeur.champLibre` ; une clé `__proto__` devient
 * `[__proto__]`). Une valeur qui ne peut
 * pas être normalisée est laissée telle quelle pour que le schéma strict la signale.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * const inconnus: Record<string, unknown> = {};
 * const schema = z.strictObject({ d: z.iso.date().optional(), ok: z.boolean().optional() });
 * normaliserSelonSchema(schema, { d: "01/09/2025", ok: "oui", x: 1 }, "", inconnus);
 * // → { d: "2025-09-01", ok: true } et inconnus = { x: 1 }
 * ```
 */
export function normaliserSelonSchema(
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
      return def.innerType ? normaliserSelonSchema(def.innerType, valeur, chemin, inconnus) : valeur;
    case "pipe":
      return def.in ? normaliserSelonSchema(def.in, valeur, chemin, inconnus) : valeur;
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
        const normalise = normaliserSelonSchema(sousSchema, sousValeur, sousChemin, inconnus);
        if (normalise !== undefined) sortie[cle] = normalise;
      }
      return Object.keys(sortie).length === 0 ? undefined : sortie;
    }
    case "array": {
      if (!Array.isArray(valeur) || def.element === undefined) return valeur;
      const element = def.element;
      return valeur
        .map((item, index) => normaliserSelonSchema(element, item, `${chemin}.${index}`, inconnus))
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
