import type { Commande } from "../Commande";
import { ErreurUsage } from "../ErreurUsage";
import { dossierFormulaireWeb } from "./dossierFormulaireWeb";
import { lireOptions } from "../lireOptions";

const USAGE = `Usage : opco serveur [--port 8080] [--hote 127.0.0.1] [--referentiel embarque|en-ligne|mixte|aucun|DOSSIER]…
                    [--cors ORIGINE]… [--limite-corps OCTETS] [--limite-ndjson OCTETS] [--debit N/SECONDES]
                    [--en-clair-autorise]

Démarre le service HTTP Communs OPCO (@communs-opco/service, OpenAPI 3.1) : chaque commande de la
CLI y est une route (POST /v1/contrats/controle, /v1/remuneration, GET /v1/npec…), avec les mêmes
résultats JSON. Référence de l'API : http://HOTE:PORT/docs ; document OpenAPI : /openapi.json.

Options :
  --port PORT            port TCP (par défaut 8080 ; 0 : un port libre, affiché)
  --hote ADRESSE         adresse d'écoute (par défaut 127.0.0.1 ; 0.0.0.0 dans un conteneur)
  --referentiel SOURCE   source des vérifications avant paiement chargée au démarrage (répétable ; la
                         première est celle par défaut, chaque requête choisit avec ?referentiel=,
                         « aucun » toujours permis) ; par défaut embarque
  --cors ORIGINE         origine autorisée en CORS (répétable ; « * » : toutes) ; CORS désactivé par défaut
  --limite-corps OCTETS  taille maximale d'un corps JSON (par défaut 10485760, 10 Mio)
  --limite-ndjson OCTETS taille maximale d'un lot NDJSON (par défaut 104857600, 100 Mio)
  --debit N/SECONDES     requêtes permises par clé d'API (ou par adresse) et par fenêtre (par défaut 600/60)
  --en-clair-autorise    permet aux requêtes de demander les données personnelles en clair (?enClair=true) ;
                         sans elle (ni OPCO_EN_CLAIR_AUTORISE=1), toute réponse est masquée et
                         ?enClair=true répond 403

Clés d'API : la variable OPCO_CLES_API désigne un fichier d'empreintes SHA-256, une clé par ligne
« EMPREINTE TITULAIRE [operateur] » ; sans elle, le service est ouvert. Signature : la variable
OPCO_SIGNATURE_CERTIFICAT désigne le certificat PKCS#12 du service (mot de passe dans
OPCO_CERTIFICAT_MOT_DE_PASSE) ; sans elle, POST /v1/signature/signer répond 503. Journal JSON (pino) sur la
sortie standard, sans donnée personnelle. SIGTERM : arrêt gracieux (requêtes en cours terminées).

Offres La bonne alternance (GET /v1/offres) : jeton dans COMMUNS_OPCO_LBA_JETON (à défaut
COMMUNS_OPCO_API_APPRENTISSAGE_CLE), URL dans COMMUNS_OPCO_LBA_URL ; sans jeton, la route répond 503.
Formulaire web : quand le paquet @communs-opco/formulaire-web est installé, ses composants sont
servis à /formulaire/ (sinon un avis sur la sortie d'erreur).

Code de sortie : 0 après un arrêt gracieux, 2 en cas d'erreur d'utilisation (option, référentiel,
fichier de clés ou certificat de signature illisible, port occupé).`;

/** Ce que la commande utilise du paquet @communs-opco/service, chargé à l'exécution. */
interface ModuleService {
  demarrerService(options: Record<string, unknown>): Promise<{ url: string; port: number; hote: string }>;
  lireClesApi(chemin: string): ReadonlyMap<string, unknown>;
}

function entierPositif(valeur: string | undefined, option: string): number | undefined {
  if (valeur === undefined) return undefined;
  if (!/^\d+$/.test(valeur) || Number(valeur) <= 0) throw new ErreurUsage(`l'option ${option} attend un entier positif (reçu : « ${valeur} »)`);
  return Number(valeur);
}

/**
 * Commande `opco serveur` : démarre le service HTTP (`@communs-opco/service`) et affiche
 * « Service Communs OPCO à l'écoute sur http://HOTE:PORT » quand il est prêt.
 *
 * @example
 * ```ts
 * await executerCli(["serveur", "--port", "8080", "--referentiel", "embarque"], contexte);
 * ```
 */
