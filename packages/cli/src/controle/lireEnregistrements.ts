import { createReadStream } from "node:fs";
import { DecoupeurTableauJson } from "./DecoupeurTableauJson";
import type { EnregistrementLu } from "./EnregistrementLu";
import { raisonJsonInvalide } from "./raisonJsonInvalide";

/**
 * Options de {@link lireEnregistrements}.
 *
 * @example
 * ```ts
 * const o: OptionsLecture = { nom: "contrats.jsonl", tailleMaxEnregistrement: 1_000_000 };
 * ```
 */
export interface OptionsLecture {
  /** Nom du fichier dans les provenances (par défaut, le chemin donné). */
  nom?: string;
  /** Taille maximale d'un enregistrement en caractères (par défaut 16 Mio) : au-delà, il est illisible. */
  tailleMaxEnregistrement?: number;
}

const EXTENSIONS_LIGNES = /\.(jsonl|ndjson)$/i;

/** Caractère de remplacement produit par le décodage d'octets qui ne sont pas de l'UTF-8. */
const REMPLACEMENT = "\uFFFD";

/** Nombre d'occurrences de U+FFFD écrites telles quelles dans le fichier (octets EF BF BD). */
function remplacementsLitteraux(octets: Uint8Array): number {
  let n = 0;
  for (let i = 0; i + 2 < octets.length; i++) if (octets[i] === 0xef && octets[i + 1] === 0xbf && octets[i + 2] === 0xbd) n++;
  return n;
}

/** Nombre de U+FFFD d'un texte décodé. */
function remplacements(texte: string): number {
  let n = 0;
  for (let i = texte.indexOf(REMPLACEMENT); i >= 0; i = texte.indexOf(REMPLACEMENT, i + 1)) n++;
  return n;
}

/** Octets invalides typiques du Latin-1 / Windows-1252 : lettre accentuée (0xC0–0xFF) non suivie d'un octet de continuation UTF-8. */
function ressembleLatin1(octets: Uint8Array): boolean {
  for (let i = 0; i < octets.length; i++) {
    const o = octets[i] ?? 0;
    if (o >= 0xc0) {
      const suivant = octets[i + 1];
      if (suivant === undefined || suivant < 0x80 || suivant > 0xbf) return true;
    }
  }
  return false;
}

const ENCODAGE_INVALIDE = "encodage invalide : l'enregistrement contient des octets qui ne sont pas de l'UTF-8 (rien n'est réparé ; convertir le fichier en UTF-8)";
const ENCODAGE_LATIN1 = "encodage invalide : le fichier semble encodé en Latin-1 (ISO-8859-1) ou Windows-1252, pas en UTF-8 (rien n'est réparé ; le convertir en UTF-8)";

function analyser(texte: string, fichier: string, ligne: number, encodage: { invalide?: string }): EnregistrementLu {
  if (encodage.invalide !== undefined && texte.includes(REMPLACEMENT)) return { ok: false, erreur: encodage.invalide, source: { fichier, ligne } };
  try {
    return { ok: true, valeur: JSON.parse(texte), source: { fichier, ligne } };
  } catch (erreur) {
    return { ok: false, erreur: raisonJsonInvalide(texte, erreur), source: { fichier, ligne } };
  }
}

/**
 * Lit un fichier d'enregistrements **en flux, à mémoire constante**, et rend chaque
 * enregistrement avec sa provenance (fichier, ligne). Formats reconnus :
 *
 * - **JSON Lines** (`.jsonl`, `.ndjson`, ou tout fichier dont la première ligne non vide est une
 *   valeur JSON complète) : un enregistrement par ligne non vide ; une ligne tronquée ou invalide
 *   est rendue illisible et la lecture continue à la ligne suivante ;
 * - **tableau JSON** (le premier caractère non blanc est `[`) : un enregistrement par élément,
 *   découpé incrémentalement ; un élément invalide est illisible, les suivants sont lus ;
 * - **objet JSON unique** réparti sur plusieurs lignes (fichier `.json` dont la première ligne
 *   commence par `{` sans être un JSON complet) : un seul enregistrement. Si cet objet est
 *   invalide alors que d'autres lignes sont des JSON complets, ou s'il dépasse la taille maximale,
 *   le fichier est relu comme des JSON Lines dont la première ligne est illisible : rien n'est perdu.
 *
 * Un enregistrement plus long que `tailleMaxEnregistrement` est illisible (la mémoire reste
 * bornée). Les lignes vides sont ignorées : ce ne sont pas des enregistrements. Ne lève qu'en cas
 * d'erreur d'entrée/sortie (fichier absent, illisible).
 *
 * @example
 * ```ts
 * for await (const lu of lireEnregistrements("contrats.jsonl")) {
 *   if (lu.ok) traiter(lu.valeur);
 *   else console.error(`${lu.source.fichier}:${lu.source.ligne} : ${lu.erreur}`);
 * }
 * ```
 */
