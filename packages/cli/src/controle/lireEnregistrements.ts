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

function analyser(texte: string, fichier: string, ligne: number): EnregistrementLu {
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
 *   commence par `{` sans être un JSON complet) : un seul enregistrement.
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
export async function* lireEnregistrements(chemin: string, options: OptionsLecture = {}): AsyncGenerator<EnregistrementLu> {
  const fichier = options.nom ?? chemin;
  const tailleMax = options.tailleMaxEnregistrement ?? 16 * 1024 * 1024;
  const lignesSeulement = EXTENSIONS_LIGNES.test(chemin);
  const etat: { mode: "indetermine" | "lignes" | "tableau" | "document" } = { mode: "indetermine" };
  let decoupeur: DecoupeurTableauJson | undefined;
  let reste = "";
  let numero = 0; // numéro de la dernière ligne complète lue
  let premiereLigne = true;
  let ignorerJusquAuSautDeLigne = false;
  let document: string[] = [];
  let tailleDocument = 0;
  let ligneDocument = 0;

  const traiterLigne = (brute: string): EnregistrementLu | undefined => {
    numero++;
    let texte = brute.endsWith("\r") ? brute.slice(0, -1) : brute;
    if (premiereLigne && texte.charCodeAt(0) === 0xfeff) texte = texte.slice(1);
    if (etat.mode === "document") {
      tailleDocument += texte.length + 1;
      if (tailleDocument <= tailleMax) document.push(texte);
      return undefined;
    }
    if (texte.trim() === "") return undefined;
    if (premiereLigne) {
      premiereLigne = false;
      const lu = analyser(texte, fichier, numero);
      if (!lu.ok && !lignesSeulement && texte.trimStart().startsWith("{")) {
        etat.mode = "document";
        ligneDocument = numero;
        document = [texte];
        tailleDocument = texte.length + 1;
        return undefined;
      }
      return lu;
    }
    return analyser(texte, fichier, numero);
  };

  const flux = createReadStream(chemin, { encoding: "utf8", highWaterMark: 1 << 16 });
  for await (const morceauBrut of flux) {
    let morceau = morceauBrut as string;
    if (etat.mode === "indetermine") {
      const debut = morceau.replace(/^\uFEFF/, "").trimStart();
      if (debut === "") {
        // Que des blancs pour l'instant : on compte les lignes sautées et on attend la suite.
        for (let i = 0; i < morceau.length; i++) if (morceau.charCodeAt(i) === 0x0a) numero++;
        continue;
      }
      if (debut.startsWith("[") && !lignesSeulement) {
        etat.mode = "tableau";
        decoupeur = new DecoupeurTableauJson(tailleMax);
        if (numero > 0) decoupeur.pousser("\n".repeat(numero));
      } else etat.mode = "lignes";
    }
    if (etat.mode === "tableau" && decoupeur !== undefined) {
      for (const element of decoupeur.pousser(morceau)) {
        yield "erreur" in element
          ? { ok: false, erreur: element.erreur, source: { fichier, ligne: element.ligne } }
          : analyser(element.texte, fichier, element.ligne);
      }
      continue;
    }
    // Lignes (JSON Lines) ou objet unique.
    if (ignorerJusquAuSautDeLigne) {
      const saut = morceau.indexOf("\n");
      if (saut < 0) continue;
      morceau = morceau.slice(saut + 1);
      ignorerJusquAuSautDeLigne = false;
    }
    let position = 0;
    let saut = morceau.indexOf("\n", position);
    if (saut >= 0 && reste !== "") {
      const lu = traiterLigne(reste + morceau.slice(0, saut));
      reste = "";
      if (lu !== undefined) yield lu;
      position = saut + 1;
      saut = morceau.indexOf("\n", position);
    }
    while (saut >= 0) {
      const lu = traiterLigne(morceau.slice(position, saut));
      if (lu !== undefined) yield lu;
      position = saut + 1;
      saut = morceau.indexOf("\n", position);
    }
    reste += morceau.slice(position);
    if (reste.length > tailleMax && etat.mode !== "document") {
      numero++;
      premiereLigne = false;
      yield { ok: false, erreur: `ligne trop longue (plus de ${tailleMax} caractères) : ignorée`, source: { fichier, ligne: numero } };
      reste = "";
      ignorerJusquAuSautDeLigne = true;
    }
  }
  if (etat.mode === "tableau" && decoupeur !== undefined) {
    for (const element of decoupeur.terminer()) yield { ok: false, erreur: "erreur" in element ? element.erreur : "", source: { fichier, ligne: element.ligne } };
    return;
  }
  if (reste !== "" && !ignorerJusquAuSautDeLigne) {
    const lu = traiterLigne(reste);
    if (lu !== undefined) yield lu;
  }
  if (etat.mode === "document") {
    if (tailleDocument > tailleMax) {
      yield { ok: false, erreur: `objet JSON trop long (plus de ${tailleMax} caractères)`, source: { fichier, ligne: ligneDocument } };
    } else yield analyser(document.join("\n"), fichier, ligneDocument);
  }
}
