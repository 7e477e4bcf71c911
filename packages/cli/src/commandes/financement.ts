import { statSync } from "node:fs";
import { EntreeStandardEnFichier } from "../controle/EntreeStandardEnFichier";
import { resolve } from "node:path";
import { chargerInstantane, chargerInstantaneEmbarque, ErreurInstantane, formaterEuros, ReferentielHorsLigne, type Referentiel } from "@communs-opco/referentiels";
import { estDateIso } from "@communs-opco/regles";
import type { Commande } from "../Commande";
import { calculerFinancement, type ResultatFinancement } from "../financement/calculerFinancement";
import { dateDuJour } from "../controle/dateDuJour";
import { lireEnregistrements } from "../controle/lireEnregistrements";
import { ErreurUsage } from "../ErreurUsage";
import { lireOptions } from "../lireOptions";

const USAGE = `Usage : opco financement <fichier…> [--json] [--date AAAA-MM-JJ] [--referentiel DIR]

Calcule, pour chaque contrat, l'échéancier de prise en charge par l'OPCO (NPEC annuel, avances et
versements selon le régime de la date de conclusion : 50/25/25 au mois commencé avant le
2025-07-01, 40/30/20/10 au jour réalisé ensuite ; participation de l'employeur, majoration RQTH,
frais annexes, prorata de rupture) et, si des paiements sont donnés, les indus (trop-payés).

Entrée : JSON Lines (.jsonl, un enregistrement par ligne), tableau JSON ou objet JSON unique.
Chaque enregistrement :
  {
    "id": "…",                                    facultatif, repris dans la sortie
    "contrat": {                                  contrat standard (@communs-opco/schemas) ou ce sous-ensemble :
      "contrat": { "dateSignature", "dateDebutContrat", "dateFinContrat", "dateRupture"? },
      "formation": { "rncp"?, "codeDiplome"? },   pour chercher le NPEC quand "npec" est absent
      "employeur": { "codeIdcc"? }
    },
    "npec": 9497,                                 facultatif : NPEC annuel en euros (sinon cherché dans le référentiel)
    "niveauCertification": "6",                   facultatif (sinon niveau de la certification au référentiel)
    "dateRupture": "AAAA-MM-JJ",                  facultatif : dernier jour exécuté (sinon contrat.dateRupture)
    "nouveauContratApresRupture": false,
    "rqth": { "montantsAnnuels": [4000, 4000], "abandonFormationApresRupture": false },
    "fraisAnnexes": { "repas": { "nombre", "prixUnitaire" }, "nuitees": { … }, "premierEquipement", "mobiliteInternationale" },
    "paiements": [{ "date": "AAAA-MM-JJ", "montant": 3798.8 }],
    "dateJustificatifs": "AAAA-MM-JJ"             facultatif : transmission des justificatifs de service fait
  }

Chaque enregistrement est « calculé », « invalide » (raison donnée : date manquante, NPEC introuvable…)
ou « illisible » (JSON invalide, avec la ligne) ; les comptes s'additionnent.

Options :
  --json              sortie JSON : { "dateEvaluation", "resultats": [{ "index", "source", "id", "statut",
                      "raisons", "npec", "echeancier", "indus" }], "resume" }
  --date AAAA-MM-JJ   date d'évaluation des paiements (par défaut : date du jour à Paris)
  --referentiel DIR   instantané local pour chercher les NPEC (par défaut : instantané embarqué)

Montants en centimes dans la sortie JSON. Code de sortie : 0 sans indu ni enregistrement invalide ou
illisible, 1 sinon, 2 en cas d'erreur d'utilisation.

« - » lit les enregistrements sur l'entrée standard (opco financement - < contrats.jsonl).`;

function enTexte(r: ResultatFinancement): string {
  const titre = `Contrat n° ${r.index}${r.id === undefined ? "" : ` (${r.id})`} — ${r.source.fichier}, ligne ${r.source.ligne}`;
  if (r.statut !== "calcule" || r.echeancier === undefined) return `${titre}\n  ${r.statut === "illisible" ? "ILLISIBLE" : "INVALIDE"} : ${r.raisons.join(" ; ")}\n\n`;
  const e = r.echeancier;
  const lignes = [titre, `  NPEC annuel ${formaterEuros(e.npecAnnuelCentimes)} (${r.npec?.origine ?? "?"})`, `  Régime du ${e.regime.dateEffet} : ${e.regime.libelle}`];
  for (const a of e.annees) lignes.push(`  ${a.explication}`);
  if (e.partEmployeur !== null) lignes.push(`  ${e.partEmployeur.explication}`);
  lignes.push("  Échéances :");
  for (const x of e.echeances) lignes.push(`    ${x.date}  ${formaterEuros(x.montantCentimes).padStart(14)}  ${x.explication}`);
  lignes.push(`  Total dû : ${formaterEuros(e.totalDuCentimes)}`);
  for (const raison of r.raisons) lignes.push(`  À vérifier : ${raison}`);
  if (r.indus !== undefined) {
    lignes.push(`  Versé : ${formaterEuros(r.indus.totalVerseCentimes)} ; exigible au ${r.indus.dateEvaluation} : ${formaterEuros(r.indus.exigibleCentimes)}`);
    if (r.indus.constats.length === 0) lignes.push("  Aucun indu.");
    for (const c of r.indus.constats) lignes.push(`  ${c.nature === "indu" ? "INDU" : c.nature === "versement_anticipe" ? "ANTICIPÉ" : c.nature === "solde_forclos" ? "FORCLOS" : "ILLISIBLE"} : ${c.explication}`);
  }
  return `${lignes.join("\n")}\n\n`;
}