export function lireEnregistrements(chemin: string, options: OptionsLecture = {}): AsyncGenerator<EnregistrementLu> {
  // Octets bruts (pas d'encodage du flux) : le décodage UTF-8 est vérifié par la lecture.
  const flux = createReadStream(chemin, { highWaterMark: 1 << 16 }) as AsyncIterable<Uint8Array>;
  return lireEnregistrementsFlux(flux, { ...options, nom: options.nom ?? chemin, lignesSeulement: EXTENSIONS_LIGNES.test(chemin) });
}

/**
 * Comme {@link lireEnregistrements} (mêmes enregistrements, même ordre, même provenance), mais
 * rendus par lots, un tableau non vide par morceau lu du fichier (voir {@link lireEnregistrementsParLots}).
 *
 * @example
 * ```ts
 * for await (const lot of lireLotsEnregistrements("contrats.jsonl")) for (const lu of lot) if (lu.ok) traiter(lu.valeur);
 * ```
 */
export function lireLotsEnregistrements(chemin: string, options: OptionsLecture = {}): AsyncGenerator<EnregistrementLu[]> {
  // Octets bruts (pas d'encodage du flux) : le décodage UTF-8 est vérifié par la lecture.
  const flux = createReadStream(chemin, { highWaterMark: 1 << 16 }) as AsyncIterable<Uint8Array>;
  return lireEnregistrementsParLots(flux, { ...options, nom: options.nom ?? chemin, lignesSeulement: EXTENSIONS_LIGNES.test(chemin) });
}

/**
 * Comme {@link lireEnregistrements}, mais sur un flux de morceaux (corps d'une requête HTTP,
 * entrée standard…) : mêmes formats, même provenance (`nom`, ligne), même mémoire constante.
 * Des morceaux en octets sont décodés ici (octets non UTF-8 signalés, jamais réparés) ; des
 * morceaux déjà en texte sont pris tels quels. `lignesSeulement` impose la lecture JSON Lines.
 *
 * @example
 * ```ts
 * for await (const lu of lireEnregistrementsFlux(requete, { nom: "requête", lignesSeulement: true })) {
 *   if (!lu.ok) console.error(`ligne ${lu.source.ligne} : ${lu.erreur}`);
 * }
 * ```
 */
export async function* lireEnregistrementsFlux(
  flux: AsyncIterable<string | Uint8Array>,
  options: OptionsLecture & { nom: string; lignesSeulement?: boolean },
): AsyncGenerator<EnregistrementLu> {
  for await (const lot of lireEnregistrementsParLots(flux, options)) yield* lot;
}

/**
 * Comme {@link lireEnregistrementsFlux} (mêmes enregistrements, dans le même ordre, même
 * provenance), mais rendus **par lots** : un tableau par morceau lu, jamais vide. Une seule
 * attente par morceau au lieu d'une par enregistrement : la boucle qui consomme les lots reste
 * synchrone ; la mémoire reste bornée par la taille d'un morceau.
 *
 * @example
 * ```ts
 * for await (const lot of lireEnregistrementsParLots(createReadStream("a.jsonl"), { nom: "a.jsonl" })) {
 *   for (const lu of lot) if (!lu.ok) console.error(`ligne ${lu.source.ligne} : ${lu.erreur}`);
 * }
 * ```
 */
