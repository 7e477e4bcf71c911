import { conventionApiConvergence, ErreurApiConvergence, estPdf, verifierDepotApiConvergence } from "@communs-opco/adaptateur-api-convergence";
import { remplirCerfaPdf } from "@communs-opco/adaptateur-cerfa-pdf";
import type { Constat } from "@communs-opco/regles";
import { lireDossier, type Dossier } from "@communs-opco/schemas";
import type { Commande } from "../Commande";
import type { ContexteCli } from "../ContexteCli";
import { clientDepuisEnvironnement } from "../convergence/clientDepuisEnvironnement";
import { opcosConvergence } from "../convergence/opcosConvergence";
import { ErreurUsage } from "../ErreurUsage";
import { lireFichierEntree } from "../lireFichierEntree";
import { lireJsonEntree } from "../lireJsonEntree";
import { lireOptions } from "../lireOptions";
import { refuserEntreeStandardMultiple } from "../refuserEntreeStandardMultiple";

const USAGE = `Usage : opco convergence <sous-commande> --opco SLUG [options]

Échanges avec l'API Convergence (norme d'échange CFA ⇄ OPCO) d'un OPCO.

Sous-commandes :
  convention <dossier.json> --pdf <convention-signee.pdf> [--verifier] [--json]
      Dépose la convention de formation du dossier standard (POST /v1/conventions) puis son PDF
      signé (POST /v1/documents, type « convention », rattaché au dossier). Les champs
      obligatoires sont vérifiés avant tout envoi : un champ absent est un constat (code 1), pas
      un refus de l'OPCO. --verifier : vérifie seulement, n'envoie rien.
  document <dossier.json> --type cerfa|convention|certificat|autre [--pdf <fichier.pdf>] [--json]
      Dépose un PDF rattaché au dossier (POST /v1/documents). Pour --type cerfa sans --pdf, le
      CERFA FA13 est rempli depuis le contrat du dossier (@communs-opco/adaptateur-cerfa-pdf).
  cle --siren SIREN [--date AAAA-MM-JJ] [--json]
      Vérifie la validité de la clé d'API du CFA chez l'OPCO (GET /v2/cfakeyinfo) à une date
      (aujourd'hui par défaut) ; code 0 si valide, 1 sinon.

« - » à la place d'un fichier (dossier ou PDF, un seul des deux) lit l'entrée standard.

Options communes :
  --opco SLUG   afdas, akto, atlas, constructys, ocapiat, opco-ep, opco-mobilites, opco-sante,
                opco2i, opcommerce, uniformation
  --json        sortie JSON

Configuration (variables d'environnement, jamais sur la ligne de commande) :
  COMMUNS_OPCO_CONVERGENCE_URL, COMMUNS_OPCO_CONVERGENCE_CLE (clé d'API du CFA),
  COMMUNS_OPCO_CONVERGENCE_URL_JETON, _CLIENT_ID, _CLIENT_SECRET, _SCOPE, _TENANT,
  _CLE_PRIVEE (chemin d'une clé PEM pour la preuve DPoP).`;

/** Lit un dossier standard JSON ; `undefined` (message sur la sortie d'erreur) s'il est illisible. */
async function lireDossierFichier(chemin: string, contexte: ContexteCli): Promise<Dossier | undefined> {
  const brut = await lireJsonEntree(contexte, chemin, "JSON invalide dans le fichier de dossier");
  const lu = lireDossier(brut);
  if (!lu.ok) {
    contexte.ecrireErreur(`Dossier illisible : ${lu.erreurs.map((a) => `${a.chemin} : ${a.message}`).join(" ; ")}\n`);
    return undefined;
  }
  return lu.valeur;
}

