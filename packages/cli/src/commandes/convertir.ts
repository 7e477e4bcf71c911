import { resolve } from "node:path";
import type { Commande } from "../Commande";
import { ErreurUsage } from "../ErreurUsage";
import { convertirDonnees } from "../formats/convertirDonnees";
import { ouvrirSource } from "../formats/ouvrirSource";
import { lireOptions } from "../lireOptions";
import { FichierSortie } from "../sorties/FichierSortie";
import { verifierSortiesDistinctes } from "../sorties/verifierSortiesDistinctes";
import { progressionCli } from "../terminal/progressionCli";

const USAGE = `Usage : opco convertir <fichier> --vers FORMAT [--de FORMAT|auto] [--sortie FICHIER] [--silencieux]

Convertit un fichier d'un format d'échange vers un autre en passant par l'enregistrement standard
(@communs-opco/schemas). Les formats JSON se lisent en JSON ou en JSON Lines (un enregistrement par
ligne, comme l'écrit « opco demo »). « - » lit l'entrée standard.

Options :
  --de FORMAT       format du fichier lu (par défaut : auto, détection sur le début du fichier)
  --vers FORMAT     format à écrire
  --sortie FICHIER  fichier à écrire (par défaut : sortie standard, formats texte et JSON seulement)
  --silencieux      pas de progression (enregistrements lus, débit) sur la sortie d'erreur d'un
                    terminal ; rien n'y est jamais écrit quand elle est redirigée

Formats : standard, deca, deca-extrait, agecap, agecap-statuts, et ceux des autres adaptateurs
installés (api-convergence, api-convergence:<opco>, cerfa-pdf, tableau-de-bord…) ; « opco formats »
les liste avec leur sens de conversion et leurs versions.

Le bilan est écrit sur la sortie d'erreur : enregistrements lus et illisibles (avec leur ligne ou
leur pointeur JSON et la raison), champs source conservés en extension (hors du standard), champs
standard que le format cible ne porte pas.

Code de sortie : 0 si tous les enregistrements ont été convertis, 1 si certains sont illisibles
ou inconvertibles (les autres sont écrits), 2 en cas d'erreur d'utilisation.`;

/**
 * Commande `opco convertir` : lecture d'un fichier dans un format (nommé ou détecté),
 * conversion par l'enregistrement standard et écriture dans le format cible, avec un
 * bilan (lus, illisibles localisés, champs non transportés) sur la sortie d'erreur.
 *
 * @example
 * ```ts
 * await executerCli(["convertir", "extraction.json", "--de", "deca", "--vers", "standard", "--sortie", "dossiers.json"], contexte);
 * ```
 */
export const commandeConvertir: Commande = {
  nom: "convertir",
  resume: "Convertit un fichier entre formats d'échange (standard, DECA, AGECAP, API Convergence…).",
  usage: USAGE,
  async executer(args, contexte) {
    const { values, positionals } = lireOptions(args, {
      de: { type: "string" },
      vers: { type: "string" },
      sortie: { type: "string" },
      silencieux: { type: "boolean" },
    });
    if (positionals.length !== 1) throw new ErreurUsage("un fichier à convertir (et un seul) est attendu");
    if (values.vers === undefined) throw new ErreurUsage("l'option --vers FORMAT est obligatoire");
    if (values.sortie !== undefined && values.sortie.trim() === "") throw new ErreurUsage("l'option --sortie attend un nom de fichier");
    const cheminSortie = values.sortie === undefined ? undefined : resolve(contexte.repertoire, values.sortie);
    // Une sortie ne remplace jamais le fichier lu (chemin réel ou lien physique) : refus avant toute écriture.
    if (cheminSortie !== undefined && positionals[0] !== "-") verifierSortiesDistinctes([resolve(contexte.repertoire, positionals[0] as string)], [{ libelle: "--sortie", chemin: cheminSortie }]);
    // La conversion lit et écrit un document entier : un fichier JSON ou CSV est aussi limité par OPCO_TAILLE_MAX_DOCUMENT.
    const source = await ouvrirSource(positionals[0] as string, contexte, { document: true });
    const progression = progressionCli(contexte, "Conversion", values.silencieux !== true);
    let conversion: Awaited<ReturnType<typeof convertirDonnees>>;
    try {
      conversion = await convertirDonnees(source, values.de ?? "auto", values.vers, { exigerSortieFichier: values.sortie === undefined, surEnregistrement: () => progression.avancer() });
    } finally {
      progression.terminer();
    }
    const { ecrit, valeurs, erreurs, total, extensions, origine, cible } = conversion;
    if (cheminSortie !== undefined) {
      // Fichier temporaire du même dossier renommé à la fin : une écriture interrompue ne laisse aucun fichier partiel.
      const fichier = FichierSortie.ouvrir(cheminSortie, "--sortie");
      try {
        fichier.ecrire(ecrit.octets);
        fichier.terminer();
      } finally {
        fichier.abandonner();
      }
    } else {
      contexte.ecrire(new TextDecoder().decode(ecrit.octets));
    }
    const bilan = [
      `Conversion ${origine.metadonnees.nom} → ${cible.metadonnees.nom} : ${total} enregistrement(s) lu(s), ${valeurs.length} enregistrement(s) écrit(s), ${erreurs.length} illisible(s) ou inconvertible(s).`,
      ...(erreurs.length === 0 ? [] : ["Enregistrements non convertis :", ...erreurs]),
      ...(extensions.length === 0
        ? []
        : [`Champs source hors du standard, conservés en extension : ${extensions.map((e) => `${e.champ} (${e.occurrences})`).join(", ")}`]),
      ...(ecrit.nonTransportes.length === 0
        ? []
        : [`Champs standard que le format « ${cible.metadonnees.nom} » ne porte pas (perdus à l'écriture) : ${ecrit.nonTransportes.join(", ")}`]),
      ...(values.sortie === undefined ? [] : [`Écrit : ${values.sortie}`]),
    ];
    contexte.ecrireErreur(`${bilan.join("\n")}\n`);
    return erreurs.length === 0 ? 0 : 1;
  },
};
