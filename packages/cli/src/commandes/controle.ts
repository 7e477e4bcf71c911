import { statSync } from "node:fs";
import { resolve } from "node:path";
import { estDateIso, evaluerReglesAsync, registreContrat } from "@communs-opco/regles";
import { resoudreOpco } from "@communs-opco/nomenclatures";
import { creerPortsPrepaiement, registrePrepaiement } from "@communs-opco/referentiels";
import { statutEnregistrement } from "../controle/statutEnregistrement";
import type { Commande } from "../Commande";
import { BilanAvantPaiement } from "../controle/BilanAvantPaiement";
import { BilanControle } from "../controle/BilanControle";
import { BilanMontantEnJeu } from "../controle/BilanMontantEnJeu";
import { controlerFichiers } from "../controle/controlerFichiers";
import { dateDuJour } from "../controle/dateDuJour";
import { decrireEnregistrement } from "../controle/decrireEnregistrement";
import { ExportIndus } from "../controle/ExportIndus";
import { identifiantContrat } from "../controle/identifiantContrat";
import { ligneTexteResultat } from "../controle/ligneTexteResultat";
import { RapportHtml } from "../controle/RapportHtml";
import { resumeAvantPaiementTexte } from "../controle/resumeAvantPaiementTexte";
import { resoudreReferentielControle, type ReferentielControle } from "../controle/resoudreReferentielControle";
import { resumeTexte } from "../controle/resumeTexte";
import { SortieTamponnee } from "../controle/SortieTamponnee";
import { valoriserAvantPaiement } from "../controle/valoriserAvantPaiement";
import { controlerSelonFormat } from "../formats/controlerSelonFormat";
import { trouverFormat } from "../formats/trouverFormat";
import { ErreurUsage } from "../ErreurUsage";
import { lireOptions } from "../lireOptions";

const USAGE = `Usage : opco controle <fichier…> [--date AAAA-MM-JJ] [--json] [--rapport rapport.html]
                     [--referentiel embarque|en-ligne|mixte|aucun|DOSSIER] [--opco OPCO] [--export-indus FICHIER.jsonl]

Contrôle des contrats d'apprentissage au format standard (@communs-opco/schemas) : lecture par le
schéma tolérant, toutes les règles synchrones de @communs-opco/regles, puis les 12 vérifications
avant paiement (PP-*) de @communs-opco/referentiels, hors ligne par défaut (instantané embarqué),
à la date d'évaluation.

Fichiers acceptés (lus en flux, mémoire constante) : JSON Lines (.jsonl, .ndjson : un contrat par
ligne), tableau JSON ([{…}, {…}]) ou objet JSON unique. Une ligne tronquée ou un JSON invalide
donne un enregistrement « illisible » (avec sa ligne et la raison) et la lecture continue.

Statut d'un enregistrement : non conforme s'il porte un constat non conforme, sinon indéterminé
s'il porte un constat indéterminé, sinon conforme ; illisible si son JSON est invalide. Les erreurs
de forme (type, format) deviennent des constats bloquants « schema.* ».

Options :
  --date AAAA-MM-JJ      date d'évaluation (par défaut : la date du jour à Paris, affichée)
  --json                 sortie JSON : { "dateEvaluation", "resultats": [{ "index", "source": { "fichier", "ligne" },
                         "statut", "constats", "avantPaiement"? }], "resume": { "total", "conformes", "nonConformes",
                         "indetermines", "illisibles", "avantPaiement"? } } (écrite en flux) ; "avantPaiement" d'un
                         résultat, pour un contrat au financement suspendu : { "statut": "valorise", "regles",
                         "montantEnJeuCentimes" } ou { "statut": "non_valorise", "regles", "raisons" } ; celui du
                         résumé : { "source", "contratsSuspendus", "contratsValorises", "montantEnJeuCentimes",
                         "contratsNonValorises", "motifsNonValorises": [{ "motif", "contrats" }] }
  --rapport FICHIER      écrit aussi un rapport HTML autonome (aucune ressource externe)
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
  --delai-max SECONDES   délai maximal d'attente d'une source en ligne (chaque appel et tout
                         Retry-After), 10 s par appel et 60 s de Retry-After par défaut
  --format FORMAT|auto   lit les fichiers avec un adaptateur (deca, agecap, api-convergence, standard…,
                         auto = détection ; voir « opco formats ») et contrôle le contrat de chaque
                         enregistrement ; emplacement JSON : « fichier#pointeur » et rang

Les données personnelles (noms, dates de naissance, NIR, courriels, téléphones) sont masquées dans
la sortie texte et le rapport HTML. Le résumé texte et le rapport HTML donnent, par vérification
avant paiement, les conformes, non conformes et indéterminés, et la source manquante la plus
fréquente des indéterminés ; puis le montant en jeu (I-OPCO-INDUS) : contrats dont le financement
est suspendu par un écart bloquant avant paiement, total de leurs échéanciers NPEC (financement
du contrat, NPEC cherché dans la même source que les vérifications), et contrats bloqués non
valorisés (NPEC introuvable…) avec le motif principal — jamais comptés pour 0 €.

Code de sortie : 0 sans constat bloquant, 1 si un constat bloquant est relevé ou si un
enregistrement est illisible, 2 en cas d'erreur d'utilisation (option, date ou fichier introuvable).`;