export const commandeServeur: Commande = {
  nom: "serveur",
  resume: "Démarre le service HTTP (OpenAPI 3.1) : toutes les commandes en routes /v1.",
  usage: USAGE,
  async executer(args, contexte) {
    const { values, positionals } = lireOptions(args, {
      port: { type: "string" },
      hote: { type: "string" },
      referentiel: { type: "string", multiple: true },
      cors: { type: "string", multiple: true },
      "limite-corps": { type: "string" },
      "limite-ndjson": { type: "string" },
      debit: { type: "string" },
      "en-clair-autorise": { type: "boolean" },
    });
    if (positionals.length > 0) throw new ErreurUsage(`argument inattendu : ${positionals[0] ?? ""}`);
    const port = values.port === undefined ? 8080 : Number(values.port);
    if (values.port !== undefined && !(/^\d+$/.test(values.port) && port <= 65_535)) throw new ErreurUsage(`l'option --port attend un port de 0 à 65535 (reçu : « ${values.port} »)`);
    const hote = values.hote ?? "127.0.0.1";
    if (hote.trim() === "") throw new ErreurUsage("l'option --hote attend une adresse");
    let debit: { limite: number; fenetreMs: number } | undefined;
    if (values.debit !== undefined) {
      const m = /^(\d+)\/(\d+)$/.exec(values.debit);
      if (m === null || Number(m[1]) <= 0 || Number(m[2]) <= 0) throw new ErreurUsage(`l'option --debit attend N/SECONDES, par exemple 600/60 (reçu : « ${values.debit} »)`);
      debit = { limite: Number(m[1]), fenetreMs: Number(m[2]) * 1000 };
    }
    const limiteCorps = entierPositif(values["limite-corps"], "--limite-corps");
    const limiteNdjson = entierPositif(values["limite-ndjson"], "--limite-ndjson");
    const enClairAutorise = values["en-clair-autorise"] === true || process.env["OPCO_EN_CLAIR_AUTORISE"] === "1";

    const nomModule = "@communs-opco/service";
    let service: ModuleService;
    try {
      service = (await import(nomModule)) as ModuleService;
    } catch {
      throw new ErreurUsage("le paquet @communs-opco/service n'est pas installé (npm install @communs-opco/service)");
    }
    const fichierCles = process.env["OPCO_CLES_API"];
    let clesApi: ReadonlyMap<string, unknown> | undefined;
    if (fichierCles !== undefined && fichierCles !== "") {
      try {
        clesApi = service.lireClesApi(fichierCles);
      } catch (erreur) {
        const code = (erreur as { code?: string }).code;
        throw new ErreurUsage(code === undefined ? `OPCO_CLES_API : ${(erreur as Error).message}` : `OPCO_CLES_API : fichier des clés illisible (${code})`);
      }
    }
    const dossierFormulaire = await dossierFormulaireWeb((texte) => contexte.ecrireErreur(texte));
    let demarre: { url: string };
    try {
      demarre = await service.demarrerService({
        port,
        hote,
        repertoire: contexte.repertoire,
        ...(values.referentiel === undefined ? {} : { referentiels: values.referentiel }),
        ...(values.cors === undefined ? {} : { cors: values.cors }),
        ...(clesApi === undefined ? {} : { clesApi }),
        ...(debit === undefined ? {} : { debit }),
        ...(limiteCorps === undefined ? {} : { limiteCorpsOctets: limiteCorps }),
        ...(limiteNdjson === undefined ? {} : { limiteNdjsonOctets: limiteNdjson }),
        ...(dossierFormulaire === undefined ? {} : { dossierFormulaire }),
        ...(enClairAutorise ? { enClairAutorise } : {}),
      });
    } catch (erreur) {
      const code = (erreur as { code?: string }).code;
      if (code === "EADDRINUSE") throw new ErreurUsage(`le port ${port} est déjà utilisé sur ${hote}`);
      if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND") throw new ErreurUsage(`adresse d'écoute indisponible : ${hote}`);
      if (erreur instanceof Error && (erreur.message.startsWith("référentiel ") || erreur.message.startsWith("OPCO_SIGNATURE_CERTIFICAT : ") || erreur.message.startsWith("dossier des ressources introuvable"))) throw new ErreurUsage(erreur.message);
      throw erreur;
    }
    // Seule ligne non JSON de la sortie standard : le journal (pino) suit, une ligne JSON par événement.
    contexte.ecrire(`Service Communs OPCO à l'écoute sur ${demarre.url}\n`);
    return 0;
  },
};
