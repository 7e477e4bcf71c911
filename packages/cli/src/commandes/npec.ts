import { resolve } from "node:path";
import {
  chargerInstantane,
  chargerInstantaneEmbarque,
  ErreurInstantane,
  normaliserIdcc,
  normaliserRncp,
  ReferentielHorsLigne,
  type Instantane,
} from "@communs-opco/referentiels";
import type { Commande } from "../Commande";
import { rechercherNpec } from "../npec/rechercherNpec";
import { ErreurUsage } from "../ErreurUsage";
import { lireOptions } from "../lireOptions";

const USAGE = `Usage : opco npec --rncp RNCP --idcc IDCC --date AAAA-MM-JJ [--json] [--referentiel DIR]

Donne le niveau de prise en charge (NPEC) applicable à un contrat d'apprentissage : certification
RNCP + IDCC de l'employeur → CPNE → valeur de la dernière édition du référentiel France compétences
applicable à la date de conclusion du contrat.

Options :
  --rncp RNCP         code RNCP de la certification (RNCP1002, ou 1002)
  --idcc IDCC         IDCC de la convention collective de l'employeur (478 ou 0478)
  --date AAAA-MM-JJ   date de conclusion du contrat
  --json              sortie JSON : { "rncp", "idcc", "cpne", "npecAnnuel", "statut", "dateApplicabilite", "source",
                      "valeursEcartees"?, "note"? } ; une ligne dont la cellule RNCP est exactement le code
                      demandé prime sur une ligne qui le liste parmi plusieurs (« RNCPancien/RNCPnouveau ») :
                      la valeur écartée et sa ligne sont alors données (« note »)
  --referentiel DIR   instantané local construit par « opco referentiel importer » (par défaut : instantané embarqué)

Code de sortie : 0 si un NPEC s'applique, 1 sinon (aucune valeur, NC/NR, plusieurs CPNE), 2 en cas d'erreur d'utilisation.`;

/**
 * Charge l'instantané désigné par `--referentiel DIR` (relatif au répertoire courant), ou
 * l'instantané embarqué ; un dossier illisible est une erreur d'utilisation.
 */
async function chargerPourCli(dossier: string | undefined, repertoire: string): Promise<Instantane> {
  try {
    return dossier === undefined ? await chargerInstantaneEmbarque() : await chargerInstantane(resolve(repertoire, dossier));
  } catch (erreur) {
    if (erreur instanceof ErreurInstantane) throw new ErreurUsage(erreur.message);
    throw erreur;
  }
}

function formaterEuros(montant: number): string {
  return `${new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 }).format(montant).replace(/\u202f|\u00a0/g, " ")} €`;
}

/**
 * Commande `opco npec` : NPEC applicable à un contrat (RNCP, IDCC, date de conclusion), à partir
 * de l'instantané embarqué ou d'un instantané local (`--referentiel DIR`).
 *
 * @example
 * ```ts
 * await executerCli(["npec", "--rncp", "RNCP1002", "--idcc", "478", "--date", "2024-09-01", "--json"], contexte); // 0
 * ```
 */
export const commandeNpec: Commande = {
  nom: "npec",
  resume: "Donne le NPEC applicable à un contrat (RNCP, IDCC de l'employeur, date).",
  usage: USAGE,
  async executer(args, contexte) {
    const { values, positionals } = lireOptions(args, {
      rncp: { type: "string" },
      idcc: { type: "string" },
      date: { type: "string" },
      json: { type: "boolean" },
      referentiel: { type: "string" },
    });
    if (positionals.length > 0) throw new ErreurUsage(`argument inattendu : ${positionals[0] ?? ""}`);
    if (values.rncp === undefined) throw new ErreurUsage("l'option --rncp est obligatoire");
    if (values.idcc === undefined) throw new ErreurUsage("l'option --idcc est obligatoire");
    if (values.date === undefined) throw new ErreurUsage("l'option --date est obligatoire");
    const rncp = normaliserRncp(values.rncp);
    if (rncp === null) throw new ErreurUsage(`code RNCP invalide : « ${values.rncp} »`);
    const idcc = normaliserIdcc(values.idcc);
    if (idcc === null) throw new ErreurUsage(`IDCC invalide : « ${values.idcc} »`);
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(values.date);
    const jour = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
    if (jour === null || jour.toISOString().slice(0, 10) !== values.date) throw new ErreurUsage(`date invalide : « ${values.date} » (attendu AAAA-MM-JJ)`);

    const referentiel = new ReferentielHorsLigne(await chargerPourCli(values.referentiel, contexte.repertoire));
    const reponse = await rechercherNpec(referentiel, { rncp, idcc, date: values.date });
    if (reponse.statut !== "trouve") {
      const { message: _message, ...json } = reponse;
      if (values.json === true) contexte.ecrire(`${JSON.stringify(json, null, 2)}\n`);
      contexte.ecrireErreur(`opco npec : ${reponse.message}\n`);
      return 1;
    }
    const { valeur: v, source } = reponse;
    if (values.json === true) {
      const ecart = v.note === undefined ? {} : { valeursEcartees: v.valeursEcartees ?? [], note: v.note };
      const sortie = { rncp: v.rncp, idcc: v.idcc, cpne: v.cpne, npecAnnuel: v.npecAnnuel, statut: v.statut, dateApplicabilite: v.dateApplicabilite, source, ...ecart };
      contexte.ecrire(`${JSON.stringify(sortie, null, 2)}\n`);
      return 0;
    }
    const cpne = `CPNE ${v.cpne.code ?? "?"}${v.cpne.libelle === null ? "" : ` « ${v.cpne.libelle} »`}`;
    contexte.ecrire(
      [
        `NPEC applicable : ${formaterEuros(v.npecAnnuel)} par an`,
        `  certification : ${v.rncp ?? v.cfd ?? "?"}`,
        `  IDCC ${v.idcc} → ${cpne}`,
        `  statut : ${v.statut ?? "non précisé"} ; applicable aux contrats conclus à partir du ${v.dateApplicabilite}`,
        `  source : ${source.nom}, ${source.fichier}, ligne ${String(source.ligne)}`,
        ...(v.note === undefined ? [] : [`  note : ${v.note}`]),
        "",
      ].join("\n"),
    );
    return 0;
  },
};
