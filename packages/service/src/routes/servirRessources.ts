import { createReadStream, realpathSync, statSync, type Stats } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { extname, resolve, sep } from "node:path";
import { Readable } from "node:stream";
import type { Context, Next } from "hono";
import type { EnvService } from "../EnvService";
import { ErreurProbleme } from "../ErreurProbleme";
import type { ModuleRoutes } from "../ModuleRoutes";

/**
 * Options du service de fichiers statiques {@link servirRessources}.
 *
 * @example
 * ```ts
 * const options: OptionsRessources = { dureeCacheSecondes: 600, laisserPasser: true };
 * ```
 */
export interface OptionsRessources {
  /** Nom du module de routes. @default "ressources <préfixe>" */
  readonly nom?: string;
  /** `Cache-Control: max-age` des fichiers autres que HTML (les pages HTML sont revalidées à chaque fois). @default 3600 */
  readonly dureeCacheSecondes?: number;
  /**
   * Chemin sans fichier : laisser passer la requête vers les routes suivantes (montage à la racine
   * `/` à côté des routes de l'API) au lieu de répondre 404. @default false
   */
  readonly laisserPasser?: boolean;
  /** `Content-Security-Policy` des pages HTML (`false` : aucune). @default scripts, styles et appels vers la même origine seulement */
  readonly politiqueContenu?: string | false;
}

/** Types de contenu servis, par extension ; les autres fichiers partent en `application/octet-stream`. */
const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".htm": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".pdf": "application/pdf",
  ".webmanifest": "application/manifest+json",
};

const POLITIQUE_DEFAUT = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'self'";

/** Segment de chemin qu'on ne sert jamais : vide au milieu, `.`/`..`, fichier caché, caractère de contrôle ou barre inverse. */
function segmentRefuse(segment: string): boolean {
  // eslint-disable-next-line no-control-regex
  return segment === "." || segment === ".." || segment.startsWith(".") || /[\u0000-\u001f\u007f\\:]/.test(segment);
}

function dansRacine(chemin: string, racine: string): boolean {
  return chemin === racine || chemin.startsWith(racine.endsWith(sep) ? racine : `${racine}${sep}`);
}

function etiquette(infos: Stats): string {
  return `W/"${infos.size.toString(16)}-${Math.trunc(infos.mtimeMs).toString(16)}"`;
}