async function document(args: string[], contexte: ContexteCli): Promise<number> {
  const { values, positionals } = lireOptions(args, { opco: { type: "string" }, type: { type: "string" }, pdf: { type: "string" }, json: { type: "boolean" } });
  if (positionals.length !== 1) throw new ErreurUsage("un fichier de dossier standard (JSON) et un seul est attendu");
  if (values.opco === undefined) throw new ErreurUsage("--opco est obligatoire");
  const type = values.type;
  if (type === undefined || !["cerfa", "convention", "certificat", "autre"].includes(type)) throw new ErreurUsage("--type : cerfa, convention, certificat ou autre");
  if (values.pdf === undefined && type !== "cerfa") throw new ErreurUsage("--pdf est obligatoire (seul le CERFA peut être rempli depuis le dossier)");
  refuserEntreeStandardMultiple(positionals[0], values.pdf);
  const dossier = await lireDossierFichier(positionals[0]!, contexte);
  if (dossier === undefined) return 1;
  const octets = values.pdf === undefined ? await remplirCerfaPdf(dossier.contrat ?? {}) : await lireFichierEntree(contexte, values.pdf);
  if (!estPdf(octets)) throw new ErreurUsage(`${values.pdf === undefined ? "le document" : values.pdf === "-" ? "l'entrée standard" : values.pdf} n'est pas un PDF (en-tête %PDF- absent)`);
  const client = clientDepuisEnvironnement(values.opco, process.env);
  try {
    const reponse = await client.deposerDocument({
      typeFichier: type,
      objets: [{ typeObjet: "dossier", idObjet: dossier.numeroInterne ?? "" }],
      nomFichier: nomFichierDepose(values.pdf, "cerfa.pdf"),
      octets,
    });
    if (values.json === true) contexte.ecrire(`${JSON.stringify({ envoye: true, document: reponse }, null, 2)}\n`);
    else contexte.ecrire(`Document « ${type} » déposé pour le dossier ${dossier.numeroInterne ?? "?"} (${octets.length} octets).\n`);
    return 0;
  } catch (erreur) {
    if (erreur instanceof ErreurApiConvergence && erreur.constats.length > 0) contexte.ecrire(texteConstats(erreur.constats));
    contexte.ecrireErreur(`Dépôt impossible : ${messageErreur(erreur)}\n`);
    return 1;
  }
}

/** Nom du fichier déposé : celui du chemin donné, `parDefaut` sans fichier ou pour l'entrée standard (`-`). */
function nomFichierDepose(chemin: string | undefined, parDefaut: string): string {
  if (chemin === undefined || chemin === "-") return parDefaut;
  return chemin.split(/[\\/]/u).at(-1) ?? parDefaut;
}

function texteConstats(constats: readonly Constat[]): string {
  return `${constats.map((c) => `  [${c.severite}] ${c.regle} ${c.chemins.join(", ")} : ${c.message}`).join("\n")}\n`;
}

/** Message d'une erreur du client, sans secret (les erreurs du client n'en contiennent jamais). */
function messageErreur(erreur: unknown): string {
  if (erreur instanceof ErreurApiConvergence) return `${erreur.message} [${erreur.code}]`;
  return "échec inattendu de l'échange avec l'OPCO";
}

async function convention(args: string[], contexte: ContexteCli): Promise<number> {
  const { values, positionals } = lireOptions(args, { opco: { type: "string" }, pdf: { type: "string" }, verifier: { type: "boolean" }, json: { type: "boolean" } });
  if (positionals.length !== 1) throw new ErreurUsage("un fichier de dossier standard (JSON) et un seul est attendu");
  if (values.opco === undefined) throw new ErreurUsage("--opco est obligatoire");
  if (values.pdf === undefined && values.verifier !== true) throw new ErreurUsage("--pdf (convention signée) est obligatoire pour un dépôt");
  refuserEntreeStandardMultiple(positionals[0], values.pdf);
  const dossier = await lireDossierFichier(positionals[0]!, contexte);
  if (dossier === undefined) return 1;
  const pdf = values.pdf === undefined ? undefined : await lireFichierEntree(contexte, values.pdf);
  if (pdf !== undefined && !estPdf(pdf)) throw new ErreurUsage(`${values.pdf === "-" ? "l'entrée standard" : values.pdf} n'est pas un PDF (en-tête %PDF- absent)`);
  const client = clientDepuisEnvironnement(values.opco, process.env);
  const formes = opcosConvergence.get(values.opco)?.formesDate;
  const constats = verifierDepotApiConvergence("convention", conventionApiConvergence(dossier, formes?.convention));
  if (constats.length > 0 || values.verifier === true) {
    if (values.json === true) contexte.ecrire(`${JSON.stringify({ envoye: false, constats }, null, 2)}\n`);
    else contexte.ecrire(constats.length === 0 ? "Convention complète : aucun champ obligatoire absent.\n" : `Convention non envoyée : ${constats.length} champ(s) obligatoire(s) absent(s).\n${texteConstats(constats)}`);
    return constats.length === 0 ? 0 : 1;
  }
  try {
    const reponseConvention = await client.deposerConvention(dossier);
    const reponseDocument = await client.deposerDocument({
      typeFichier: "convention",
      objets: [{ typeObjet: "dossier", idObjet: dossier.numeroInterne ?? "" }],
      nomFichier: nomFichierDepose(values.pdf, "convention.pdf"),
      octets: pdf ?? new Uint8Array(),
    });
    if (values.json === true) contexte.ecrire(`${JSON.stringify({ envoye: true, convention: reponseConvention, document: reponseDocument }, null, 2)}\n`);
    else contexte.ecrire(`Convention du dossier ${dossier.numeroInterne ?? "?"} déposée, PDF signé joint (${pdf?.length ?? 0} octets).\n`);
    return 0;
  } catch (erreur) {
    if (erreur instanceof ErreurApiConvergence && erreur.constats.length > 0) contexte.ecrire(texteConstats(erreur.constats));
    contexte.ecrireErreur(`Dépôt impossible : ${messageErreur(erreur)}\n`);
    return 1;
  }
}

