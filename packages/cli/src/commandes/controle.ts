import { statSync } from "node:fs";
import { resolve } from "node:path";
import { estDateIso, registreContrat, type Explication } from "@communs-opco/regles";
import { resoudreOpco } from "@communs-opco/nomenclatures";
import { registrePrepaiement } from "@communs-opco/referentiels";
import type { Commande } from "../Commande";
import { BilanAvantPaiement } from "../controle/BilanAvantPaiement";
import { BilanControle } from "../controle/BilanControle";
import { BilanMontantEnJeu } from "../controle/BilanMontantEnJeu";
import { controlerFichiersParLots } from "../controle/controlerFichiers";
import { dateDuJour } from "../controle/dateDuJour";
import { construireIndexLot } from "../controle/construireIndexLot";
import type { IndexLot } from "../controle/IndexLot";
import { ExportIndus } from "../controle/ExportIndus";
import { lignesIndexLot } from "../controle/lignesIndexLot";
import { RapportHtml } from "../controle/RapportHtml";
import { resumeAvantPaiementTexte } from "../controle/resumeAvantPaiementTexte";
import { resoudreReferentielControle } from "../controle/resoudreReferentielControle";
import { ControleAvantPaiement } from "../controle/ControleAvantPaiement";
import { resumeTexte } from "../controle/resumeTexte";
import { SortieTamponnee } from "../controle/SortieTamponnee";
import { SortieResultatsJsonl } from "../controle/SortieResultatsJsonl";
import { traiterEnregistrement } from "../controle/traiterEnregistrement";
import { choisirControleParallele } from "../controle/parallele/choisirControleParallele";
import { ControleParallele } from "../controle/parallele/ControleParallele";
import type { EnregistrementAcheve, SortiesTravailleur } from "../controle/parallele/MessagesControleParallele";
import { publierResultat, type PublicationEnregistrement } from "../controle/publierResultat";
import type { ResultatControle } from "../controle/ResultatControle";
import { Progression } from "../terminal/Progression";
import { verifierSortiesDistinctes } from "../sorties/verifierSortiesDistinctes";
import { ErreurUsage } from "../ErreurUsage";
import { lireOptions } from "../lireOptions";
import { LignesAExaminer } from "../controle/LignesAExaminer";
import { lignesNonExecutees } from "../controle/lignesNonExecutees";
import { VerificationsNonExecutees } from "../controle/VerificationsNonExecutees";
import { EntreeStandardEnFichier } from "../controle/EntreeStandardEnFichier";
import { annonceSourcesEnLigne } from "../controle/annonceSourcesEnLigne";