export async function* lireEnregistrementsParLots(
  flux: AsyncIterable<string | Uint8Array>,
  options: OptionsLecture & { nom: string; lignesSeulement?: boolean },
): AsyncGenerator<EnregistrementLu[]> {
  const fichier = options.nom;
  const tailleMax = options.tailleMaxEnregistrement ?? 16 * 1024 * 1024;
  const lignesSeulement = options.lignesSeulement === true;
  const etat: { mode: "indetermine" | "lignes" | "tableau" | "document" } = { mode: "indetermine" };
  let decoupeur: DecoupeurTableauJson | undefined;
  let reste = "";
  let numero = 0; // numéro de la dernière ligne complète lue
  let premiereLigne = true;
  let ignorerJusquAuSautDeLigne = false;
  // Objet unique réparti sur plusieurs lignes : lignes retenues (texte, numéro) jusqu'à la fin.
  let document: { texte: string; ligne: number }[] = [];
  let tailleDocument = 0;
  // Enregistrements lus dans le morceau courant, rendus ensemble à sa fin (dans l'ordre de lecture).
  let enAttente: EnregistrementLu[] = [];
  // Premier octet non UTF-8 rencontré : raison donnée à chaque enregistrement touché (illisible).
  const encodage: { invalide?: string } = {};

  /** Repasse les lignes retenues comme des lignes JSON Lines (l'hypothèse « objet unique » est abandonnée). */
  const relireDocumentEnLignes = (): void => {
    etat.mode = "lignes";
    for (const l of document) if (l.texte.trim() !== "") enAttente.push(analyser(l.texte, fichier, l.ligne, encodage));
    document = [];
  };

  const traiterLigne = (brute: string): void => {
    numero++;
    let texte = brute.endsWith("\r") ? brute.slice(0, -1) : brute;
    if (premiereLigne && texte.charCodeAt(0) === 0xfeff) texte = texte.slice(1);
    if (etat.mode === "document") {
      document.push({ texte, ligne: numero });
      tailleDocument += texte.length + 1;
      // Trop long pour un seul contrat : c'était un fichier de lignes dont la première est illisible.
      if (tailleDocument > tailleMax) relireDocumentEnLignes();
      return;
    }
    if (texte.trim() === "") return;
    if (premiereLigne) {
      premiereLigne = false;
      const lu = analyser(texte, fichier, numero, encodage);
      if (!lu.ok && !lignesSeulement && texte.trimStart().startsWith("{")) {
        etat.mode = "document";
        document = [{ texte, ligne: numero }];
        tailleDocument = texte.length + 1;
        return;
      }
      enAttente.push(lu);
      return;
    }
    enAttente.push(analyser(texte, fichier, numero, encodage));
  };

  /** Éléments d'un tableau JSON découpés : illisibles avec leur raison, les autres analysés. */
  const pousserElements = (elements: Iterable<{ erreur: string; ligne: number } | { texte: string; ligne: number }>): void => {
    for (const element of elements) {
      enAttente.push("erreur" in element ? { ok: false, erreur: element.erreur, source: { fichier, ligne: element.ligne } } : analyser(element.texte, fichier, element.ligne, encodage));
    }
  };

  // Octets lus et décodés ici (pas par le flux) : un octet non UTF-8 n'est jamais remplacé en silence.
  const decodeur = new TextDecoder("utf-8", { fatal: false });
  let crFinal = false;

  /** Un morceau du flux : ses enregistrements complets vont dans `enAttente`, le reste attend le suivant. */
  const traiterMorceau = (brut: string | Uint8Array): void => {
    let morceau: string;
    if (typeof brut === "string") morceau = brut;
    else {
      morceau = decodeur.decode(brut, { stream: true });
      // Octets comptés seulement si le texte décodé porte des U+FFFD (rare) : un morceau sain n'est parcouru qu'une fois.
      if (encodage.invalide === undefined && morceau.includes(REMPLACEMENT) && remplacements(morceau) > remplacementsLitteraux(brut)) {
        encodage.invalide = ressembleLatin1(brut) ? ENCODAGE_LATIN1 : ENCODAGE_INVALIDE;
      }
    }
    // Fins de ligne CR LF, LF ou CR seul (anciens Mac, certains exports) : toutes ramenées à LF.
    if (crFinal && morceau.startsWith("\n")) morceau = morceau.slice(1);
    crFinal = morceau.endsWith("\r");
    if (morceau.includes("\r")) morceau = morceau.replace(/\r\n?/g, "\n");
    if (etat.mode === "indetermine") {
      const debut = morceau.replace(/^\uFEFF/, "").trimStart();
      if (debut === "") {
        // Que des blancs pour l'instant : on compte les lignes sautées et on attend la suite.
        for (let i = 0; i < morceau.length; i++) if (morceau.charCodeAt(i) === 0x0a) numero++;
        return;
      }
      if (debut.startsWith("[") && !lignesSeulement) {
        etat.mode = "tableau";
        decoupeur = new DecoupeurTableauJson(tailleMax);
        if (numero > 0) decoupeur.pousser("\n".repeat(numero));
      } else etat.mode = "lignes";
    }
    if (etat.mode === "tableau" && decoupeur !== undefined) {
      pousserElements(decoupeur.pousser(morceau));
      return;
    }
    // Lignes (JSON Lines) ou objet unique.
    if (ignorerJusquAuSautDeLigne) {
      const saut = morceau.indexOf("\n");
      if (saut < 0) return;
      morceau = morceau.slice(saut + 1);
      ignorerJusquAuSautDeLigne = false;
    }
    let position = 0;
    let saut = morceau.indexOf("\n", position);
    if (saut >= 0 && reste !== "") {
      traiterLigne(reste + morceau.slice(0, saut));
      reste = "";
      position = saut + 1;
      saut = morceau.indexOf("\n", position);
    }
    while (saut >= 0) {
      traiterLigne(morceau.slice(position, saut));
      position = saut + 1;
      saut = morceau.indexOf("\n", position);
    }
    reste += morceau.slice(position);
    if (reste.length > tailleMax) {
      if (etat.mode === "document") relireDocumentEnLignes();
      numero++;
      premiereLigne = false;
      enAttente.push({ ok: false, erreur: `ligne trop longue (plus de ${tailleMax} caractères) : ignorée`, source: { fichier, ligne: numero } });
      reste = "";
      ignorerJusquAuSautDeLigne = true;
    }
  };

  /** Rend les enregistrements en attente (un nouveau tableau : le lot rendu n'est plus modifié ici). */
  const vider = (): EnregistrementLu[] => {
    const lot = enAttente;
    enAttente = [];
    return lot;
  };

  for await (const brut of flux) {
    traiterMorceau(brut);
    if (enAttente.length > 0) yield vider();
  }
  // Octets restants d'un caractère multi-octet tronqué en fin de fichier : signalés, jamais réparés.
  const finDecodage = decodeur.decode();
  if (finDecodage !== "") {
    encodage.invalide ??= ENCODAGE_INVALIDE;
    if (etat.mode === "tableau" && decoupeur !== undefined) pousserElements(decoupeur.pousser(finDecodage));
    else if (!ignorerJusquAuSautDeLigne) reste += finDecodage;
  }
  if (etat.mode === "tableau" && decoupeur !== undefined) {
    pousserElements(decoupeur.terminer());
    if (enAttente.length > 0) yield vider();
    return;
  }
  if (reste !== "" && !ignorerJusquAuSautDeLigne) traiterLigne(reste);
  if (etat.mode === "document") {
    const premiere = document[0]?.ligne ?? 1;
    const lu = analyser(document.map((l) => l.texte).join("\n"), fichier, premiere, encodage);
    // Objet unique invalide, mais d'autres lignes sont des JSON complets : c'était un fichier de lignes.
    if (!lu.ok && document.slice(1).some((l) => l.texte.trim() !== "" && analyser(l.texte, fichier, l.ligne, encodage).ok)) relireDocumentEnLignes();
    else enAttente.push(lu);
  }
  if (enAttente.length > 0) yield vider();
}
