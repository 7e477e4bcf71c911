import type { Adaptateur, ErreurLecture, ResultatLecteur } from "@communs-opco/adaptateur";
import { lireEnregistrementsFlux } from "../controle/lireEnregistrements";
import type { FormeSourceJson } from "./formeSourceJson";

const ENCODEUR = new TextEncoder();

/** Remplace le premier segment `/0` d'un pointeur lu dans `[élément]` par le rang réel de l'élément. */
function pointeurReel(pointeur: string | undefined, rang: number): string | undefined {
  if (pointeur === undefined) return undefined;
  if (pointeur === "/0" || pointeur.startsWith("/0/")) return `/${rang}${pointeur.slice(2)}`;
  return pointeur;
}

/** Première lettre en majuscule et point final : la forme des messages des lecteurs. */
function phrase(texte: string): string {
  const t = texte.charAt(0).toUpperCase() + texte.slice(1);
  return /[.!?)]$/u.test(t) ? t : `${t}.`;
}

/**
 * Lit en flux, **élément par élément**, un tableau JSON (`[…]`) ou un fichier JSON Lines avec un
 * adaptateur qui le permet (`metadonnees.lectureParElement`) : le découpage est celui de `opco
 * controle` sans `--format` (`lireEnregistrementsFlux` : resynchronisation après un élément
 * cassé, fins de ligne LF, CR LF ou CR, BOM, octets non UTF-8 signalés, jamais réparés, élément
 * de plus de `tailleMaxEnregistrement` caractères illisible), puis chaque élément est donné seul à
 * l'adaptateur (`[élément]` pour un tableau, l'objet de la ligne pour du JSON Lines). La mémoire
 * ne dépend que de la taille du plus grand élément, jamais de celle du fichier.
 *
 * Emplacements : dans un tableau, le pointeur JSON de l'élément (`/17`, `/17/apprenti/nom`),
 * comme une lecture du document entier, et la ligne où commence un élément illisible ; en JSON
 * Lines, le numéro de ligne (et le pointeur dans la ligne). Un élément illisible donne une erreur
 * située (`syntaxe_invalide` ou `encodage_invalide`) et la lecture continue.
 *
 * @example
 * ```ts
 * const flux = createReadStream("lot.json");
 * for await (const r of lireParElement(adaptateurStandard, "lot.json", flux, "tableau")) {
 *   if (!r.ok) console.log(r.erreur.source.pointeur, r.erreur.message);
 * }
 * ```
 */
export async function* lireParElement<T>(
  adaptateur: Adaptateur<T>,
  nom: string,
  flux: AsyncIterable<string | Uint8Array>,
  forme: Exclude<FormeSourceJson, "document">,
  tailleMaxEnregistrement?: number,
): AsyncGenerator<ResultatLecteur<T>> {
  const tableau = forme === "tableau";
  let rang = -1;
  for await (const lu of lireEnregistrementsFlux(flux, { nom, lignesSeulement: !tableau, ...(tailleMaxEnregistrement === undefined ? {} : { tailleMaxEnregistrement }) })) {
    rang++;
    const ligne = lu.source.ligne;
    if (!lu.ok) {
      const code: ErreurLecture["code"] = lu.erreur.startsWith("encodage invalide") ? "encodage_invalide" : "syntaxe_invalide";
      yield { ok: false, erreur: { code, message: phrase(lu.erreur), source: tableau ? { fichier: nom, ligne, pointeur: `/${rang}` } : { fichier: nom, ligne } } };
      continue;
    }
    let texte: string;
    try {
      texte = JSON.stringify(tableau ? [lu.valeur] : lu.valeur);
    } catch {
      // Imbrication trop profonde pour être réécrite : l'élément est illisible, la lecture continue.
      const source = tableau ? { fichier: nom, ligne, pointeur: `/${rang}` } : { fichier: nom, ligne };
      yield { ok: false, erreur: { code: "enregistrement_invalide", message: "Structure JSON trop profonde : enregistrement illisible.", source } };
      continue;
    }
    for await (const r of adaptateur.lire({ nom, octets: ENCODEUR.encode(texte) })) {
      if (tableau) {
        if (r.ok) {
          const pointeur = pointeurReel(r.source.pointeur, rang);
          yield { ...r, source: { ...r.source, fichier: nom, ...(pointeur === undefined ? {} : { pointeur }) } };
        } else {
          const pointeur = pointeurReel(r.erreur.source.pointeur, rang);
          yield { ...r, erreur: { ...r.erreur, source: { ...r.erreur.source, fichier: nom, ...(pointeur === undefined ? {} : { pointeur }) } } };
        }
      } else if (r.ok) yield { ...r, source: { ...r.source, fichier: nom, ligne } };
      else yield { ...r, erreur: { ...r.erreur, message: r.erreur.message.replace(/ \(ligne 1\)/, ""), source: { ...r.erreur.source, fichier: nom, ligne } } };
    }
  }
}
