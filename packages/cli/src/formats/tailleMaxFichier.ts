import { extname } from "node:path";

/**
 * Taille maximale par défaut d'un fichier lu selon sa nature (en octets) : au-delà, le fichier
 * n'est pas chargé en mémoire et il est illisible avec la raison. JSON et JSON Lines (formats
 * d'échange) 256 Mio, CSV et fichiers à séparateur 256 Mio, classeurs XLSX 50 Mio, PDF 20 Mio
 * (un CERFA rempli pèse moins de 2 Mio).
 *
 * @example
 * ```ts
 * TAILLES_MAX_FICHIER.pdf; // 20971520
 * ```
 */
export const TAILLES_MAX_FICHIER: Readonly<Record<NatureFichier, number>> = {
  json: 256 * 1024 * 1024,
  csv: 256 * 1024 * 1024,
  xlsx: 50 * 1024 * 1024,
  pdf: 20 * 1024 * 1024,
};

/**
 * Nature d'un fichier lu, d'après son extension : `csv` (`.csv`, `.txt`), `xlsx`, `pdf`, sinon `json`.
 *
 * @example
 * ```ts
 * const n: NatureFichier = "csv";
 * ```
 */
export type NatureFichier = "json" | "csv" | "xlsx" | "pdf";

/**
 * Nature d'un fichier d'après son extension.
 *
 * @example
 * ```ts
 * natureFichier("lot.CSV"); // "csv"
 * ```
 */
export function natureFichier(fichier: string): NatureFichier {
  const e = extname(fichier).toLowerCase();
  if (e === ".csv" || e === ".txt") return "csv";
  if (e === ".xlsx") return "xlsx";
  if (e === ".pdf") return "pdf";
  return "json";
}

/**
 * Taille maximale d'un fichier de cette nature : la variable d'environnement
 * `OPCO_TAILLE_MAX_<NATURE>` (octets, p. ex. `OPCO_TAILLE_MAX_CSV=1073741824`) l'emporte sur la
 * valeur par défaut ; une valeur non entière ou négative est ignorée.
 *
 * @example
 * ```ts
 * tailleMaxFichier("pdf", {}); // 20971520
 * tailleMaxFichier("pdf", { OPCO_TAILLE_MAX_PDF: "1000" }); // 1000
 * ```
 */
export function tailleMaxFichier(nature: NatureFichier, env: Readonly<Record<string, string | undefined>> = process.env): number {
  return tailleSelonEnvironnement(env, `OPCO_TAILLE_MAX_${nature.toUpperCase()}`, TAILLES_MAX_FICHIER[nature]);
}

/** Taille (octets) donnée par la variable `nom` si c'est un entier positif ou nul, sinon `defaut`. */
function tailleSelonEnvironnement(env: Readonly<Record<string, string | undefined>>, nom: string, defaut: number): number {
  const brut = env[nom];
  if (brut !== undefined && /^\d{1,16}$/.test(brut.trim())) return Number(brut.trim());
  return defaut;
}

/**
 * Taille maximale par défaut d'un document JSON lu **d'un bloc** (en octets) : objet racine
 * (enveloppe `{metadonnees, contrats}`…), format dont le lecteur a besoin du document entier
 * (Tableau de bord), ou entrée de `opco convertir`, qui écrit sa sortie d'un bloc. L'analyse d'un
 * document entier et le contrôle de ses enregistrements occupent une vingtaine de fois sa taille :
 * 16 Mio (environ 5 700 contrats) gardent la lecture sous 500 Mo. Un tableau JSON ou du JSON Lines lu par un format qui lit élément par élément
 * n'est pas concerné (lu en flux jusqu'à {@link tailleMaxFichier}).
 *
 * @example
 * ```ts
 * TAILLE_MAX_DOCUMENT_JSON; // 16777216
 * ```
 */
export const TAILLE_MAX_DOCUMENT_JSON = 16 * 1024 * 1024;

/**
 * Taille maximale d'un document JSON lu d'un bloc : la variable `OPCO_TAILLE_MAX_DOCUMENT`
 * (octets) l'emporte sur {@link TAILLE_MAX_DOCUMENT_JSON} ; une valeur non entière ou négative
 * est ignorée.
 *
 * @example
 * ```ts
 * tailleMaxDocument({}); // 16777216
 * tailleMaxDocument({ OPCO_TAILLE_MAX_DOCUMENT: "1000" }); // 1000
 * ```
 */
export function tailleMaxDocument(env: Readonly<Record<string, string | undefined>> = process.env): number {
  return tailleSelonEnvironnement(env, "OPCO_TAILLE_MAX_DOCUMENT", TAILLE_MAX_DOCUMENT_JSON);
}

/**
 * Taille maximale de l'entrée standard lue **d'un bloc** (`-` donné à une commande qui lit tout son
 * document : `convertir`, `statut`, `signature`, `indicateurs`…) : `OPCO_TAILLE_MAX_ENTREE_STANDARD`
 * (octets), 64 Mio par défaut ; une valeur non entière ou négative est ignorée. Au-delà, la commande
 * s'arrête (code 3) au lieu de charger l'entrée en mémoire. `opco controle -` et
 * `opco financement -` n'y sont pas soumis : ils recopient l'entrée standard dans un fichier
 * temporaire au fil de la lecture, puis la lisent en flux.
 *
 * @example
 * ```ts
 * tailleMaxEntreeStandard({}); // 67108864
 * tailleMaxEntreeStandard({ OPCO_TAILLE_MAX_ENTREE_STANDARD: "1000" }); // 1000
 * ```
 */
export function tailleMaxEntreeStandard(env: Readonly<Record<string, string | undefined>> = process.env): number {
  return tailleSelonEnvironnement(env, "OPCO_TAILLE_MAX_ENTREE_STANDARD", 64 * 1024 * 1024);
}

/**
 * Taille maximale d'un élément d'un tableau JSON ou d'une ligne JSON Lines lus en flux (en
 * caractères) : au-delà, l'élément est illisible et la lecture continue. 16 Mio, comme `opco
 * controle` sans `--format`.
 *
 * @example
 * ```ts
 * TAILLE_MAX_ELEMENT_JSON; // 16777216
 * ```
 */
export const TAILLE_MAX_ELEMENT_JSON = 16 * 1024 * 1024;
