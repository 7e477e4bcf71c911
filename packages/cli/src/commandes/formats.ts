import type { Commande } from "../Commande";
import { ErreurUsage } from "../ErreurUsage";
import { decrireFormats } from "../formats/decrireFormats";
import { lireOptions } from "../lireOptions";

const USAGE = `Usage : opco formats [--json]

Liste les formats d'échange connus de « opco convertir » et « opco controle --format » : nom, sens
(lecture vers le standard, écriture depuis le standard), versions prises en charge, OPCO concerné,
type d'enregistrement standard et détection automatique.

Options :
  --json   sortie JSON : [{ "nom", "libelle", "sens", "versions", "opco" (slug), "nomOpco" (nom
           d'affichage de @communs-opco/nomenclatures), "typeEnregistrement", "detection", "extensions",
           "limites" }] ; « limites » donne, par nature de fichier lu (json, csv, xlsx, pdf), les tailles
           au-delà desquelles un élément, une ligne ou un fichier est illisible ; « tailleMaxFichier »
           (octets) se règle par la variable OPCO_TAILLE_MAX_<NATURE> (p. ex. OPCO_TAILLE_MAX_CSV),
           « tailleMaxDocument » (fichier lu d'un bloc : objet JSON racine, CSV, opco convertir) par
           OPCO_TAILLE_MAX_DOCUMENT ; « tailleMaxElement » : un tableau JSON ou du JSON Lines est lu en
           flux, élément par élément`;

const LIBELLES_SENS = { lecture: "lecture", ecriture: "écriture", "lecture-ecriture": "lecture et écriture" } as const;

const mio = (octets: number) => `${Math.round(octets / 1_048_576)} Mio`;

/**
 * Tailles maximales d'un fichier entier par nature, en Mio : « json 256 Mio en flux (16 Mio d'un
 * bloc), csv 16 Mio, xlsx 50 Mio ». Un fichier lu d'un bloc est aussi borné par `tailleMaxDocument`.
 */
function tailles(limites: Record<string, Record<string, number>>): string {
  return Object.entries(limites)
    .flatMap(([nature, l]) => {
      const fichier = l["tailleMaxFichier"];
      if (fichier === undefined) return [];
      const document = l["tailleMaxDocument"];
      if (document === undefined || document >= fichier) return [`${nature} ${mio(fichier)}`];
      return [l["tailleMaxElement"] === undefined ? `${nature} ${mio(document)}` : `${nature} ${mio(fichier)} en flux (${mio(document)} d'un bloc)`];
    })
    .join(", ");
}

/**
 * Commande `opco formats` : liste des formats d'échange (nom, sens, versions, OPCO),
 * en texte ou en JSON.
 *
 * @example
 * ```ts
 * await executerCli(["formats", "--json"], contexte);
 * ```
 */
export const commandeFormats: Commande = {
  nom: "formats",
  resume: "Liste les formats d'échange (nom, sens de conversion, versions, OPCO).",
  usage: USAGE,
  async executer(args, contexte) {
    const { values, positionals } = lireOptions(args, { json: { type: "boolean" } });
    if (positionals.length > 0) throw new ErreurUsage(`argument inattendu : ${positionals[0]}`);
    const formats = decrireFormats();
    if (values.json === true) {
      contexte.ecrire(`${JSON.stringify(formats, null, 2)}\n`);
      return 0;
    }
    const largeur = Math.max(...formats.map((f) => f.nom.length));
    const lignes = formats.map(
      (f) =>
        `  ${f.nom.padEnd(largeur)}  ${f.libelle}\n  ${" ".repeat(largeur)}  ${LIBELLES_SENS[f.sens]} ; versions : ${f.versions.join(", ") || "—"}` +
        `${f.nomOpco === null ? "" : ` ; OPCO : ${f.nomOpco}`} ; enregistrement : ${f.typeEnregistrement}${f.detection ? " ; détection automatique" : ""}` +
        `${tailles(f.limites) === "" ? "" : ` ; taille max. : ${tailles(f.limites)}`}`,
    );
    contexte.ecrire(`Formats d'échange (${formats.length}) :\n${lignes.join("\n")}\n`);
    return 0;
  },
};