/** Source des vérifications avant paiement telle qu'affichée (mode, dossier et date de construction de l'instantané). */
function sourcePrepaiement(referentiel: ReferentielControle, description: string | undefined): string {
  const { mode, instantane } = referentiel;
  const date = instantane === undefined ? "" : ` du ${instantane.construitLe.slice(0, 10)}`;
  if (mode === "local") return `instantané local ${referentiel.dossier ?? ""}${date}`;
  if (mode === "embarque") return `instantané embarqué${date}`;
  if (mode === "mixte") return `instantané embarqué${date}, puis ${(description ?? "").replace(/^instantané (embarqué|local), puis /, "")}`;
  return description ?? "aucune";
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
      "delai-max": { type: "string" },
    });
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
    for (const fichier of positionals) {
      let estFichier = false;
      try {
        estFichier = statSync(resolve(contexte.repertoire, fichier)).isFile();
      } catch {
        estFichier = false;
      }
      if (!estFichier) throw new ErreurUsage(`fichier introuvable ou illisible : ${fichier}`);
    }
    if (values.rapport !== undefined && values.rapport.trim() === "") throw new ErreurUsage("l'option --rapport attend un nom de fichier");
    const exportIndus = values["export-indus"];
    if (exportIndus !== undefined && exportIndus.trim() === "") throw new ErreurUsage("l'option --export-indus attend un nom de fichier (JSON Lines)");
    if (exportIndus !== undefined && values.referentiel === "aucun") throw new ErreurUsage("l'option --export-indus valorise les constats des vérifications avant paiement : elle est sans effet avec --referentiel aucun");
    if (values.format !== undefined && values.format.trim().toLowerCase() !== "auto") trouverFormat(values.format);

    const referentiel = await resoudreReferentielControle(values.referentiel, contexte.repertoire);
    const { mode, instantane } = referentiel;

    // Seule lecture de l'horloge : à la frontière de la CLI, quand --date est absent.
    const dateEvaluation = values.date ?? dateDuJour(new Date());
    const origine = values.date === undefined ? "date du jour, option --date absente" : "option --date";
    const json = values.json === true;
    // Ports des vérifications avant paiement construits une seule fois pour tout le flux.
    // Un instantané local s'utilise comme l'instantané embarqué : hors ligne.
    const prepaiement = mode === "aucun" ? undefined : await creerPortsPrepaiement(mode === "local" ? "embarque" : mode, {
          environnement: process.env,
          ...(instantane === undefined ? {} : { instantane }),
          // coupure d'une source (disjoncteur) signalée une seule fois pour toute l'exécution
          client: { ...(delaiMax === undefined ? {} : { delaiMs: delaiMax * 1000, attenteMaxMs: delaiMax * 1000 }), surCoupure: (c) => contexte.ecrireErreur(`Source coupée : ${c.api} (${String(c.echecs)} échecs consécutifs) ; ses vérifications restent indéterminées pendant ${String(Math.round(c.dureeMs / 1000))} s.\n`) },
        });
    const sourceAvantPaiement = sourcePrepaiement(referentiel, prepaiement?.description);
    // PP-OPCO-NPEC résout l'OPCO payeur comme celui de l'employeur (resoudreOpco) : le nom officiel suffit.
    const opcoPayeur = opco?.nomOfficiel;
    const registreAvantPaiement = registrePrepaiement(opcoPayeur === undefined ? {} : { opcoPayeur });
    const bilanAvantPaiement = prepaiement === undefined ? undefined : new BilanAvantPaiement(registreAvantPaiement.regles);
    const bilanMontant = prepaiement === undefined ? undefined : new BilanMontantEnJeu();
    const opcoExport = opco?.slug ?? "inconnu";
    const sortie = new SortieTamponnee((t) => contexte.ecrire(t));
    const bilan = new BilanControle();
    const titreRegle = (id: string) => registreContrat.regle(id)?.titre ?? registreAvantPaiement.regle(id)?.titre ?? (id.startsWith("schema.") ? "Lecture selon le schéma du contrat standard" : undefined);
    const cheminRapport = values.rapport === undefined ? undefined : resolve(contexte.repertoire, values.rapport);
    let fichierIndus: ExportIndus | undefined;
    if (exportIndus !== undefined) {
      try {
        fichierIndus = new ExportIndus(resolve(contexte.repertoire, exportIndus));
      } catch (erreur) {
        throw new ErreurUsage(`impossible d'écrire le fichier de l'option --export-indus « ${exportIndus} » (${(erreur as { code?: string }).code ?? "erreur"})`);
      }
    }

    const rapport = cheminRapport === undefined ? undefined : new RapportHtml(cheminRapport, { dateEvaluation, fichiers: positionals });
    if (json) sortie.ecrire(`{"dateEvaluation":${JSON.stringify(dateEvaluation)},"resultats":[`);
    else {
      const avantPaiement = prepaiement === undefined ? "non exécutées (--referentiel aucun)" : `${sourceAvantPaiement}${opco === undefined ? "" : `, OPCO payeur ${opco.nomOfficiel}`}`;
      sortie.ecrire(`Contrôle de ${positionals.length} fichier(s) à la date d'évaluation ${dateEvaluation} (${origine}) ; vérifications avant paiement : ${avantPaiement}.\n\n`);
    }
    let premier = true;
    const enregistrements =
      values.format === undefined
        ? controlerFichiers(positionals, { dateEvaluation }, { chemin: (f) => resolve(contexte.repertoire, f) })
        : controlerSelonFormat(positionals, values.format, contexte, { dateEvaluation });
    for await (const enregistrement of enregistrements) {
      const { valeur } = enregistrement;
      let { resultat } = enregistrement;
      if (prepaiement !== undefined && resultat.statut !== "illisible") {
        // Mode explication : le bilan distingue « sans objet » (règle non applicable) de « conforme ».
        const evaluation = await evaluerReglesAsync(registreAvantPaiement, valeur as object, { dateEvaluation, ports: prepaiement.ports, mode: "explication" });
        const avantPaiement = evaluation.constats;
        bilanAvantPaiement?.ajouter(avantPaiement, evaluation.explications);
        const constats = [...resultat.constats, ...avantPaiement];
        resultat = { ...resultat, constats, statut: statutEnregistrement(constats) };
        // I-OPCO-INDUS : montant en jeu des contrats dont le financement est suspendu (écart bloquant avant paiement).
        const contrat = identifiantContrat(resultat.source, enregistrement.numeroDossier);
        const valorisation = await valoriserAvantPaiement({ valeur, constats: avantPaiement, referentiel: prepaiement.ports.referentiel, contrat, opco: opcoExport, date: dateEvaluation });
        bilanMontant?.ajouter(valorisation);
        if (valorisation.statut === "valorise") {
          fichierIndus?.ajouter(valorisation.constats);
          resultat = { ...resultat, avantPaiement: { statut: "valorise", regles: valorisation.constats.map((c) => c.regle), montantEnJeuCentimes: valorisation.montantEnJeuCentimes } };
        } else if (valorisation.statut === "non_valorise") {
          resultat = { ...resultat, avantPaiement: { statut: "non_valorise", regles: valorisation.regles, raisons: valorisation.raisons } };
        }
      }
      bilan.ajouter(resultat);
      const aExaminer = resultat.statut !== "conforme";
      const description = aExaminer && (rapport !== undefined || !json) ? decrireEnregistrement(valeur) : "";
      if (json) {
        sortie.ecrire(`${premier ? "\n" : ",\n"}${JSON.stringify(resultat)}`);
        premier = false;
      } else if (aExaminer) sortie.ecrire(ligneTexteResultat(resultat, description));
      rapport?.ajouter(resultat, description);
    }
    const montantEnJeu = bilanMontant?.resume();
    if (json) {
      const resume = montantEnJeu === undefined ? bilan.resume() : { ...bilan.resume(), avantPaiement: { source: sourceAvantPaiement, ...montantEnJeu } };
      sortie.ecrire(`\n],"resume":${JSON.stringify(resume)}}\n`);
    } else {
      sortie.ecrire(resumeTexte(bilan, dateEvaluation, titreRegle));
      if (bilanAvantPaiement !== undefined) sortie.ecrire(resumeAvantPaiementTexte(bilanAvantPaiement.decomptes(), sourceAvantPaiement, montantEnJeu));
    }
    sortie.vider();
    if (fichierIndus !== undefined) {
      const lignes = fichierIndus.terminer();
      const message = `Constats valorisés exportés (I-OPCO-INDUS, décision en_attente) : ${lignes} ligne(s) dans ${exportIndus ?? ""}${montantEnJeu !== undefined && montantEnJeu.contratsNonValorises > 0 ? ` ; ${montantEnJeu.contratsNonValorises} contrat(s) bloqué(s) non valorisé(s) ne sont pas exportés` : ""}\n`;
      if (json) contexte.ecrireErreur(message);
      else contexte.ecrire(message);
    }
    if (rapport !== undefined && cheminRapport !== undefined) {
      rapport.terminer(bilan, titreRegle, bilanAvantPaiement === undefined ? undefined : { source: sourceAvantPaiement, decomptes: bilanAvantPaiement.decomptes(), ...(montantEnJeu === undefined ? {} : { montantEnJeu }) });
      const message = `Rapport HTML écrit : ${values.rapport ?? cheminRapport}\n`;
      if (json) contexte.ecrireErreur(message);
      else contexte.ecrire(message);
    }
    return bilan.aDesBloquants ? 1 : 0;
  },
};