/**
 * Commande `opco financement` : échéancier de prise en charge (NPEC) et indus de chaque contrat
 * d'un fichier JSON, tableau JSON ou JSON Lines ; NPEC cherché dans l'instantané quand il manque.
 *
 * @example
 * ```ts
 * await executerCli(["financement", "contrats.jsonl", "--date", "2026-11-26", "--json"], contexte);
 * ```
 */
export const commandeFinancement: Commande = {
  nom: "financement",
  resume: "Échéancier de prise en charge (NPEC) et indus de chaque contrat d'un fichier.",
  usage: USAGE,
  async executer(args, contexte) {
    const { values, positionals } = lireOptions(args, { json: { type: "boolean" }, date: { type: "string" }, referentiel: { type: "string" } });
    if (positionals.length === 0) throw new ErreurUsage("au moins un fichier est attendu");
    if (values.date !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(values.date) && estDateIso(values.date))) {
      throw new ErreurUsage(`l'option --date attend une date AAAA-MM-JJ existante (reçu : « ${values.date} »)`);
    }
    for (const fichier of positionals.filter((f) => f !== "-")) {
      let ok = false;
      try {
        ok = statSync(resolve(contexte.repertoire, fichier)).isFile();
      } catch {
        ok = false;
      }
      if (!ok) throw new ErreurUsage(`fichier introuvable ou illisible : ${fichier}`);
    }
    let instantane: Promise<ReferentielHorsLigne> | undefined;
    const referentiel = (): Promise<ReferentielHorsLigne> => {
      instantane ??= (values.referentiel === undefined ? chargerInstantaneEmbarque() : chargerInstantane(resolve(contexte.repertoire, values.referentiel))).then((i) => new ReferentielHorsLigne(i));
      return instantane;
    };
    // Port paresseux : l'instantané n'est chargé qu'au premier NPEC ou niveau à chercher.
    const portNpec: Pick<Referentiel, "npec" | "certification"> = {
      npec: async (criteres) => (await referentiel()).npec(criteres),
      certification: async (code) => (await referentiel()).certification(code),
    };
    if (values.referentiel !== undefined) {
      try {
        await referentiel();
      } catch (erreur) {
        if (erreur instanceof ErreurInstantane) throw new ErreurUsage(erreur.message);
        throw erreur;
      }
    }
    // Seule lecture de l'horloge : à la frontière de la CLI, quand --date est absent.
    const dateEvaluation = values.date ?? dateDuJour(new Date());
    const json = values.json === true;
    // « - » : l'entrée standard, mise dans un fichier temporaire supprimé à la fin.
    const entree = await EntreeStandardEnFichier.preparer(positionals, contexte);
    try {
      const resume = { total: 0, calcules: 0, invalides: 0, illisibles: 0, avecIndu: 0, induCentimes: 0 };
      if (json) contexte.ecrire(`{"dateEvaluation":${JSON.stringify(dateEvaluation)},"resultats":[`);
      else contexte.ecrire(`Financement de ${positionals.length} fichier(s), paiements évalués au ${dateEvaluation}.\n\n`);
      let index = 0;
      for (const fichier of positionals) {
        for await (const lu of lireEnregistrements(entree.chemin(fichier), { nom: fichier })) {
          index++;
          const r: ResultatFinancement = lu.ok
            ? await calculerFinancement(lu.valeur, index, lu.source, dateEvaluation, portNpec)
            : { index, source: lu.source, statut: "illisible", raisons: [lu.erreur] };
          resume.total++;
          if (r.statut === "calcule") resume.calcules++;
          else if (r.statut === "invalide") resume.invalides++;
          else resume.illisibles++;
          if ((r.indus?.induCentimes ?? 0) > 0) {
            resume.avecIndu++;
            resume.induCentimes += r.indus?.induCentimes ?? 0;
          }
          if (json) contexte.ecrire(`${index === 1 ? "\n" : ",\n"}${JSON.stringify(r)}`);
          else contexte.ecrire(enTexte(r));
        }
      }
      if (json) contexte.ecrire(`\n],"resume":${JSON.stringify(resume)}}\n`);
      else {
        contexte.ecrire(
          `Bilan : ${resume.total} enregistrement(s) : ${resume.calcules} calculé(s), ${resume.invalides} invalide(s), ${resume.illisibles} illisible(s) ; ${resume.avecIndu} contrat(s) avec indu, total ${formaterEuros(resume.induCentimes)}.\n`,
        );
      }
      return resume.avecIndu > 0 || resume.invalides > 0 || resume.illisibles > 0 ? 1 : 0;
    } finally {
      entree.nettoyer();
    }
  },
};
