import { existsSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import {
  chargerInstantane,
  chargerInstantaneEmbarque,
  cheminInstantaneEmbarque,
  ecrireInstantane,
  ErreurFormatFichier,
  ErreurInstantane,
  estTypeSource,
  FICHIER_INSTANTANE,
  importerSource,
  instantaneVide,
  integrerImport,
  typesSource,
  type Instantane,
  type Progression,
} from "@communs-opco/referentiels";
import type { Commande } from "../Commande";
import type { ContexteCli } from "../ContexteCli";
import { ErreurUsage } from "../ErreurUsage";
import { lireOptions } from "../lireOptions";
import { expliquerErreurSysteme } from "../sorties/expliquerErreurSysteme";

const DOSSIER_PAR_DEFAUT = "referentiel-local";
const REJETS_AFFICHES = 20;

const USAGE = `Usage :
  opco referentiel importer <type> <fichier…> [--dossier DIR] [--date-applicabilite AAAA-MM-JJ] [--opco NOM] [--json]
  opco referentiel info [--referentiel DIR] [--json]

« importer » construit ou met à jour l'instantané local DIR/${FICHIER_INSTANTANE} (DIR par défaut :
./${DOSSIER_PAR_DEFAUT}) à partir de fichiers téléchargés par l'OPCO (fichiers complets et à jour).
Les autres commandes l'utilisent avec --referentiel DIR. « info » décrit un instantané (par
défaut : l'instantané embarqué dans le paquet).

Types :
${Object.entries(typesSource)
  .map(([type, t]) => `  ${type.padEnd(19)} ${t.fichier} — ${t.editeur}`)
  .join("\n")}

Options :
  --dossier DIR                   dossier de l'instantané local à créer ou mettre à jour
  --date-applicabilite AAAA-MM-JJ (npec) date des lignes sans date, pour une édition ancienne
  --opco NOM                      (opco-rncp) OPCO de la liste (par défaut : nom du fichier)
  --referentiel DIR               (info) instantané local à décrire
  --json                          bilan en JSON

Chaque ligne lue est retenue, rejetée (avec sa ligne et sa raison) ou ignorée (vide, doublon).
Un fichier dont aucun enregistrement n'est reconnu (mauvais type) échoue : aucun instantané vide
n'est écrit. Code de sortie : 0 si tous les fichiers sont importés, 1 si un fichier n'a pas le
format attendu ou est illisible, 2 en cas d'erreur d'utilisation.`;

function formaterNombre(n: number): string {
  return new Intl.NumberFormat("fr-FR").format(n).replace(/\u202f|\u00a0/g, " ");
}

function afficheurProgression(contexte: ContexteCli): (p: Progression) => void {
  let dernier = 0;
  return (p) => {
    if (p.lignes === dernier) return;
    dernier = p.lignes;
    const pourcentage = p.octetsTotal !== undefined && p.octetsTotal > 0 && p.octetsLus !== undefined ? ` (${String(Math.round((100 * p.octetsLus) / p.octetsTotal))} %)` : "";
    contexte.ecrireErreur(`  ${p.fichier} : ${formaterNombre(p.lignes)} lignes lues${pourcentage}\n`);
  };
}

async function importer(args: string[], contexte: ContexteCli): Promise<number> {
  const { values, positionals } = lireOptions(args, {
    dossier: { type: "string" },
    "date-applicabilite": { type: "string" },
    opco: { type: "string" },
    json: { type: "boolean" },
  });
  const [type, ...fichiers] = positionals;
  if (type === undefined) throw new ErreurUsage("type de fichier manquant");
  if (!estTypeSource(type)) throw new ErreurUsage(`type inconnu : « ${type} » (types : ${Object.keys(typesSource).join(", ")})`);
  if (fichiers.length === 0) throw new ErreurUsage("aucun fichier à importer");
  const date = values["date-applicabilite"];
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new ErreurUsage(`date invalide : « ${date} » (attendu AAAA-MM-JJ)`);
  const chemins = fichiers.map((f) => resolve(contexte.repertoire, f));
  const absent = chemins.find((c) => !existsSync(c));
  if (absent !== undefined) throw new ErreurUsage(`fichier introuvable : ${absent}`);

  const dossier = resolve(contexte.repertoire, values.dossier ?? DOSSIER_PAR_DEFAUT);
  const maintenant = new Date().toISOString();
  let instantane: Instantane;
  if (existsSync(join(dossier, FICHIER_INSTANTANE))) {
    try {
      instantane = await chargerInstantane(dossier);
    } catch (erreur) {
      if (erreur instanceof ErreurInstantane) throw new ErreurUsage(erreur.message);
      throw erreur;
    }
  } else {
    instantane = instantaneVide(maintenant);
  }

  const bilan: { fichier: string; statut: "importe" | "echec"; raison?: string; statistiques?: unknown; rejets?: unknown[] }[] = [];
  let echecs = 0;
  for (const chemin of chemins) {
    const fichier = basename(chemin);
    if (values.json !== true) contexte.ecrireErreur(`Import ${type} : ${fichier}\n`);
    try {
      const entree = await importerSource(type, chemin, {
        progression: afficheurProgression(contexte),
        ...(date === undefined ? {} : { dateApplicabilite: date }),
        ...(values.opco === undefined ? {} : { opco: values.opco }),
      });
      const s = entree.resultat.statistiques;
      if (s.enregistrements === 0) {
        // Aucun enregistrement reconnu : mauvais fichier pour ce type ; jamais d'instantané vide écrit avec le code 0.
        echecs += 1;
        const raison = `${fichier} : aucun enregistrement ${type} reconnu (${formaterNombre(s.lignesLues)} ligne(s) lue(s)) ; ce fichier n'est sans doute pas du type « ${type} » (${typesSource[type].fichier})`;
        bilan.push({ fichier, statut: "echec", raison, statistiques: s, rejets: entree.resultat.rejets });
        contexte.ecrireErreur(`opco referentiel : ${raison}\n`);
        continue;
      }
      instantane = integrerImport(instantane, entree, maintenant);
      bilan.push({ fichier, statut: "importe", statistiques: s, rejets: entree.resultat.rejets });
      if (values.json !== true) {
        contexte.ecrire(
          `${fichier} : ${formaterNombre(s.lignesLues)} lignes lues, ${formaterNombre(s.lignesRetenues)} retenues, ${formaterNombre(s.lignesRejetees)} rejetées, ${formaterNombre(s.lignesIgnorees)} ignorées → ${formaterNombre(s.enregistrements)} enregistrements\n`,
        );
        for (const r of entree.resultat.rejets.slice(0, REJETS_AFFICHES)) {
          contexte.ecrire(`  rejet ${r.feuille === undefined ? "" : `${r.feuille} `}ligne ${String(r.ligne)}${r.champ === undefined ? "" : ` [${r.champ}]`} : ${r.raison}\n`);
        }
        const reste = entree.resultat.rejets.length - REJETS_AFFICHES;
        if (reste > 0) contexte.ecrire(`  … et ${formaterNombre(reste)} autres rejets (--json pour la liste complète)\n`);
      }
    } catch (erreur) {
      // Format inattendu ou fichier illisible (archive tronquée, CSV donné pour un classeur…) : ce fichier échoue, les autres sont importés.
      const raison = erreur instanceof ErreurFormatFichier ? erreur.message : `${fichier} : fichier illisible comme « ${type} » (${expliquerErreurSysteme(erreur)})`;
      echecs += 1;
      bilan.push({ fichier, statut: "echec", raison });
      contexte.ecrireErreur(`opco referentiel : ${raison}\n`);
    }
  }
  const importes = bilan.filter((b) => b.statut === "importe").length;
  let taille: number | null = null;
  if (importes > 0) taille = await ecrireInstantane(join(dossier, FICHIER_INSTANTANE), instantane);
  if (values.json === true) {
    contexte.ecrire(`${JSON.stringify({ dossier, instantane: taille === null ? null : join(dossier, FICHIER_INSTANTANE), taille, fichiers: bilan }, null, 2)}\n`);
  } else if (taille !== null) {
    contexte.ecrire(`Instantané écrit : ${join(dossier, FICHIER_INSTANTANE)} (${formaterNombre(Math.round(taille / 1024))} Kio)\n`);
  }
  return echecs > 0 ? 1 : 0;
}

async function info(args: string[], contexte: ContexteCli): Promise<number> {
  const { values, positionals } = lireOptions(args, { referentiel: { type: "string" }, json: { type: "boolean" } });
  if (positionals.length > 0) throw new ErreurUsage(`argument inattendu : ${positionals[0] ?? ""}`);
  let instantane: Instantane;
  let chemin: string;
  try {
    if (values.referentiel === undefined) {
      chemin = cheminInstantaneEmbarque();
      instantane = await chargerInstantaneEmbarque();
    } else {
      const dossier = resolve(contexte.repertoire, values.referentiel);
      chemin = join(dossier, FICHIER_INSTANTANE);
      instantane = await chargerInstantane(dossier);
    }
  } catch (erreur) {
    if (erreur instanceof ErreurInstantane) throw new ErreurUsage(erreur.message);
    throw erreur;
  }
  const effectifs = {
    valeursNpec: instantane.npec.valeurs.length,
    editionsNpec: instantane.npec.editions.length,
    fichesRncp: instantane.fichesRncp.length,
    diplomes: instantane.diplomes.length,
    cfdRncp: instantane.cfdRncp.length,
    conventionsKali: instantane.conventionsKali.length,
    conventionsDares: instantane.conventionsDares.length,
    apeIdcc: instantane.apeIdcc.length,
    etablissementsUai: instantane.etablissementsUai.length,
    opcoRncp: instantane.opcoRncp.length,
    idccOpco: instantane.idccOpco.length,
  };
  if (values.json === true) {
    contexte.ecrire(`${JSON.stringify({ chemin, version: instantane.version, construitLe: instantane.construitLe, effectifs, sources: instantane.sources }, null, 2)}\n`);
    return 0;
  }
  contexte.ecrire(
    [
      `Instantané ${chemin}`,
      `  version ${String(instantane.version)}, construit le ${instantane.construitLe}`,
      "  Sources :",
      ...instantane.sources.map((s) => `    ${s.type.padEnd(19)} ${s.fichier}${s.dateDonnees === null ? "" : ` (données du ${s.dateDonnees})`} — ${formaterNombre(s.statistiques.enregistrements)} enregistrements, ${s.licence}`),
      "  Effectifs :",
      ...Object.entries(effectifs).map(([cle, n]) => `    ${cle.padEnd(19)} ${formaterNombre(n)}`),
      "",
    ].join("\n"),
  );
  return 0;
}

/**
 * Commande `opco referentiel` : `importer` construit ou met à jour un instantané local des
 * référentiels à partir de fichiers open data téléchargés (avec affichage de la progression et
 * des rejets) ; `info` décrit un instantané.
 *
 * @example
 * ```ts
 * await executerCli(["referentiel", "importer", "npec", "Referentiel-des-NPEC.xlsx", "--dossier", "ref"], contexte); // 0
 * ```
 */
export const commandeReferentiel: Commande = {
  nom: "referentiel",
  resume: "Construit ou décrit un instantané local des référentiels (NPEC, RNCP, BCN, KALI…).",
  usage: USAGE,
  async executer(args, contexte) {
    const [action, ...reste] = args;
    if (action === "importer") return importer(reste, contexte);
    if (action === "info") return info(reste, contexte);
    throw new ErreurUsage(action === undefined ? "action manquante (importer ou info)" : `action inconnue : « ${action} » (importer ou info)`);
  },
};
