import {
  calculerRemuneration,
  echeancierMensuel,
  type EntreeRemuneration,
  libelleTranche,
  type RemunerationCalculee,
} from "@communs-opco/regles";
import type { Commande } from "../Commande";
import { remunerationJson } from "../remuneration/remunerationJson";
import { ErreurUsage } from "../ErreurUsage";
import { lireOptions } from "../lireOptions";

const USAGE = `Usage : opco remuneration --naissance AAAA-MM-JJ --debut AAAA-MM-JJ --fin AAAA-MM-JJ
                         [--departement DEP] [--smc EUROS] [--conclusion AAAA-MM-JJ]
                         [--annee-debut N] [--public [--niveau N] [--majoration N]] [--rqth]
                         [--echeancier] [--json]

Calcule la rémunération minimale d'un apprenti (grille D6222-26) telle qu'elle figure sur le
CERFA FA13 : une ligne par année d'exécution et par tranche d'âge (nouvelle tranche le 1er du
mois suivant l'anniversaire), sur le SMIC en vigueur au début du contrat, ou sur le SMC à partir
de 21 ans s'il est supérieur. Montants arrondis au centime supérieur.

Options :
  --naissance AAAA-MM-JJ    date de naissance de l'apprenti (obligatoire)
  --debut AAAA-MM-JJ        date de début d'exécution du contrat (obligatoire)
  --fin AAAA-MM-JJ          date de fin du contrat (obligatoire)
  --departement DEP         département de l'employeur (976 : SMIC de Mayotte ; métropole par défaut)
  --smc EUROS               salaire minimum conventionnel mensuel brut (ex. 1950.50)
  --conclusion AAAA-MM-JJ   date de conclusion du contrat (grille applicable ; par défaut --debut)
  --annee-debut N           année d'exécution du début du contrat, 1 à 4 (durée réduite, D6222-28-1)
  --public                  employeur public : base SMIC. Contrat conclu à partir du 27/04/2020 :
                            minimum = grille du secteur privé, majoration facultative donnée à part ;
                            conclu jusqu'au 26/04/2020 : majoration obligatoire selon --niveau
  --niveau N                niveau du diplôme préparé, 3 à 8 (public, conclu jusqu'au 26/04/2020 :
                            4 → +10 points, 5 → +20 points)
  --majoration N            public : majoration facultative déclarée, 0, 10 ou 20 points (contrats
                            conclus à partir du 27/04/2020)
  --rqth                    apprenti reconnu travailleur handicapé : 4e année au taux de la 3e
                            + 15 points (R6222-48)
  --echeancier              ajoute l'échéancier mensuel (SMIC en vigueur chaque mois)
  --json                    sortie JSON : { "smic": { "dateEffet", "mensuel" }, "periodes": [{ "annee",
                            "numero", "debut", "fin", "taux", "tauxMinimal", "base", "salaireBrut" }] } ;
                            employeur public : "secteurPublic": { "regime", "majorationDeclaree" } et,
                            par période, "majorationDeclaree", "tauxAvecMajorationDeclaree",
                            "salaireBrutAvecMajorationDeclaree"`;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function dateObligatoire(valeur: string | undefined, option: string): string {
  if (valeur === undefined) throw new ErreurUsage(`l'option --${option} est obligatoire (date AAAA-MM-JJ)`);
  if (!DATE.test(valeur)) throw new ErreurUsage(`--${option} attend une date AAAA-MM-JJ (reçu : ${valeur})`);
  return valeur;
}

/** Montant en euros au format français : « 1 766,92 € ». */
function euros(montant: number): string {
  const [entier, decimales] = montant.toFixed(2).split(".");
  return `${entier!.replace(/\B(?=(\d{3})+(?!\d))/g, " ")},${decimales} €`;
}