const USAGE = `Usage : opco controle <fichier…> [--date AAAA-MM-JJ] [--json] [--sortie resultats.jsonl] [--rapport rapport.html]
                     [--referentiel embarque|en-ligne|mixte|aucun|DOSSIER] [--opco OPCO] [--export-indus FICHIER.jsonl]
                     [--historique FICHIER…] [--fils N] [--silencieux] [--detail]

Contrôle des contrats d'apprentissage au format standard (@communs-opco/schemas) : lecture par le
schéma tolérant, toutes les règles synchrones de @communs-opco/regles, puis les 12 vérifications
avant paiement (PP-*) de @communs-opco/referentiels, hors ligne par défaut (instantané embarqué),
à la date d'évaluation.

Règles sur plusieurs contrats : avant le contrôle, les fichiers sont relus en flux pour un index
borné du lot (empreintes des maîtres d'apprentissage, numéros des contrats précédents cités, puis,
s'il y en a, ces contrats réduits aux champs utiles). Il sert au nombre d'apprentis par maître
(R6223-6 : contrats en cours au début du contrat, même maître — nom, prénom, date de naissance —
et même SIRET employeur) et aux contrats successifs (types 21 à 23) retrouvés par
contrat.numeroContratPrecedent : un an au plus entre les contrats dans l'exception d'âge jusqu'à
35 ans (D6222-1), rémunération au moins égale à la dernière année du contrat précédent avec le
même employeur (D6222-29), +15 points pour un contrat d'un an vers un diplôme de même niveau
(D6222-30). Un contrat précédent introuvable laisse ces points non vérifiés (indéterminé ou
information), jamais conformes. Le résumé dit sur quoi ces règles ont reposé.

« - » lit les contrats sur l'entrée standard (opco controle - < contrats.jsonl ; mis de côté dans un
fichier temporaire, supprimé à la fin). Fichiers acceptés (lus en flux, mémoire constante) : JSON Lines (.jsonl, .ndjson : un contrat par
ligne), tableau JSON ([{…}, {…}]) ou objet JSON unique. Une ligne tronquée ou un JSON invalide
donne un enregistrement « illisible » (avec sa ligne et la raison) et la lecture continue.

Statut d'un enregistrement : non conforme s'il porte un constat non conforme, sinon indéterminé
s'il porte un constat indéterminé (doute tiré des données du contrat, ou source injoignable), sinon
« conforme aux vérifications exécutées » si une vérification (ou une partie) n'a pas pu être
exécutée pour lui faute de source dans cette exécution, sinon conforme (tout exécuté) ; illisible
si son JSON est invalide. Les erreurs de forme (type, format) deviennent des constats bloquants
« schema.* ».

Vérifications non exécutées : ce que le référentiel choisi ne peut pas vérifier (d'après ses
capacités déclarées, avant le premier contrat : hors ligne, l'activité de l'employeur — API
Entreprise —, le NDA du CFA et l'offre au catalogue ; sans --opco, le rattachement à l'OPCO payeur ;
une source réduite à un extrait, pour les clés qu'il ne couvre pas) est dit une seule fois, en tête
(« Non exécutées hors ligne : … ; relancer avec --referentiel mixte »), dans --json
(resume.nonExecutees) et dans le rapport HTML, et ne rend pas les contrats indéterminés.

Sortie texte : le résumé d'abord (décomptes, vérifications non exécutées, constats les plus
fréquents par règle, bilans), puis au plus 20 enregistrements à examiner (--detail : tous).

Options :
  --date AAAA-MM-JJ      date d'évaluation (par défaut : la date du jour à Paris, affichée)
  --json                 sortie JSON : { "dateEvaluation", "resultats": [{ "index", "source": { "fichier", "ligne" },
                         "statut", "constats", "nonExecutees"?, "avantPaiement"? }], "resume": { "total", "conformes",
                         "conformesVerificationsExecutees", "nonConformes", "indetermines", "illisibles",
                         "nonExecutees": [{ "regle", "partie", "disponibilite", "raison", "contrats" }], "avantPaiement"?,
                         "lot" } } (écrite en flux) ; statut : conforme, conforme_verifications_executees, non_conforme,
                         indetermine ou illisible ; "avantPaiement" d'un résultat, pour un contrat au financement
                         suspendu : { "statut": "valorise", "regles", "montantEnJeuCentimes" } ou { "statut":
                         "non_valorise", "regles", "montantEnJeuCentimes": null, "raison", "raisons" } ; celui du
                         résumé : { "source", "contratsSuspendus", "contratsValorises", "montantEnJeuCentimes" (null,
                         avec "raison", si aucun contrat n'est valorisé : jamais 0 pour un montant inconnu),
                         "contratsNonValorises", "motifsNonValorises": [{ "motif", "contrats" }] } ; "lot" : index des
                         règles sur plusieurs contrats { "contratsLot", "contratsHistorique", "fichiersHistorique",
                         "maitres", "maitresSatures", "contratsPrecedentsCherches", "contratsPrecedentsTrouves",
                         "contratsPrecedentsSatures", "passes" } ; réservée aux petits fichiers (le document
                         entier est un seul JSON) : pour un gros lot, préférer --sortie
  --sortie FICHIER.jsonl écrit les résultats en JSON Lines, en flux et à mémoire constante : une ligne par
                         enregistrement (la forme d'un élément de "resultats" de --json, masquée sauf
                         --en-clair), puis une dernière ligne { "resume", "dateEvaluation", "donneesPersonnelles" }
                         (lisible par DuckDB, jq, pandas…)
  --fils N               fils de calcul pour les fichiers JSON Lines de 8 Mio ou plus : le fil principal et
                         N-1 fils de calcul (par défaut 1 : chaque fil de calcul charge l'instantané du
                         référentiel et a son propre tas, environ 170 Mo de mémoire de plus à deux fils) ;
                         morceaux de 1 Mio lus pour l'index du lot puis contrôlés en parallèle (l'index
                         est partagé par les fils, pas copié) ; les fils classent, masquent et écrivent
                         les résultats, dans l'ordre des fichiers, mêmes décomptes ; en deçà de 8 Mio
                         (quelques milliers de contrats), le lancement des fils coûterait plus qu'il ne
                         rapporte : un seul fil ; les modes en-ligne et mixte et --format restent dans
                         un seul fil
  --silencieux           n'affiche pas la progression (enregistrements lus, débit, temps restant), écrite
                         sinon sur la sortie d'erreur quand c'est un terminal, 10 fois par seconde au plus
  --rapport FICHIER      écrit aussi un rapport HTML autonome (aucune ressource externe) : synthèse,
                         vérifications non exécutées, graphiques SVG (constats par règle, non conformes par
                         OPCO, constats par gravité, montant en jeu) avec leur tableau de données, et tableau
                         des enregistrements à examiner filtrable (statut, OPCO, texte ; sans JavaScript, tout
                         est affiché)
  --detail               sortie texte : tous les enregistrements à examiner (par défaut, les 20 premiers)
  --referentiel MODE     source des 12 vérifications avant paiement (prepaiement.*, PP-*) : embarque
                         (par défaut, hors ligne : instantané embarqué), en-ligne (clés
                         COMMUNS_OPCO_API_APPRENTISSAGE_CLE, COMMUNS_OPCO_SIRO_CLE), mixte (instantané
                         puis services en ligne), aucun (règles du contrat seulement) ou le DOSSIER d'un
                         instantané local construit par « opco referentiel importer … --dossier DOSSIER »
                         (hors ligne, comme l'instantané embarqué ; « ./embarque » pour un dossier nommé
                         comme un mode) ; une source absente ou injoignable laisse la vérification
                         indéterminée, jamais conforme
  --opco OPCO            OPCO payeur (slug ou nom connu : akto, atlas, « OPCO Mobilité »…) : la
                         vérification PP-OPCO-NPEC relève les employeurs rattachés à un autre OPCO
  --export-indus FICHIER écrit en JSON Lines un constat valorisé par ligne (contrat = numéro du dossier ou
                         fichier:ligne, opco = slug de --opco ou « inconnu », regle, date, moment
                         "avant_paiement", decision "en_attente", montantSansControle et
                         montantApresCorrection en euros) : l'OPCO y reporte ses décisions (confirme,
                         faux_positif) puis calcule I-OPCO-INDUS avec « opco indicateurs indus FICHIER »
  --en-clair             n'applique pas le masquage des données personnelles (NIR, dates de naissance,
                         courriels, téléphones) aux sorties ; le résumé le signale
  --historique FICHIER   contrats déjà enregistrés par l'OPCO (JSON, tableau JSON ou JSON Lines au format
                         standard ; option répétable) : indexés comme le lot (portefeuille des maîtres,
                         contrats précédents) mais non contrôlés ni comptés dans le résumé
  --delai-max SECONDES   délai maximal d'attente d'une source en ligne (chaque appel et tout
                         Retry-After), 10 s par appel et 60 s de Retry-After par défaut
  --format FORMAT|auto   lit les fichiers avec un adaptateur (deca, agecap, api-convergence, standard…,
                         auto = détection ; voir « opco formats ») et contrôle le contrat de chaque
                         enregistrement ; emplacement JSON : « fichier#pointeur » et rang

Les données personnelles (noms, dates de naissance, NIR, courriels, téléphones) sont masquées dans
toutes les sorties (texte, --json, rapport HTML, --export-indus), quel que soit le champ où elles
ont été saisies, sauf avec --en-clair (voir docs/donnees-personnelles.md) ; les caractères de
contrôle (séquences ESC, surcharges bidirectionnelles) sont toujours neutralisés. Une sortie qui
désigne un fichier lu est refusée ; les sorties sont écrites dans un fichier temporaire renommé à
la fin (jamais de fichier partiel). Le résumé texte et le rapport HTML donnent, par vérification
avant paiement, les conformes, non conformes et indéterminés, et la source manquante la plus
fréquente des indéterminés ; puis le montant en jeu (I-OPCO-INDUS) : contrats dont le financement
est suspendu par un écart bloquant avant paiement, total de leurs échéanciers NPEC (financement
du contrat, NPEC cherché dans la même source que les vérifications), et contrats bloqués non
valorisés (NPEC introuvable…) avec le motif principal — jamais comptés pour 0 €.

Code de sortie : 0 sans constat bloquant (conformes, y compris « conformes aux vérifications
exécutées » : les vérifications non exécutées ne comptent pas comme bloquantes), 1 si un constat
bloquant (non conforme ou indéterminé) est relevé ou si un
enregistrement est illisible, 2 en cas d'erreur d'utilisation (option, date ou fichier introuvable,
sortie identique à une entrée ou non inscriptible, aucun enregistrement lu), 3 en cas d'échec
d'entrée-sortie (écriture interrompue, disque plein, fichier au-delà de sa taille maximale avec
--format : ce fichier est illisible avec la raison, les autres sont contrôlés). Le code 3 l'emporte
sur le code 1 : une exécution dont une entrée n'a pas été lue est incomplète, ses constats aussi.`;