async function cle(args: string[], contexte: ContexteCli): Promise<number> {
  const { values, positionals } = lireOptions(args, { opco: { type: "string" }, siren: { type: "string" }, date: { type: "string" }, json: { type: "boolean" } });
  if (positionals.length > 0) throw new ErreurUsage("aucun argument positionnel attendu");
  if (values.opco === undefined) throw new ErreurUsage("--opco est obligatoire");
  if (values.siren === undefined || !/^\d{9}$/u.test(values.siren)) throw new ErreurUsage("--siren : 9 chiffres attendus");
  const date = values.date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(date)) throw new ErreurUsage("--date : AAAA-MM-JJ attendu");
  const client = clientDepuisEnvironnement(values.opco, process.env);
  try {
    const info = await client.infoCle(values.siren, date);
    if (values.json === true) contexte.ecrire(`${JSON.stringify(info, null, 2)}\n`);
    else {
      const etat = info.valide === true ? "valide" : info.valide === false ? "invalide" : "indéterminée (réponse de l'OPCO incomplète)";
      const fin = info.dateFinValidite === undefined ? "" : ` ; fin de validité ${info.dateFinValidite} (${info.joursRestants ?? "?"} jour(s) restant(s) au ${date})`;
      contexte.ecrire(`Clé d'API ${etat}${fin}${info.commentaire === undefined ? "" : ` ; commentaire de l'OPCO : ${info.commentaire}`}.\n`);
    }
    return info.valide === true ? 0 : 1;
  } catch (erreur) {
    contexte.ecrireErreur(`Vérification impossible : ${messageErreur(erreur)}\n`);
    return 1;
  }
}

/**
 * Commande `opco convergence` : dépôt d'une convention de formation avec son PDF signé
 * (champs obligatoires vérifiés avant l'envoi) et vérification de la validité d'une clé
 * d'API, auprès de l'API Convergence d'un OPCO configurée par variables d'environnement.
 *
 * @example
 * ```ts
 * await executerCli(["convergence", "cle", "--opco", "akto", "--siren", "130025265"], contexte);
 * ```
 */
export const commandeConvergence: Commande = {
  nom: "convergence",
  resume: "API Convergence : dépose une convention avec son PDF signé ou un document (CERFA rempli), vérifie une clé d'API.",
  usage: USAGE,
  async executer(args, contexte) {
    const [sousCommande, ...reste] = args;
    switch (sousCommande) {
      case "convention":
        return convention(reste, contexte);
      case "document":
        return document(reste, contexte);
      case "cle":
        return cle(reste, contexte);
      default:
        throw new ErreurUsage(sousCommande === undefined ? "sous-commande attendue : convention, document ou cle" : `sous-commande inconnue : ${sousCommande}`);
    }
  },
};
