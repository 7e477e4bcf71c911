import { statSync } from "node:fs";
import { resolve } from "node:path";
import { estDateIso, evaluerReglesAsync, registreContrat } from "@communs-opco/regles";
import { creerPortsPrepaiement, registrePrepaiement, type ModeReferentiel } from "@communs-opco/referentiels";
import { statutEnregistrement } from "../controle/statutEnregistrement";
import type { Commande } from "../Commande";
import { BilanControle } from "../controle/BilanControle";
import { controlerFichiers } from "../controle/controlerFichiers";
import { dateDuJour } from "../controle/dateDuJour";
import { decrireEnregistrement } from "../controle/decrireEnregistrement";
import { ligneTexteResultat } from "../controle/ligneTexteResultat";
import { RapportHtml } from "../controle/RapportHtml";
import { resumeTexte } from "../controle/resumeTexte";
import { SortieTamponnee } from "../controle/SortieTamponnee";
import { controlerSelonFormat } from "../formats/controlerSelonFormat";
import { trouverFormat } from "../formats/trouverFormat";
import { ErreurUsage } from "../ErreurUsage";
import { lireOptions } from "../lireOptions";

const USAGE = `Usage : opco controle <fichier…> [--date AAAA-MM-JJ] [--json] [--rapport rapport.html] [--referentiel embarque|en-ligne|mixte]

Contrôle des contrats d'apprentissage au format standard (@communs-opco/schemas) : lecture par le
schéma tolérant puis toutes les règles synchrones de @communs-opco/regles, à la date d'évaluation.

Fichiers acceptés (lus en flux, mémoire constante) : JSON Lines (.jsonl, .ndjson : un contrat par
ligne), tableau JSON ([{…}, {…}]) ou objet JSON unique. Une ligne tronquée ou un JSON invalide
donne un enregistrement « illisible » (avec sa ligne et la raison) et la lecture continue.

Statut d'un enregistrement : non conforme s'il porte un constat non conforme, sinon indéterminé
s'il porte un constat indéterminé, sinon conforme ; illisible si son JSON est invalide. Les erreurs
de forme (type, format) deviennent des constats bloquants « schema.* ».

Options :
  --date AAAA-MM-JJ      date d'évaluation (par défaut : la date du jour à Paris, affichée)
  --json                 sortie JSON : { "dateEvaluation", "resultats": [{ "index", "source": { "fichier", "ligne" },
                         "statut", "constats" }], "resume": { "total", "conformes", "nonConformes",
                         "indetermines", "illisibles" } } (écrite en flux)
  --rapport FICHIER      écrit aussi un rapport HTML autonome (aucune ressource externe)
  --referentiel MODE     exécute aussi les 12 vérifications avant paiement (prepaiement.*, PP-*) avec
                         l'instantané embarqué (embarque), les services en ligne (en-ligne : clés
                         COMMUNS_OPCO_API_APPRENTISSAGE_CLE, COMMUNS_OPCO_SIRO_CLE) ou les deux (mixte) ;
                         une source absente ou injoignable laisse la vérification indéterminée
  --format FORMAT|auto   lit les fichiers avec un adaptateur (deca, agecap, api-convergence, standard…,
                         auto = détection ; voir « opco formats ») et contrôle le contrat de chaque
                         enregistrement ; emplacement JSON : « fichier#pointeur » et rang

Les données personnelles (noms, dates de naissance, NIR, courriels, téléphones) sont masquées dans
la sortie texte et le rapport HTML.

Code de sortie : 0 sans constat bloquant, 1 si un constat bloquant est relevé ou si un
enregistrement est illisible, 2 en cas d'erreur d'utilisation (option, date ou fichier introuvable).`;

/**
 * Commande `opco controle` : contrôle en flux des fichiers de contrats standard (JSON, tableau
 * JSON ou JSON Lines), résumé en français ou sortie JSON, rapport HTML facultatif.
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
    });
    const modes: readonly string[] = ["embarque", "en-ligne", "mixte"];
    if (values.referentiel !== undefined && !modes.includes(values.referentiel)) throw new ErreurUsage(`l'option --referentiel attend embarque, en-ligne ou mixte (reçu : « ${values.referentiel} »)`);
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
    if (values.format !== undefined && values.format.trim().toLowerCase() !== "auto") trouverFormat(values.format);

    // Seule lecture de l'horloge : à la frontière de la CLI, quand --date est absent.
    const dateEvaluation = values.date ?? dateDuJour(new Date());
    const origine = values.date === undefined ? "date du jour, option --date absente" : "option --date";
    const json = values.json === true;
    const prepaiement = values.referentiel === undefined ? undefined : await creerPortsPrepaiement(values.referentiel as ModeReferentiel, { environnement: process.env });
    const registreAvantPaiement = registrePrepaiement();
    const sortie = new SortieTamponnee((t) => contexte.ecrire(t));
    const bilan = new BilanControle();
    const titreRegle = (id: string) => registreContrat.regle(id)?.titre ?? registreAvantPaiement.regle(id)?.titre ?? (id.startsWith("schema.") ? "Lecture selon le schéma du contrat standard" : undefined);
    const cheminRapport = values.rapport === undefined ? undefined : resolve(contexte.repertoire, values.rapport);
    const rapport = cheminRapport === undefined ? undefined : new RapportHtml(cheminRapport, { dateEvaluation, fichiers: positionals });

    if (json) sortie.ecrire(`{"dateEvaluation":${JSON.stringify(dateEvaluation)},"resultats":[`);
    else sortie.ecrire(`Contrôle de ${positionals.length} fichier(s) à la date d'évaluation ${dateEvaluation} (${origine})${prepaiement === undefined ? "" : ` ; vérifications avant paiement : ${prepaiement.description}`}.\n\n`);
    let premier = true;
    const enregistrements =
      values.format === undefined
        ? controlerFichiers(positionals, { dateEvaluation }, { chemin: (f) => resolve(contexte.repertoire, f) })
        : controlerSelonFormat(positionals, values.format, contexte, { dateEvaluation });
    for await (const enregistrement of enregistrements) {
      const { valeur } = enregistrement;
      let { resultat } = enregistrement;
      if (prepaiement !== undefined && resultat.statut !== "illisible") {
        const constats = [...resultat.constats, ...(await evaluerReglesAsync(registreAvantPaiement, valeur as object, { dateEvaluation, ports: prepaiement.ports })).constats];
        resultat = { ...resultat, constats, statut: statutEnregistrement(constats) };
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
    if (json) sortie.ecrire(`\n],"resume":${JSON.stringify(bilan.resume())}}\n`);
    else sortie.ecrire(resumeTexte(bilan, dateEvaluation, titreRegle));
    sortie.vider();
    if (rapport !== undefined && cheminRapport !== undefined) {
      rapport.terminer(bilan, titreRegle);
      const message = `Rapport HTML écrit : ${values.rapport ?? cheminRapport}\n`;
      if (json) contexte.ecrireErreur(message);
      else contexte.ecrire(message);
    }
    return bilan.aDesBloquants ? 1 : 0;
  },
};
