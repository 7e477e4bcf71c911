import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { X509Certificate } from "node:crypto";
import { resolve } from "node:path";
import { lireCerfaPdf } from "@communs-opco/adaptateur-cerfa-pdf";
import { lireContrat, type Contrat } from "@communs-opco/schemas";
import {
  chargerCertificatP12,
  circuitSignature,
  estRoleSignataire,
  LIBELLES_ROLES,
  lireJournal,
  ouvrirJournal,
  prochainSignataire,
  rapportVerificationTexte,
  ROLES_SIGNATAIRES,
  signerEtape,
  verifierSignaturesPdf,
  type CircuitSignature,
  type JournalSignature,
} from "@communs-opco/signature";
import type { Commande } from "../Commande";
import type { ContexteCli } from "../ContexteCli";
import { ErreurUsage } from "../ErreurUsage";
import { lireFichierEntree } from "../lireFichierEntree";
import { lireJsonEntree } from "../lireJsonEntree";
import { lireOptions } from "../lireOptions";
import { refuserEntreeStandardMultiple } from "../refuserEntreeStandardMultiple";

const VARIABLE_MOT_DE_PASSE = "OPCO_CERTIFICAT_MOT_DE_PASSE";

const USAGE = `Usage :
  opco signature signer <cerfa.pdf> --certificat <cert.p12> --role <rôle> --sortie <signe.pdf> [--lieu <ville>]
  opco signature verifier <fichier.pdf> [--autorite <ac.pem>]... [--json]
  opco signature circuit <contrat.json> [--json]

Signature électronique PAdES (baseline B) du CERFA FA13, signataire après signataire.

signer     Signe le CERFA dans la case du rôle (${ROLES_SIGNATAIRES.join(", ")}), en mise à jour
           incrémentale (les signatures précédentes restent valides). Le mot de passe du
           certificat PKCS#12 est lu dans la variable d'environnement ${VARIABLE_MOT_DE_PASSE},
           jamais en argument. Le circuit (ordre des signataires) et le journal d'audit sont
           lus dans <cerfa.pdf>.signatures.json s'il existe (sinon déduits du contrat porté par
           le CERFA) et écrits dans <signe.pdf>.signatures.json. Une signature hors ordre ou
           d'un rôle non attendu est refusée.
verifier   Vérifie chaque signature : intégrité des octets signés, signature, certificat
           (validité à l'heure de signature, chaîne si --autorite est donné), rôle, modification
           du document après elle. --json : rapport en données (constats SIG-…).
circuit    Signataires attendus d'un contrat (JSON standard) et leur ordre.

« - » à la place d'un fichier lu (PDF, certificat, autorité ou contrat ; une seule entrée) lit
l'entrée standard ; le PDF signé lu sur l'entrée standard n'a pas de journal : le circuit est
déduit du contrat porté par le CERFA.

Codes de sortie : 0 succès (verifier : toutes les signatures valides et rien de changé après
la dernière), 1 échec de signature ou document non valide, 2 erreur d'utilisation (mot de
passe ou rôle refusé, fichier illisible).`;

/** Lit un fichier d'entrée ; « QUOI illisible : CHEMIN » (code 2) s'il ne peut pas l'être. */
function lireFichier(contexte: ContexteCli, chemin: string, quoi: string): Promise<Buffer> {
  return lireFichierEntree(contexte, chemin, () => `${quoi} illisible : ${chemin}`);
}

/**
 * Exécute une lecture de PDF sans laisser pdf-lib écrire ses avertissements bruts (en anglais)
 * sur la sortie d'erreur : les défauts sont rendus comme constats situés.
 */
async function sansAvertissementsPdf<T>(traitement: () => Promise<T>): Promise<T> {
  const avertir = console.warn;
  console.warn = () => undefined;
  try {
    return await traitement();
  } finally {
    console.warn = avertir;
  }
}

function cheminJournal(pdf: string): string {
  return `${pdf}.signatures.json`;
}