/** Lecture par adaptateur (`--format`), chargée à la demande : ses dépendances (PDF, tableurs…) sont lourdes à charger. */
async function chargerFormats() {
  const [{ controlerSelonFormat }, { trouverFormat }] = await Promise.all([import("../formats/controlerSelonFormat"), import("../formats/trouverFormat")]);
  return { controlerSelonFormat, trouverFormat };
}

/**
 * Commande `opco controle` : contrôle en flux des fichiers de contrats standard (JSON, tableau
 * JSON ou JSON Lines) par les règles du contrat et, par défaut, les 12 vérifications avant
 * paiement sur l'instantané embarqué (`--referentiel embarque|en-ligne|mixte|aucun|DOSSIER`,
 * `--opco`), avec le montant en jeu des contrats bloqués (I-OPCO-INDUS, `--export-indus`) ;
 * résumé en français ou sortie JSON, rapport HTML facultatif.
 *
 * @example
 * ```ts
 * await executerCli(["controle", "contrats.jsonl", "--date", "2025-11-03", "--rapport", "rapport.html"], contexte);
 * ```
 */
export const commandeControle: Commande = {
  nom: "controle",
  resume: "Contrôle des fichiers de contrats d'apprentissage (JSON, JSON Lines) : résumé, JSON ou rapport HTML.",
  usage: USAGE,
  async executer(args, contexte) {
    const { values, positionals } = lireOptions(args, {
      date: { type: "string" },
      json: { type: "boolean" },
      rapport: { type: "string" },
      format: { type: "string" },
      referentiel: { type: "string" },
      opco: { type: "string" },
      "export-indus": { type: "string" },
      "en-clair": { type: "boolean" },
      historique: { type: "string", multiple: true },
      "delai-max": { type: "string" },
      detail: { type: "boolean" },
      sortie: { type: "string" },
      fils: { type: "string" },
      silencieux: { type: "boolean" },
      // Option interne (tests, bancs d'essai) : taille des morceaux du contrôle en parallèle, sans seuil.
      "morceau-octets": { type: "string" },
    });
    const enClair = values["en-clair"] === true;
    const historique = values.historique ?? [];
    const delaiMax = values["delai-max"] === undefined ? undefined : Number(values["delai-max"].replace(",", "."));
    if (delaiMax !== undefined && !(Number.isFinite(delaiMax) && delaiMax > 0 && delaiMax <= 600)) {
      throw new ErreurUsage(`l'option --delai-max attend un nombre de secondes entre 0 et 600 (reçu : « ${values["delai-max"] ?? ""} »)`);
    }
    const opco = values.opco === undefined ? undefined : resoudreOpco(values.opco);
    if (values.opco !== undefined && opco === undefined) {
      throw new ErreurUsage(`l'option --opco attend un OPCO connu, par son slug ou l'un de ses noms (afdas, akto, atlas, constructys, ocapiat, opco2i, opcommerce, opco-ep, opco-mobilites, opco-sante, uniformation) (reçu : « ${values.opco} »)`);
    }
    if (opco !== undefined && values.referentiel === "aucun") throw new ErreurUsage("l'option --opco sert aux vérifications avant paiement : elle est sans effet avec --referentiel aucun");
    if (positionals.length === 0) throw new ErreurUsage("au moins un fichier à contrôler est attendu");
    if (values.date !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(values.date) && estDateIso(values.date))) {
      throw new ErreurUsage(`l'option --date attend une date AAAA-MM-JJ existante (reçu : « ${values.date} »)`);
    }
    for (const fichier of [...positionals.filter((f) => f !== "-"), ...historique]) {
      let estFichier = false;
      try {
        estFichier = statSync(resolve(contexte.repertoire, fichier)).isFile();
      } catch {
        estFichier = false;
      }
      if (!estFichier) throw new ErreurUsage(`fichier introuvable ou illisible : ${fichier}`);
    }
    if (values.rapport !== undefined && values.rapport.trim() === "") throw new ErreurUsage("l'option --rapport attend un nom de fichier");
    if (values.sortie !== undefined && values.sortie.trim() === "") throw new ErreurUsage("l'option --sortie attend un nom de fichier (JSON Lines)");
    const exportIndus = values["export-indus"];
    if (exportIndus !== undefined && exportIndus.trim() === "") throw new ErreurUsage("l'option --export-indus attend un nom de fichier (JSON Lines)");
    if (exportIndus !== undefined && values.referentiel === "aucun") throw new ErreurUsage("l'option --export-indus valorise les constats des vérifications avant paiement : elle est sans effet avec --referentiel aucun");
    // Adaptateurs (PDF, tableurs…) chargés seulement avec --format : le contrôle du format standard démarre sans eux.
    const formats = values.format === undefined ? undefined : await chargerFormats();
    if (values.format !== undefined && values.format.trim().toLowerCase() !== "auto") formats?.trouverFormat(values.format);
    // Une sortie ne remplace jamais un fichier lu (chemin réel ou lien physique) : refus avant toute écriture.
    verifierSortiesDistinctes(
      positionals.filter((f) => f !== "-").map((f) => resolve(contexte.repertoire, f)),
      [
        ...(values.rapport === undefined ? [] : [{ libelle: "--rapport", chemin: resolve(contexte.repertoire, values.rapport) }]),
        ...(exportIndus === undefined ? [] : [{ libelle: "--export-indus", chemin: resolve(contexte.repertoire, exportIndus) }]),
        ...(values.sortie === undefined ? [] : [{ libelle: "--sortie", chemin: resolve(contexte.repertoire, values.sortie) }]),
      ],
    );

    // Seule lecture de l'horloge : à la frontière de la CLI, quand --date est absent.
    const dateEvaluation = values.date ?? dateDuJour(new Date());
    const json = values.json === true;
    // Sorties publiées pour chaque enregistrement (par ce fil ou par les fils de calcul).
    const sorties: SortiesTravailleur = { enClair, ligne: json || values.sortie !== undefined, texte: !json, rapport: values.rapport !== undefined };
    // « - » : l'entrée standard, mise dans un fichier temporaire (le lot est lu deux fois) ; avec --format, lue sous son chemin temporaire.
    const entree = await EntreeStandardEnFichier.preparer(positionals, contexte);
    const fichiers = values.format === undefined ? positionals : positionals.map((f) => (f === "-" ? entree.chemin(f) : f));
    // Fils de calcul lancés avant le chargement de l'instantané (ils chargent le leur pendant l'index du lot).
    const choixParallele = choisirControleParallele({ fils: values.fils, morceauOctets: values["morceau-octets"], format: values.format, referentiel: values.referentiel, fichiers: positionals.map((f) => entree.chemin(f)) });
    const parallele =
      choixParallele === undefined
        ? undefined
        : ControleParallele.demarrer(choixParallele.fils, {
            dateEvaluation,
            repertoire: contexte.repertoire,
            // Les fils classent, protègent et sérialisent les résultats : seules les sorties demandées.
            sorties,
            ...(values.referentiel === undefined ? {} : { referentiel: values.referentiel }),
            ...(opco === undefined ? {} : { opco: opco.slug }),
          });
    const progression = (libelle: string, total?: number) =>
      new Progression({
        flux: { isTTY: contexte.sortieErreurInteractive === true, columns: contexte.colonnesErreur, write: (t: string) => (contexte.ecrireErreurBrute ?? contexte.ecrireErreur).call(contexte, t) },
        libelle,
        actif: values.silencieux !== true,
        ...(total === undefined ? {} : { total }),
      });
    // Une erreur avant le contrôle (option, instantané, sortie non inscriptible) arrête les fils de calcul.
    const arreterSiEchec = async <T>(etape: () => T | Promise<T>): Promise<T> => {
      try {
        return await etape();
      } catch (erreur) {
        await parallele?.arreter();
        entree.nettoyer();
        throw erreur;
      }
    };

    // Index borné du lot (et de l'historique) pour les règles qui regardent au-delà d'un contrat.
    const progressionIndex = progression("Index du lot");
    const construireIndex = (premiereLecture?: (index: IndexLot) => Promise<void>) =>
      construireIndexLot(fichiers, historique, values.format, contexte, entree.chemin, undefined, () => progressionIndex.avancer(), premiereLecture);
    // Avec des fils de calcul, ce sont eux qui lisent le lot pour l'index, pendant que ce fil charge l'instantané.
    const indexParallele =
      parallele === undefined || choixParallele === undefined
        ? undefined
        : construireIndex((index) => parallele.indexer(index, positionals.map((f) => ({ chemin: entree.chemin(f), fichier: f })), choixParallele.tailleMorceau, (n) => progressionIndex.avancer(n)));
    indexParallele?.catch(() => undefined);
    const referentiel = await arreterSiEchec(() => resoudreReferentielControle(values.referentiel, contexte.repertoire));
    const indexLot = await arreterSiEchec(() => indexParallele ?? construireIndex());
    progressionIndex.terminer();

    const origine = values.date === undefined ? "date du jour, option --date absente" : "option --date";
    // Ports des vérifications avant paiement construits une seule fois pour tout le flux.
    // Coupure d'une source (disjoncteur) signalée une seule fois pour toute l'exécution ; --delai-max borne chaque appel.
    const client = {
      ...(delaiMax === undefined ? {} : { delaiMs: delaiMax * 1000, attenteMaxMs: delaiMax * 1000 }),
      surCoupure: (c: { api: string; echecs: number; dureeMs: number }) => contexte.ecrireErreur(`Source coupée : ${c.api} (${String(c.echecs)} échecs consécutifs) ; ses vérifications restent indéterminées pendant ${String(Math.round(c.dureeMs / 1000))} s.\n`),
    };
    // Sans réseau, un mode en ligne ne reste pas muet : ce qui va être contacté, et la borne d'attente, d'emblée.
    if (referentiel.mode === "mixte" || referentiel.mode === "en-ligne") contexte.ecrireErreur(annonceSourcesEnLigne(referentiel.mode, process.env, delaiMax ?? 10));
    const prepaiement = await arreterSiEchec(() => ControleAvantPaiement.creer(referentiel, process.env, client));
    // Le fil principal contrôle aussi des morceaux, avec ses propres vérifications avant paiement.
    parallele?.transmettreIndex(indexLot, prepaiement);
    const sourceAvantPaiement = prepaiement?.source ?? "aucune";
    // PP-OPCO-NPEC résout l'OPCO payeur comme celui de l'employeur (resoudreOpco) : le nom officiel suffit.
    const registreAvantPaiement = prepaiement?.registre(opco) ?? registrePrepaiement({});
    const bilanAvantPaiement = prepaiement === undefined ? undefined : new BilanAvantPaiement(registreAvantPaiement.regles);
    const bilanMontant = prepaiement === undefined ? undefined : new BilanMontantEnJeu();
    // Vérifications que le référentiel de l'exécution ne peut pas exécuter : dites une fois, hors du statut des contrats.
    const nonExecutees = new VerificationsNonExecutees(prepaiement?.nonExecutables(opco));
    const aExaminer = new LignesAExaminer({ limite: 20, detail: values.detail === true });
    const sortie = new SortieTamponnee((t) => contexte.ecrire(t));
    const bilan = new BilanControle();
    const titreRegle = (id: string) => registreContrat.regle(id)?.titre ?? registreAvantPaiement.regle(id)?.titre ?? (id.startsWith("schema.") ? "Lecture selon le schéma du contrat standard" : undefined);
    const cheminRapport = values.rapport === undefined ? undefined : resolve(contexte.repertoire, values.rapport);
    // Sorties écrites dans des fichiers temporaires renommés à la fin : une exécution interrompue ne laisse aucun fichier partiel.
    const fichierIndus = exportIndus === undefined ? undefined : await arreterSiEchec(() => new ExportIndus(resolve(contexte.repertoire, exportIndus), { enClair }));
    let rapport: RapportHtml | undefined;
    let sortieJsonl: SortieResultatsJsonl | undefined;
    try {
      sortieJsonl = values.sortie === undefined ? undefined : new SortieResultatsJsonl(resolve(contexte.repertoire, values.sortie));
      rapport = cheminRapport === undefined ? undefined : new RapportHtml(cheminRapport, { dateEvaluation, fichiers: positionals, enClair });
      if (json) sortie.ecrire(`{"dateEvaluation":${JSON.stringify(dateEvaluation)},"donneesPersonnelles":${JSON.stringify(enClair ? "en_clair" : "masquees")},"resultats":[`);
      else {
        const avantPaiement = prepaiement === undefined ? "non exécutées (--referentiel aucun)" : `${sourceAvantPaiement}${opco === undefined ? "" : `, OPCO payeur ${opco.nomOfficiel}`}`;
        sortie.ecrire(`Contrôle de ${positionals.length} fichier(s) à la date d'évaluation ${dateEvaluation} (${origine}) ; vérifications avant paiement : ${avantPaiement}.\n`);
      }
      let premier = true;
      // Bilan des vérifications avant paiement : les explications de l'enregistrement sont retenues
      // ici, puis le bilan est tenu après le classement des vérifications non exécutées (fil principal).
      let explicationsAvantPaiement: readonly Pick<Explication, "regle" | "statut">[] | undefined;
      const retenirExplications = { ajouter: (_constats: unknown, explications?: readonly Pick<Explication, "regle" | "statut">[]) => void (explicationsAvantPaiement = explications) };
      const suivi = { ...(bilanAvantPaiement === undefined ? {} : { bilan: retenirExplications }), ...(bilanMontant === undefined ? {} : { montant: bilanMontant }), ...(fichierIndus === undefined ? {} : { indus: fichierIndus }) };
      const progressionControle = progression("Contrôle", indexLot.enregistrementsLot);
      let echecEntreeSortie = false;
      // Écriture d'un enregistrement publié (publierResultat), dans l'ordre : bilans, puis sorties demandées.
      const ecrire = (p: PublicationEnregistrement): void => {
        if (p.statut !== "illisible") bilanAvantPaiement?.ajouter(p.constats, explicationsAvantPaiement, p.nonExecutees);
        explicationsAvantPaiement = undefined;
        progressionControle.avancer();
        bilan.ajouter(p);
        if (p.ligne !== undefined) sortieJsonl?.ajouter(p.ligne);
        if (json) {
          sortie.ecrire(`${premier ? "\n" : ",\n"}${p.ligne ?? ""}`);
          premier = false;
        } else if (p.texte !== undefined) aExaminer.ajouter(p.texte);
        if (p.rapport !== undefined) rapport?.ajouter(p.rapport.publie, p.rapport.description, p.rapport.opco);
      };
      // Publié par un fil de calcul : ses appels de suivi (bilans, export) sont rejoués ici, dans l'ordre, avant l'écriture.
      const publierAcheve = (e: EnregistrementAcheve): void => {
        for (const a of e.suivi) (suivi[a.suivi]?.ajouter as ((...args: unknown[]) => void) | undefined)?.(...a.args);
        ecrire(e);
      };
      // Contrôlé sur ce fil : publié et écrit de façon synchrone, dans la boucle même qui contrôle un
      // lot, sans générateur ni promesse de plus par enregistrement.
      const publier = (enregistrement: { resultat: ResultatControle; valeur: unknown; echecEntreeSortie?: true }): void => {
        if (enregistrement.echecEntreeSortie === true) echecEntreeSortie = true;
        ecrire(publierResultat(enregistrement.resultat, enregistrement.valeur, nonExecutees, sorties));
      };
      if (parallele !== undefined && choixParallele !== undefined) {
        // Enregistrements déjà classés, protégés et sérialisés (par un fil de calcul ou par les morceaux que ce fil prend aussi).
        for await (const e of parallele.controler(positionals.map((f) => ({ chemin: entree.chemin(f), fichier: f })), choixParallele.tailleMorceau, (contrats) => nonExecutees.ajouterDecomptes(contrats))) publierAcheve(e);
      } else {
        const etape = { indexLot, dateEvaluation, prepaiement, opco, suivi };
        // Format standard : enregistrements lus et contrôlés par lots (un par morceau lu), publiés au fil du lot.
        if (values.format === undefined || formats === undefined) {
          for await (const lot of controlerFichiersParLots(fichiers, { dateEvaluation }, { chemin: entree.chemin })) {
            for (const e of lot) publier({ resultat: await traiterEnregistrement(e, etape), valeur: e.valeur });
          }
        } else {
          for await (const e of formats.controlerSelonFormat(fichiers, values.format, contexte, { dateEvaluation })) {
            publier({ resultat: await traiterEnregistrement(e, etape), valeur: e.valeur, ...(e.echecEntreeSortie === true ? { echecEntreeSortie: true as const } : {}) });
          }
        }
      }
      progressionControle.terminer();
      // Une entrée vide est une erreur d'utilisation (code 2), jamais un succès silencieux.
      if (bilan.resume().total === 0) {
        throw new ErreurUsage(`aucun enregistrement lu : ${positionals.length > 1 ? "les fichiers sont vides" : `le fichier « ${positionals[0] ?? ""} » est vide`} (ni contrat JSON ni ligne JSON Lines)`);
      }
      const montantEnJeu = bilanMontant?.resume();
      if (json) {
        const resume = { ...bilan.resume(), nonExecutees: nonExecutees.resume(), ...(montantEnJeu === undefined ? {} : { avantPaiement: { source: sourceAvantPaiement, ...montantEnJeu } }), lot: indexLot.bilan };
        sortie.ecrire(`\n],"resume":${JSON.stringify(resume)}}\n`);
      } else {
        sortie.ecrire(resumeTexte(bilan, dateEvaluation, titreRegle, 10, lignesNonExecutees(nonExecutees.aSignaler(), prepaiement?.mode ?? "aucun")));
        sortie.ecrire(`\nRègles sur plusieurs contrats\n${lignesIndexLot(indexLot.bilan).map((l) => `  ${l}\n`).join("")}`);
        if (bilanAvantPaiement !== undefined) sortie.ecrire(resumeAvantPaiementTexte(bilanAvantPaiement.decomptes(), sourceAvantPaiement, montantEnJeu));
        aExaminer.ecrire((t) => sortie.ecrire(t));
        sortie.ecrire(
          enClair
            ? "Données personnelles EN CLAIR (option --en-clair) : cette sortie contient des NIR, dates de naissance, courriels ou téléphones ; à ne diffuser qu'aux personnes habilitées.\n"
            : "Données personnelles masquées (NIR, dates de naissance, courriels, téléphones) ; --en-clair pour les afficher.\n",
        );
      }
      sortie.vider();
      if (sortieJsonl !== undefined) {
        const resume = { ...bilan.resume(), nonExecutees: nonExecutees.resume(), ...(montantEnJeu === undefined ? {} : { avantPaiement: { source: sourceAvantPaiement, ...montantEnJeu } }), lot: indexLot.bilan };
        const lignes = sortieJsonl.terminer({ dateEvaluation, donneesPersonnelles: enClair ? "en_clair" : "masquees", resume });
        const message = `Résultats écrits en JSON Lines : ${lignes} ligne(s) et le résumé dans ${values.sortie ?? ""}\n`;
        if (json) contexte.ecrireErreur(message);
        else contexte.ecrire(message);
      }
      if (fichierIndus !== undefined) {
        const lignes = fichierIndus.terminer();
        const message = `Constats valorisés exportés (I-OPCO-INDUS, décision en_attente) : ${lignes} ligne(s) dans ${exportIndus ?? ""}${montantEnJeu !== undefined && montantEnJeu.contratsNonValorises > 0 ? ` ; ${montantEnJeu.contratsNonValorises} contrat(s) bloqué(s) non valorisé(s) ne sont pas exportés` : ""}\n`;
        if (json) contexte.ecrireErreur(message);
        else contexte.ecrire(message);
      }
      if (rapport !== undefined && cheminRapport !== undefined) {
        rapport.terminer(
          bilan,
          titreRegle,
          bilanAvantPaiement === undefined ? undefined : { source: sourceAvantPaiement, decomptes: bilanAvantPaiement.decomptes(), ...(montantEnJeu === undefined ? {} : { montantEnJeu }) },
          lignesIndexLot(indexLot.bilan),
          lignesNonExecutees(nonExecutees.aSignaler(), prepaiement?.mode ?? "aucun"),
        );
        const message = `Rapport HTML écrit : ${values.rapport ?? cheminRapport}\n`;
        if (json) contexte.ecrireErreur(message);
        else contexte.ecrire(message);
      }
      return echecEntreeSortie ? 3 : bilan.aDesBloquants ? 1 : 0;
    } finally {
      aExaminer.abandonner();
      entree.nettoyer();
      fichierIndus?.abandonner();
      rapport?.abandonner();
      sortieJsonl?.abandonner();
      await parallele?.arreter();
    }
  },
};