/** Vrai si l'en-tête `If-None-Match` (comparaison faible, liste ou `*`) désigne cette étiquette. */
function correspond(siAucune: string, etag: string): boolean {
  const nu = etag.replace(/^W\//, "");
  return siAucune.split(",").some((e) => {
    const t = e.trim();
    return t === "*" || t.replace(/^W\//, "") === nu;
  });
}

/**
 * Module de routes qui sert les fichiers d'un dossier sous un préfixe d'URL (`GET` et `HEAD`),
 * sans jamais sortir du dossier : chemin décodé une seule fois puis refusé s'il contient `..`, `.`,
 * un fichier caché (`.env`), une barre inverse, un caractère de contrôle ou un `%2f` qui
 * remonterait ; lien symbolique suivi seulement s'il reste dans le dossier. `index.html` d'un
 * dossier servi à `prefixe/` (et `prefixe` redirigé vers `prefixe/`), type de contenu par
 * extension, `ETag` et `Last-Modified` (réponse 304), `Cache-Control`, `X-Content-Type-Options:
 * nosniff` et une politique de contenu pour les pages HTML. Un fichier absent donne un problème
 * 404 en français. Fichiers lus en flux (mémoire bornée).
 *
 * @example
 * ```ts
 * const formulaire = servirRessources("/formulaire", "/opt/formulaire-web/dist");
 * creerApplication(configuration, { modules: [...modulesStandard, formulaire] });
 * // GET /formulaire/ → index.html ; GET /formulaire/cerfa-apprentissage.js → le module JavaScript
 * ```
 */
export function servirRessources(prefixe: string, dossier: string, options: OptionsRessources = {}): ModuleRoutes {
  const base = prefixe.replace(/\/+$/, "");
  if (base !== "" && !/^(\/[\w.-]+)+$/.test(base)) throw new Error(`préfixe des ressources invalide « ${prefixe} » (par exemple /formulaire)`);
  let racine: string;
  try {
    racine = realpathSync(resolve(dossier));
    if (!statSync(racine).isDirectory()) throw new Error("pas un dossier");
  } catch {
    throw new Error(`dossier des ressources introuvable pour ${base || "/"} : ${dossier}`);
  }
  const dureeCache = options.dureeCacheSecondes ?? 3600;
  const politique = options.politiqueContenu === undefined ? POLITIQUE_DEFAUT : options.politiqueContenu;
  const laisserPasser = options.laisserPasser === true;

  const introuvable = (c: Context<EnvService>): ErreurProbleme => new ErreurProbleme(404, "Fichier introuvable", `aucun fichier à l'adresse ${c.req.path.slice(0, 200)}`);

  async function servir(c: Context<EnvService>, next: Next): Promise<Response | void> {
    const methode = c.req.method;
    if (methode !== "GET" && methode !== "HEAD") return next();
    const url = new URL(c.req.url);
    const brut = url.pathname;
    if (brut === base) return c.redirect(`${base}/${url.search}`, 308);
    if (!brut.startsWith(`${base}/`)) return next();
    const refuser = () => {
      if (laisserPasser) return next();
      throw introuvable(c);
    };
    let relatif: string;
    try {
      relatif = decodeURIComponent(brut.slice(base.length + 1));
    } catch {
      return refuser();
    }
    const segments = relatif.split("/");
    const dernier = segments.pop() ?? "";
    if (segments.some((s) => s === "" || segmentRefuse(s)) || (dernier !== "" && segmentRefuse(dernier))) return refuser();
    let chemin = resolve(racine, ...segments, dernier === "" ? "index.html" : dernier);
    if (!dansRacine(chemin, racine)) return refuser();
    let infos: Stats;
    try {
      infos = await stat(chemin);
      if (infos.isDirectory()) {
        if (dernier !== "") return c.redirect(`${brut}/${url.search}`, 308);
        return refuser();
      }
      if (!infos.isFile()) return refuser();
      // Lien symbolique : suivi seulement s'il reste dans le dossier servi.
      chemin = await realpath(chemin);
      if (!dansRacine(chemin, racine)) return refuser();
    } catch {
      return refuser();
    }
    const type = TYPES[extname(chemin).toLowerCase()] ?? "application/octet-stream";
    const html = type.startsWith("text/html");
    const etag = etiquette(infos);
    const entetes: Record<string, string> = {
      etag,
      "last-modified": new Date(Math.trunc(infos.mtimeMs / 1000) * 1000).toUTCString(),
      "cache-control": html ? "no-cache" : `public, max-age=${dureeCache}`,
      "x-content-type-options": "nosniff",
      ...(html && politique !== false ? { "content-security-policy": politique } : {}),
    };
    const siAucune = c.req.header("if-none-match");
    const siModifie = c.req.header("if-modified-since");
    const inchange = siAucune !== undefined ? correspond(siAucune, etag) : siModifie !== undefined && Date.parse(siModifie) >= Math.trunc(infos.mtimeMs / 1000) * 1000;
    if (inchange) return c.body(null, 304, entetes);
    const tete = { ...entetes, "content-type": type, "content-length": String(infos.size) };
    if (methode === "HEAD") return c.body(null, 200, tete);
    const flux = Readable.toWeb(createReadStream(chemin)) as ReadableStream<Uint8Array>;
    return c.body(flux, 200, tete);
  }

  return {
    nom: options.nom ?? `ressources ${base || "/"}`,
    monter(app) {
      if (base !== "") app.use(base, servir);
      app.use(`${base}/*`, servir);
    },
  };
}