function dateFr(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

function lireEntree(args: string[]): { entree: EntreeRemuneration; json: boolean; echeancier: boolean } {
  const { values, positionals } = lireOptions(args, {
    naissance: { type: "string" },
    debut: { type: "string" },
    fin: { type: "string" },
    departement: { type: "string" },
    smc: { type: "string" },
    conclusion: { type: "string" },
    "annee-debut": { type: "string" },
    public: { type: "boolean" },
    niveau: { type: "string" },
    majoration: { type: "string" },
    rqth: { type: "boolean" },
    echeancier: { type: "boolean" },
    json: { type: "boolean" },
  });
  if (positionals.length > 0) throw new ErreurUsage(`argument inattendu : ${positionals[0]}`);
  const entree: EntreeRemuneration = {
    dateNaissance: dateObligatoire(values.naissance, "naissance"),
    dateDebutContrat: dateObligatoire(values.debut, "debut"),
    dateFinContrat: dateObligatoire(values.fin, "fin"),
  };
  if (values.conclusion !== undefined) entree.dateConclusion = dateObligatoire(values.conclusion, "conclusion");
  if (values.departement !== undefined) {
    const dep = values.departement.trim().toUpperCase();
    if (!/^(\d{2}|2A|2B|97\d)$/.test(dep)) throw new ErreurUsage(`--departement attend un code de département (75, 2A, 976…) (reçu : ${values.departement})`);
    entree.departement = dep;
  }
  if (values.smc !== undefined) {
    const smc = Number(values.smc.replace(",", "."));
    if (!/^\d+([.,]\d{1,2})?$/.test(values.smc.trim()) || !(smc > 0)) throw new ErreurUsage(`--smc attend un montant positif en euros, ex. 1950.50 (reçu : ${values.smc})`);
    entree.smc = smc;
  }
  if (values["annee-debut"] !== undefined) {
    const annee = values["annee-debut"];
    if (!/^[1-4]$/.test(annee)) throw new ErreurUsage(`--annee-debut attend un entier de 1 à 4 (reçu : ${annee})`);
    entree.anneeExecutionDebut = Number(annee);
  }
  if (values.public === true) entree.employeurPublic = true;
  if (values.niveau !== undefined) {
    if (!/^[3-8]$/.test(values.niveau)) throw new ErreurUsage(`--niveau attend un niveau de diplôme de 3 à 8 (reçu : ${values.niveau})`);
    entree.niveauDiplomePrepare = Number(values.niveau);
  }
  if (values.majoration !== undefined) {
    if (values.public !== true) throw new ErreurUsage("--majoration ne s'emploie qu'avec --public (majoration d'un employeur public)");
    if (!/^(0|10|20)$/.test(values.majoration)) throw new ErreurUsage(`--majoration attend 0, 10 ou 20 points (reçu : ${values.majoration})`);
    entree.majorationPubliqueDeclaree = Number(values.majoration);
  }
  if (values.rqth === true) entree.rqth = true;
  return { entree, json: values.json === true, echeancier: values.echeancier === true };
}

function tableau(entetes: string[], lignes: string[][], aDroite: Set<number>): string[] {
  const largeurs = entetes.map((e, i) => Math.max(e.length, ...lignes.map((l) => l[i]!.length)));
  const formater = (cellules: string[]) =>
    cellules.map((c, i) => (aDroite.has(i) ? c.padStart(largeurs[i]!) : c.padEnd(largeurs[i]!))).join("  ").trimEnd();
  return [formater(entetes), ...lignes.map(formater)];
}

function sortieTexte(r: RemunerationCalculee, echeancier: boolean): string {
  const territoire = r.smic.territoire === "mayotte" ? "Mayotte" : "métropole";
  const lignes = [
    "Rémunération minimale de l'apprenti",
    `SMIC mensuel de référence : ${euros(r.smic.mensuel)} (${territoire}, en vigueur depuis le ${dateFr(r.smic.dateEffet)})`,
  ];
  if (r.smc !== undefined) lignes.push(`Salaire minimum conventionnel : ${euros(r.smc)}`);
  if (r.moisReputesAccomplis > 0) lignes.push(`Mois réputés accomplis (durée réduite, D6222-28-1) : ${r.moisReputesAccomplis}`);
  const majoration = r.secteurPublic?.majorationDeclaree;
  if (r.secteurPublic?.regime === "facultative") {
    lignes.push("Employeur public, contrat conclu à partir du 27/04/2020 : minimum légal = grille du secteur privé (décret n° 2020-478).");
    lignes.push(majoration === undefined ? "Majoration facultative : aucune déclarée." : `Majoration facultative déclarée : + ${majoration} points, en plus du minimum (colonnes « Avec majoration »).`);
  } else if (r.secteurPublic?.regime === "obligatoire_selon_niveau") {
    lignes.push("Employeur public, contrat conclu jusqu'au 26/04/2020 : la majoration obligatoire selon le niveau du diplôme est incluse dans le taux minimal.");
  }
  if (r.periodes.some((l) => l.majorationRqth !== undefined)) lignes.push("Apprenti RQTH : au-delà de la 3e année, taux de la 3e année + 15 points (R6222-48).");
  lignes.push("");
  const entetes = ["Ligne", "Du", "Au", "Tranche d'âge", "Taux minimal", "Base", "Salaire brut"];
  if (majoration !== undefined) entetes.push("Avec majoration", "Salaire brut majoré");
  lignes.push(
    ...tableau(
      entetes,
      r.periodes.map((l) => {
        const cellules = [l.numero, dateFr(l.debut), dateFr(l.fin), libelleTranche(l.tranche), `${l.taux} %`, l.base, euros(l.salaireBrut)];
        if (majoration !== undefined) cellules.push(`${l.tauxAvecMajorationDeclaree ?? l.taux} %`, euros(l.salaireBrutAvecMajorationDeclaree ?? l.salaireBrut));
        return cellules;
      }),
      new Set([4, 6, 7, 8]),
    ),
  );
  lignes.push("", `Salaire brut d'embauche : ${euros(r.salaireEmbauche)}`);
  if (echeancier) {
    lignes.push("", "Échéancier mensuel (SMIC en vigueur chaque mois ; mois incomplets non proratisés) :", "");
    lignes.push(
      ...tableau(
        ["Mois", "Du", "Au", "Ligne", "Taux", "Base", "SMIC", "Salaire brut"],
        echeancierMensuel(r).map((e) => [e.mois, dateFr(e.debut), dateFr(e.fin), e.numero, `${e.taux} %`, e.base, euros(e.smic.mensuel), euros(e.salaireBrut)]),
        new Set([4, 6, 7]),
      ),
    );
  }
  return `${lignes.join("\n")}\n`;
}

/**
 * `opco remuneration` : lignes de rémunération minimale d'un apprenti (CERFA FA13), en tableau
 * français ou en JSON, avec l'échéancier mensuel en option. Code de sortie 2 pour une erreur
 * d'utilisation (date absente ou invalide, fin avant début…), 0 sinon.
 *
 * @example
 * ```ts
 * await executerCli(["remuneration", "--naissance", "2008-01-10", "--debut", "2024-09-01", "--fin", "2026-08-31", "--json"], contexte);
 * ```
 */
export const commandeRemuneration: Commande = {
  nom: "remuneration",
  resume: "Calcule la rémunération minimale d'un apprenti (lignes du CERFA, SMIC ou SMC).",
  usage: USAGE,
  async executer(args, contexte) {
    const { entree, json, echeancier } = lireEntree(args);
    const resultat = calculerRemuneration(entree);
    if (resultat.statut === "impossible") {
      throw new ErreurUsage(resultat.anomalies.map((a) => a.message).join(" ; "));
    }
    contexte.ecrire(json ? `${JSON.stringify(remunerationJson(resultat, echeancier), null, 2)}\n` : sortieTexte(resultat, echeancier));
    return 0;
  },
};
