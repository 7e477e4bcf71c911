import { resolve } from "node:path";
import type { Commande } from "../Commande";
import { genererContratsDemo } from "../demo/genererContratsDemo";
import { FichierSortie } from "../sorties/FichierSortie";
import { SortieTamponnee } from "../controle/SortieTamponnee";
import { ErreurUsage } from "../ErreurUsage";
import { lireOptions } from "../lireOptions";

const USAGE = `Usage : opco demo --nombre N [--graine S] [--sortie fichier.jsonl]

Génère des contrats d'apprentissage de démonstration au format standard, en JSON Lines (un contrat
par ligne), pour les 11 OPCO : environ 55 % de contrats sans défaut et, pour les autres, un défaut
connu par contrat (clé de SIRET ou d'UAI, NIR incohérent, âge, mineur sans représentant légal,
durée, calendrier de formation, taux de rémunération, IDCC, NAF, commune, courriel ; avant
paiement : CFA fermé, sans Qualiopi, simple formateur ou inconnu, certification fermée ou hors
apprentissage) ainsi que quelques lignes illisibles (tronquées ou JSON invalide). Les CFA, lieux
de formation, certifications et IDCC sont réels et connus de l'instantané embarqué des
référentiels ; les personnes et les employeurs sont fictifs (clés de contrôle valides).

Options :
  --nombre N        nombre de lignes à produire (entier ≥ 1)
  --graine S        graine (entier ou texte ; par défaut 2025) : même graine, même sortie
  --sortie FICHIER  écrit dans ce fichier au lieu de la sortie standard

Code de sortie : 0, ou 2 en cas d'erreur d'utilisation.`;

/**
 * Commande `opco demo` : génère, de façon reproductible, des contrats standard de démonstration
 * (conformes et défectueux) au format JSON Lines.
 *
 * @example
 * ```ts
 * await executerCli(["demo", "--nombre", "500", "--graine", "2025", "--sortie", "contrats-demo.jsonl"], contexte);
 * ```
 */
export const commandeDemo: Commande = {
  nom: "demo",
  resume: "Génère des contrats de démonstration (JSON Lines, graine reproductible, défauts connus).",
  usage: USAGE,
  async executer(args, contexte) {
    const { values, positionals } = lireOptions(args, {
      nombre: { type: "string" },
      graine: { type: "string" },
      sortie: { type: "string" },
    });
    if (positionals.length > 0) throw new ErreurUsage(`argument inattendu : ${positionals[0]}`);
    if (values.nombre === undefined) throw new ErreurUsage("l'option --nombre est obligatoire");
    if (!/^\d+$/.test(values.nombre) || Number(values.nombre) < 1) throw new ErreurUsage(`--nombre attend un entier ≥ 1 (reçu : « ${values.nombre} »)`);
    const nombre = Number(values.nombre);
    const graine = values.graine === undefined ? 2025 : /^\d+$/.test(values.graine) ? Number(values.graine) : values.graine;

    const fichier = values.sortie === undefined ? undefined : FichierSortie.ouvrir(resolve(contexte.repertoire, values.sortie), "--sortie");
    const sortie = new SortieTamponnee(fichier === undefined ? (t) => contexte.ecrire(t) : (t) => fichier.ecrire(t));
    try {
      for (const ligne of genererContratsDemo({ nombre, graine })) sortie.ecrire(`${ligne.texte}\n`);
      sortie.vider();
      fichier?.terminer();
    } finally {
      fichier?.abandonner();
    }
    if (values.sortie !== undefined) contexte.ecrireErreur(`${nombre} contrat(s) de démonstration écrits dans ${values.sortie} (graine ${String(graine)}).\n`);
    return 0;
  },
};
