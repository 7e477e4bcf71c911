import type { Adaptateur, ResultatLecteur, SourceDonnees } from "@communs-opco/adaptateur";

const DECODEUR = new TextDecoder("utf-8", { fatal: false });
const ENCODEUR = new TextEncoder();

/** Vrai si la source JSON est en JSON Lines : extension .jsonl/.ndjson, ou première ligne non vide qui est à elle seule un objet JSON complet suivie d'autres lignes. */
function estJsonLignes(source: SourceDonnees, texte: string): boolean {
  if (/\.(jsonl|ndjson)$/i.test(source.nom)) return true;
  const lignes = texte.split(/\r?\n/).filter((l) => l.trim() !== "");
  if (lignes.length < 2 || !lignes[0]!.trimStart().startsWith("{")) return false;
  try {
    const premiere: unknown = JSON.parse(lignes[0]!);
    return typeof premiere === "object" && premiere !== null && !Array.isArray(premiere);
  } catch {
    return false;
  }
}

/**
 * Lit une source avec un adaptateur de format JSON, que la source soit un document JSON ou du
 * JSON Lines (un enregistrement par ligne, comme l'écrivent `opco demo` et `opco controle
 * --export-indus`). En JSON Lines, chaque ligne non vide est lue par l'adaptateur comme un
 * document : ses résultats sont localisés par numéro de ligne (et pointeur dans la ligne) ; une
 * ligne illisible donne une erreur à sa ligne sans arrêter la lecture. Les autres formats (CSV,
 * PDF…) et les documents JSON sont lus tels quels.
 *
 * @example
 * ```ts
 * for await (const r of lireJsonOuJsonLignes(adaptateurStandard, { nom: "contrats.jsonl", octets })) {
 *   if (!r.ok) console.log(`ligne ${r.erreur.source.ligne} : ${r.erreur.message}`);
 * }
 * ```
 */
export async function* lireJsonOuJsonLignes<T>(adaptateur: Adaptateur<T>, source: SourceDonnees): AsyncGenerator<ResultatLecteur<T>> {
  const json = (adaptateur.metadonnees.typesMime ?? []).some((t) => t === "application/json" || t === "application/x-ndjson");
  const texte = json ? DECODEUR.decode(source.octets) : "";
  if (!json || !estJsonLignes(source, texte)) {
    yield* adaptateur.lire(source);
    return;
  }
  const lignes = texte.split(/\r?\n/);
  for (let i = 0; i < lignes.length; i++) {
    const contenu = lignes[i]!;
    if (contenu.trim() === "") continue;
    const ligne = i + 1;
    for await (const r of adaptateur.lire({ ...source, octets: ENCODEUR.encode(contenu) })) {
      if (r.ok) yield { ...r, source: { ...r.source, fichier: source.nom, ligne } };
      else yield { ...r, erreur: { ...r.erreur, message: r.erreur.message.replace(/ \(ligne 1\)/, ""), source: { ...r.erreur.source, fichier: source.nom, ligne } } };
    }
  }
}
