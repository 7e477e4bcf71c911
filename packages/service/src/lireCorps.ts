import { z } from "@hono/zod-openapi";
import { ErreurProbleme } from "./ErreurProbleme";
import { positionErreurJson } from "./positionErreurJson";

const messagesFrancais = z.locales.fr().localeError;
const decodeur = new TextDecoder();

/**
 * Décode en texte UTF-8 les octets d'un corps lu en entier (un décodeur pour tout le processus :
 * sans flux, le décodage ne garde aucun état d'un appel à l'autre).
 *
 * @example
 * ```ts
 * const texte = decoderTexte(await lireOctets(c.req.raw, limite));
 * ```
 */
export function decoderTexte(octets: Uint8Array): string {
  return decodeur.decode(octets);
}

/**
 * Vérifie le type de contenu d'une requête (415 sinon) : `types` liste les types MIME acceptés
 * (sans paramètres). Renvoie le type reçu, en minuscules. `enTete` : la valeur de l'en-tête déjà lue
 * (`lireEntete`), sinon lue dans la requête.
 *
 * @example
 * ```ts
 * exigerTypeContenu(requete, ["application/json"]);
 * ```
 */
export function exigerTypeContenu(requete: Request, types: readonly string[], enTete?: string): string {
  const recu = typeDeContenu(enTete ?? requete.headers.get("content-type") ?? undefined);
  if (!types.includes(recu)) {
    throw new ErreurProbleme(415, "Type de contenu non pris en charge", `le corps de la requête doit être de type ${types.join(" ou ")} (reçu : ${recu === "" ? "aucun" : recu})`, { typesAcceptes: [...types] });
  }
  return recu;
}

/**
 * Type MIME d'un en-tête `Content-Type` (sans paramètres, en minuscules ; `""` s'il manque).
 *
 * @example
 * ```ts
 * typeDeContenu("Application/JSON; charset=utf-8"); // "application/json"
 * ```
 */
export function typeDeContenu(enTete: string | undefined): string {
  return (enTete ?? "").split(";")[0]!.trim().toLowerCase();
}

/** Problème 413 : corps plus grand que la limite configurée. */
export function erreurCorpsTropGrand(limite: number): ErreurProbleme {
  return new ErreurProbleme(413, "Corps de requête trop volumineux", `le corps de la requête dépasse la limite de ${limite} octets`, { limiteOctets: limite });
}

/**
 * Lit tout le corps d'une requête en octets, sans jamais dépasser `limite` : un `Content-Length`
 * annoncé trop grand est refusé avant lecture (413), un corps qui dépasse en cours de lecture aussi.
 * `longueurAnnoncee` : la valeur de `Content-Length` déjà lue (`lireEntete`), sinon lue dans la requête.
 *
 * @example
 * ```ts
 * const octets = await lireOctets(c.req.raw, 10 * 1024 * 1024);
 * ```
 */
export async function lireOctets(requete: Request, limite: number, longueurAnnoncee?: string): Promise<Uint8Array> {
  const annonce = longueurPermise(longueurAnnoncee ?? requete.headers.get("content-length") ?? undefined, limite);
  if (annonce !== undefined) {
    // Taille annoncée et permise : lecture directe, sans flux web intermédiaire (le serveur Node lit
    // le corps sans construire de Request complète) ; un corps plus long que l'annonce reste refusé.
    const octets = new Uint8Array(await requete.arrayBuffer());
    if (octets.byteLength > limite) throw erreurCorpsTropGrand(limite);
    return octets;
  }
  if (requete.body === null) return new Uint8Array(0);
  const morceaux: Uint8Array[] = [];
  let taille = 0;
  const lecteur = requete.body.getReader();
  for (;;) {
    const { done, value } = await lecteur.read();
    if (done) break;
    taille += value.byteLength;
    if (taille > limite) {
      await lecteur.cancel().catch(() => undefined);
      throw erreurCorpsTropGrand(limite);
    }
    morceaux.push(value);
  }
  return assembler(morceaux, taille);
}

/**
 * Problème 413 d'une longueur annoncée (`Content-Length`) au-delà de la limite, à lever avant toute
 * lecture ; `undefined` si elle est permise, absente ou illisible (le corps lu reste alors borné).
 *
 * @example
 * ```ts
 * const erreur = longueurRefusee(message.headers["content-length"], 10 * 1024 * 1024);
 * ```
 */
export function longueurRefusee(entete: string | undefined, limite: number): ErreurProbleme | undefined {
  const annonce = Number(entete ?? "NaN");
  return Number.isFinite(annonce) && annonce > limite ? erreurCorpsTropGrand(limite) : undefined;
}

/** Longueur annoncée (`Content-Length`), refusée (413) si elle dépasse la limite ; `undefined` si absente ou illisible. */
function longueurPermise(entete: string | undefined, limite: number): number | undefined {
  const annonce = Number(entete ?? "NaN");
  if (!Number.isFinite(annonce)) return undefined;
  if (annonce > limite) throw erreurCorpsTropGrand(limite);
  return annonce;
}

/** Octets des morceaux lus, mis bout à bout (un seul morceau : rendu tel quel). */
function assembler(morceaux: readonly Uint8Array[], taille: number): Uint8Array {
  if (morceaux.length === 1) return morceaux[0]!;
  const octets = new Uint8Array(taille);
  let position = 0;
  for (const m of morceaux) {
    octets.set(m, position);
    position += m.byteLength;
  }
  return octets;
}

/**
 * Analyse un texte JSON ; un JSON invalide est un problème 400 avec sa ligne et sa colonne.
 *
 * @example
 * ```ts
 * analyserJson('{"a": 1}'); // { a: 1 }
 * ```
 */
export function analyserJson(texte: string): unknown {
  try {
    return JSON.parse(texte);
  } catch {
    const { ligne, colonne } = positionErreurJson(texte);
    throw new ErreurProbleme(400, "JSON invalide", `le corps de la requête n'est pas un JSON valide (ligne ${ligne}, colonne ${colonne})`, { ligne, colonne });
  }
}

/**
 * Valide une valeur avec un schéma zod ; en cas d'écart, problème 422 qui liste chaque champ
 * fautif (chemin pointé et message en français).
 *
 * @example
 * ```ts
 * const entree = valider(z.object({ date: z.string() }), json, "corps");
 * ```
 */
export function valider<S extends z.ZodType>(schema: S, valeur: unknown, ou: string): z.output<S> {
  const r = schema.safeParse(valeur, { error: messagesFrancais });
  if (r.success) return r.data;
  const erreurs = r.error.issues.map((i) => ({ chemin: i.path.map(String).join(".") || "(racine)", message: i.message }));
  throw new ErreurProbleme(422, "Requête invalide", `${ou} : ${erreurs.map((e) => `${e.chemin} : ${e.message}`).join(" ; ")}`, { erreurs });
}

/**
 * Lit le corps JSON d'une requête : type `application/json` (415), limite de taille (413), JSON
 * valide (400, ligne et colonne) et, si un schéma est donné, conforme (422).
 *
 * @example
 * ```ts
 * const cas = await lireJson(c.req.raw, limite, schemaCasStatut);
 * ```
 */
export async function lireJson<S extends z.ZodType>(requete: Request, limite: number, schema?: S): Promise<z.output<S>> {
  exigerTypeContenu(requete, ["application/json"]);
  const texte = decoderTexte(await lireOctets(requete, limite));
  const valeur = analyserJson(texte);
  return schema === undefined ? (valeur as z.output<S>) : valider(schema, valeur, "corps de la requête");
}