function afficherCircuit(circuit: CircuitSignature): string {
  const mineur = circuit.apprentiMineur === "indetermine" ? "indéterminé" : circuit.apprentiMineur ? "oui" : "non";
  const lignes = [`Apprenti mineur à la conclusion${circuit.dateReference === undefined ? "" : ` (${circuit.dateReference})`} : ${mineur}`, "Signataires attendus :"];
  for (const s of circuit.signataires) lignes.push(`  ${s.ordre}. ${s.libelle}${s.nom === undefined ? "" : ` — ${s.nom}`}`);
  for (const c of circuit.constats) lignes.push(`Attention (${c.id}) : ${c.message}`);
  return `${lignes.join("\n")}\n`;
}

async function journalInitial(contexte: ContexteCli, entree: string, pdf: Uint8Array): Promise<JournalSignature> {
  const chemin = resolve(contexte.repertoire, cheminJournal(entree));
  if (entree !== "-" && existsSync(chemin)) {
    let donnees: unknown;
    try {
      donnees = JSON.parse(await readFile(chemin, "utf8")) as unknown;
    } catch {
      donnees = undefined;
    }
    const journal = lireJournal(donnees);
    if (journal === undefined) throw new ErreurUsage(`journal de signature illisible : ${cheminJournal(entree)}`);
    return journal;
  }
  const lu = await sansAvertissementsPdf(() => lireCerfaPdf(pdf, { fichier: entree }));
  const contrat: Contrat = lu.ok ? lu.valeur : {};
  return ouvrirJournal(circuitSignature(contrat), pdf, entree);
}

async function signer(args: string[], contexte: ContexteCli): Promise<number> {
  const { values, positionals } = lireOptions(args, {
    certificat: { type: "string" },
    role: { type: "string" },
    sortie: { type: "string" },
    lieu: { type: "string" },
  });
  const [entree, ...reste] = positionals;
  if (entree === undefined) throw new ErreurUsage("fichier PDF à signer manquant");
  if (reste.length > 0) throw new ErreurUsage(`argument inattendu : ${reste[0]}`);
  if (values.certificat === undefined) throw new ErreurUsage("option --certificat manquante (fichier .p12)");
  if (values.sortie === undefined) throw new ErreurUsage("option --sortie manquante (PDF signé à écrire)");
  refuserEntreeStandardMultiple(entree, values.certificat);
  const role = values.role;
  if (!estRoleSignataire(role)) throw new ErreurUsage(`rôle ${role === undefined ? "manquant" : `inconnu « ${role} »`} : --role ${ROLES_SIGNATAIRES.join("|")}`);
  const motDePasse = process.env[VARIABLE_MOT_DE_PASSE] ?? "";
  const chargement = chargerCertificatP12(await lireFichier(contexte, values.certificat, "certificat"), motDePasse);
  if (!chargement.ok) {
    const indice = chargement.erreur.code === "SIG-CERTIFICAT-MOT-DE-PASSE" && process.env[VARIABLE_MOT_DE_PASSE] === undefined ? ` (variable ${VARIABLE_MOT_DE_PASSE} absente)` : "";
    contexte.ecrireErreur(`opco signature : ${chargement.erreur.message}${indice}\n`);
    return 2;
  }
  const pdf = await lireFichier(contexte, entree, "PDF");
  const journal = await journalInitial(contexte, entree, pdf);
  const resultat = await sansAvertissementsPdf(() => signerEtape(pdf, journal, {
    certificat: chargement.certificat,
    role,
    date: new Date(),
    ...(values.lieu === undefined ? {} : { lieu: values.lieu }),
  }));
  if (!resultat.ok) {
    contexte.ecrireErreur(`opco signature : ${resultat.erreur.message}\n`);
    return resultat.erreur.code.startsWith("SIG-CIRCUIT-") ? 2 : 1;
  }
  await writeFile(resolve(contexte.repertoire, values.sortie), resultat.pdf);
  const journalSortie = { ...resultat.journal, document: values.sortie };
  await writeFile(resolve(contexte.repertoire, cheminJournal(values.sortie)), `${JSON.stringify(journalSortie, null, 2)}\n`);
  const etape = resultat.journal.etapes.at(-1);
  const prochain = prochainSignataire(resultat.journal);
  contexte.ecrire(
    `Signé par ${etape?.signataire.nom ?? "?"} (${LIBELLES_ROLES[role].toLowerCase()}), étape ${resultat.journal.etapes.length}/${resultat.journal.attendus.length} : ${values.sortie}\n` +
      `SHA-256 avant ${etape?.empreinteAvant ?? "?"}\nSHA-256 après ${etape?.empreinteApres ?? "?"}\n` +
      `Journal : ${cheminJournal(values.sortie)}\n` +
      (prochain === undefined ? "Circuit terminé : tous les signataires ont signé.\n" : `Prochain signataire : ${prochain.libelle.toLowerCase()}.\n`),
  );
  return 0;
}

async function verifier(args: string[], contexte: ContexteCli): Promise<number> {
  const { values, positionals } = lireOptions(args, { json: { type: "boolean" }, autorite: { type: "string", multiple: true } });
  const [fichier, ...reste] = positionals;
  if (fichier === undefined) throw new ErreurUsage("fichier PDF à vérifier manquant");
  if (reste.length > 0) throw new ErreurUsage(`argument inattendu : ${reste[0]}`);
  refuserEntreeStandardMultiple(fichier, ...(values.autorite ?? []));
  const autorites: X509Certificate[] = [];
  for (const chemin of values.autorite ?? []) {
    try {
      autorites.push(new X509Certificate(await lireFichier(contexte, chemin, "autorité")));
    } catch (erreur) {
      if (erreur instanceof ErreurUsage) throw erreur;
      throw new ErreurUsage(`certificat d'autorité illisible (PEM ou DER attendu) : ${chemin}`);
    }
  }
  const octets = await lireFichier(contexte, fichier, "PDF");
  const rapport = await sansAvertissementsPdf(() => verifierSignaturesPdf(octets, { fichier: fichier === "-" ? "entrée standard" : fichier, autorites }));
  contexte.ecrire(values.json === true ? `${JSON.stringify(rapport, null, 2)}\n` : `${rapportVerificationTexte(rapport)}\n`);
  return rapport.valide ? 0 : 1;
}

async function circuit(args: string[], contexte: ContexteCli): Promise<number> {
  const { values, positionals } = lireOptions(args, { json: { type: "boolean" } });
  const [fichier, ...reste] = positionals;
  if (fichier === undefined) throw new ErreurUsage("fichier du contrat (JSON) manquant");
  if (reste.length > 0) throw new ErreurUsage(`argument inattendu : ${reste[0]}`);
  const donnees = await lireJsonEntree(contexte, fichier, `contrat illisible (JSON attendu) : ${fichier}`, () => `contrat illisible : ${fichier}`);
  const lu = lireContrat(donnees);
  if (!lu.ok) {
    contexte.ecrireErreur(`opco signature : contrat invalide : ${lu.erreurs.map((e) => `${e.chemin || "(racine)"} : ${e.message}`).join(" ; ")}\n`);
    return 1;
  }
  const resultat = circuitSignature(lu.contrat);
  contexte.ecrire(values.json === true ? `${JSON.stringify(resultat, null, 2)}\n` : afficherCircuit(resultat));
  return 0;
}

/**
 * Commande `opco signature` : `signer` (signature PAdES d'un CERFA dans la case d'un rôle, avec
 * contrôle du circuit et journal d'audit), `verifier` (rapport de vérification, code 0 si tout
 * est valide), `circuit` (signataires attendus d'un contrat).
 *
 * @example
 * ```ts
 * await executerCli(["signature", "verifier", "cerfa-signe.pdf", "--json"], contexte);
 * ```
 */
export const commandeSignature: Commande = {
  nom: "signature",
  resume: "Signe un CERFA (PAdES, signataire après signataire), vérifie un PDF signé, donne le circuit d'un contrat.",
  usage: USAGE,
  async executer(args, contexte) {
    const [sousCommande, ...reste] = args;
    switch (sousCommande) {
      case "signer":
        return signer(reste, contexte);
      case "verifier":
        return verifier(reste, contexte);
      case "circuit":
        return circuit(reste, contexte);
      default:
        throw new ErreurUsage(sousCommande === undefined ? "sous-commande manquante (signer, verifier, circuit)" : `sous-commande inconnue « ${sousCommande} »`);
    }
  },
};
