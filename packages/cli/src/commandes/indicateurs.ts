import { readdir, readFile } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { construireLiaisonRncp, DIMENSIONS, jourDepuisDate, lireListeRncpOpco, type Dimension, type GroupeIndicateurs, type LiaisonOpco, type ModeLiaisonOpco, type ResultatIndicateurs } from "@communs-opco/indicateurs";
import { resoudreOpco, type SlugOpco } from "@communs-opco/nomenclatures";
import type { Commande } from "../Commande";
import type { ContexteCli } from "../ContexteCli";
import { ErreurUsage } from "../ErreurUsage";
import { executerIndicateursIndus } from "../indus/executerIndicateursIndus";
import { calculerIndicateurs } from "../indicateurs/calculerIndicateurs";
import { lireOptions } from "../lireOptions";
import { progressionCli } from "../terminal/progressionCli";

const USAGE = `Usage : opco indicateurs <effectifs.jsonl> --date AAAA-MM-JJ [--par dim1,dim2] [options]
        opco indicateurs indus <resultats.jsonl> [--json]

Calcule les indicateurs du Tableau de bord de l'apprentissage à une date (apprenants, apprentis,
inscrits sans contrat, rupturants, abandons, fins de formation) à partir d'un fichier JSON Lines
d'effectifs (un objet par ligne ; « - » : entrée standard). Chaque ligne illisible est comptée et
signalée avec son numéro et le motif ; le code de sortie est alors 1.

Forme d'un effectif (dates AAAA-MM-JJ) :
  {"id":"…","source":"ERP","anneeScolaire":"2024-2025",
   "apprenant":{"nom":"…","prenom":"…","dateNaissance":"2006-05-14"},
   "formation":{"debut":"2024-09-01","fin":"2025-08-31","rncp":"RNCP37714","cfd":"50022135","niveau":"3"},
   "contrats":[{"debut":"2024-10-01","fin":"2025-08-31","rupture":"…","siret":"…","idcc":"1486"}],
   "exclusion":"…","organisme":{"uai":"…","siret":"…","departement":"75","fiable":true}}
Les effectifs au format standard de @communs-opco/schemas (dossier apprenant : formation.dateEntree,
organismeFormateur…) sont aussi acceptés ; leur territoire peut être donné dans "organisme".

Options :
  --date AAAA-MM-JJ        date des indicateurs (obligatoire)
  --par liste              dimensions séparées par des virgules : ${DIMENSIONS.join(", ")}
  --liaison mode           rattachement OPCO : idcc (défaut, table IDCC → OPCO), rncp, siret
  --listes-rncp dossier    listes RNCP des OPCO (fichiers <opco>.csv, en-tête code_rncp) : liaison rncp
  --opco-siret fichier     table CSV « siret;opco » (ou SIREN) : liaison siret
  --maintenant AAAA-MM-JJ  « maintenant » du Tableau de bord pour la dimension trancheAgeTdb
  --dedoublonner           dédoublonne d'abord (clé personne, règle ERP/DECA) et résume les fusions
  --toutes-annees          n'applique pas le filtre d'année scolaire
  --json                   sortie JSON
  --silencieux             pas de progression (lignes lues, débit) sur la sortie d'erreur d'un
                           terminal ; rien n'y est jamais écrit quand elle est redirigée

opco indicateurs indus : indicateur I-OPCO-INDUS (indus évités ou recouvrés grâce aux vérifications
avant ou après paiement) depuis un fichier JSON Lines de résultats de contrôle valorisés, un par ligne :
  {"contrat":"…","opco":"akto","regle":"prepaiement.qualiopi","date":"2025-11-03",
   "moment":"avant_paiement|apres_paiement","decision":"confirme|faux_positif|en_attente",
   "montantSansControle":18994,"montantApresCorrection":0,"recouvrements":[{"date":"…","montant":…}]}
(montants en euros) — le fichier écrit par « opco controle --export-indus », où l'OPCO a reporté ses
décisions. Donne, par OPCO et par mois, les indus évités (constats confirmés avant paiement, chaque
contrat une fois, au plus grand montant), les indus recouvrés (après paiement, au mois du
recouvrement) et le montant à risque (tous les constats) ; par règle, les constats, les décisions, le
taux de faux positifs (faux positifs ÷ constats décidés) et le montant évité. Une ligne illisible est
signalée avec son numéro et son motif (code de sortie 1). --json : { "indicateur", "lignes",
"decisions", "total" (centimes), "groupes", "regles" (euros, comme @communs-opco/indicateurs) }.`;

function verifierDateOption(valeur: string | undefined, option: string): string | undefined {
  if (valeur === undefined) return undefined;
  if (Number.isNaN(jourDepuisDate(valeur))) throw new ErreurUsage(`l'option ${option} attend une date AAAA-MM-JJ (reçu « ${valeur} »)`);
  return valeur;
}

/** Un effectif au format standard (`organismeFormateur`, `formation.dateEntree`…) plutôt qu'au format des indicateurs. */
async function lireTexte(chemin: string, contexte: ContexteCli): Promise<string> {
  if (chemin === "-") return contexte.lireEntreeStandard();
  try {
    return await readFile(resolve(contexte.repertoire, chemin), "utf8");
  } catch (erreur) {
    const code = (erreur as { code?: string }).code;
    throw new ErreurUsage(code === "ENOENT" ? `fichier introuvable : ${chemin}` : `lecture impossible de ${chemin} (${code ?? "erreur"})`);
  }
}

async function liaisonDepuisOptions(
  mode: ModeLiaisonOpco,
  valeurs: { "listes-rncp"?: string | undefined; "opco-siret"?: string | undefined },
  contexte: ContexteCli,
  avertissements: string[],
): Promise<LiaisonOpco> {
  if (mode === "idcc") return { mode };
  if (mode === "rncp") {
    const dossier = valeurs["listes-rncp"];
    if (dossier === undefined) throw new ErreurUsage("la liaison rncp demande --listes-rncp <dossier>");
    let fichiers: string[];
    try {
      fichiers = (await readdir(resolve(contexte.repertoire, dossier))).filter((f) => f.toLowerCase().endsWith(".csv")).sort();
    } catch {
      throw new ErreurUsage(`dossier introuvable : ${dossier}`);
    }
    const listes: Partial<Record<SlugOpco, string[]>> = {};
    for (const f of fichiers) {
      const opco = resoudreOpco(basename(f, ".csv"));
      if (opco === undefined) {
        avertissements.push(`${f} : nom de fichier qui ne désigne aucun OPCO, ignoré`);
        continue;
      }
      const { codes, illisibles } = lireListeRncpOpco(await readFile(resolve(contexte.repertoire, dossier, f), "utf8"));
      for (const l of illisibles) avertissements.push(`${f}, ligne ${l.ligne} : ${l.motif} (« ${l.valeur} »)`);
      listes[opco.slug] = [...(listes[opco.slug] ?? []), ...codes];
    }
    return { mode, parRncp: construireLiaisonRncp(listes) };
  }
  const fichier = valeurs["opco-siret"];
  if (fichier === undefined) throw new ErreurUsage("la liaison siret demande --opco-siret <fichier.csv>");
  const parSiret = new Map<string, SlugOpco>();
  let cleSiren = false;
  (await lireTexte(fichier, contexte)).split(/\r?\n/).forEach((ligne, i) => {
    const [siret, nom] = ligne.split(/[;,]/).map((x) => x.trim());
    if (!siret || (i === 0 && !/^\d/.test(siret))) return;
    const opco = nom === undefined ? undefined : resoudreOpco(nom);
    const cle = siret.replace(/[\s.\-]/g, "");
    if (opco === undefined || !/^(\d{9}|\d{14})$/.test(cle)) {
      avertissements.push(`${fichier}, ligne ${i + 1} : SIRET/SIREN ou OPCO non reconnu, ignorée`);
      return;
    }
    if (cle.length === 9) cleSiren = true;
    parSiret.set(cle, opco.slug);
  });
  if (cleSiren && [...parSiret.keys()].some((k) => k.length === 14)) throw new ErreurUsage(`${fichier} : mélange de SIREN et de SIRET, une seule forme attendue`);
  return { mode, parSiret, cleSiren };
}

function tableau(resultat: ResultatIndicateurs): string {
  const colonnesDimensions = resultat.par.length === 0 ? [""] : resultat.par;
  const entetes = [...colonnesDimensions, "apprenants", "apprentis", "inscrits", "rupturants", "abandons", "finDeFormation"];
  const comptes = (g: Omit<GroupeIndicateurs, "dimensions">): string[] =>
    [g.apprenants, g.apprentis, g.inscrits, g.rupturants, g.abandons, g.finDeFormation].map(String);
  const lignes =
    resultat.par.length === 0 ? [] : resultat.groupes.map((g) => [...resultat.par.map((d) => g.dimensions[d] ?? (d === "opco" ? "(non rattaché)" : "(non renseigné)")), ...comptes(g)]);
  lignes.push([...colonnesDimensions.map((_, j) => (j === 0 ? "Total" : "")), ...comptes(resultat.total)]);
  const largeurs = entetes.map((e, j) => Math.max(e.length, ...lignes.map((l) => l[j]!.length)));
  const formater = (l: string[]): string =>
    l.map((c, j) => (j < colonnesDimensions.length ? c.padEnd(largeurs[j]!) : c.padStart(largeurs[j]!))).join("  ");
  return [formater(entetes), ...lignes.map(formater)].join("\n");
}

/**
 * Commande `opco indicateurs` : indicateurs du Tableau de bord à une date, par dimensions ;
 * `opco indicateurs indus <resultats.jsonl>` : indicateur I-OPCO-INDUS (indus évités ou recouvrés).
 *
 * @example
 * ```ts
 * await executerCli(["indicateurs", "effectifs.jsonl", "--date", "2025-03-06", "--par", "departement,opco"], contexte);
 * ```
 */
export const commandeIndicateurs: Commande = {
  nom: "indicateurs",
  resume: "Indicateurs du Tableau de bord à une date, par dimensions, depuis des effectifs JSON Lines ; « indus » : I-OPCO-INDUS.",
  usage: USAGE,
  async executer(args, contexte) {
    if (args[0] === "indus") return executerIndicateursIndus(args.slice(1), contexte);
    const { values, positionals } = lireOptions(args, {
      date: { type: "string" },
      par: { type: "string" },
      liaison: { type: "string" },
      "listes-rncp": { type: "string" },
      "opco-siret": { type: "string" },
      maintenant: { type: "string" },
      dedoublonner: { type: "boolean" },
      "toutes-annees": { type: "boolean" },
      json: { type: "boolean" },
      silencieux: { type: "boolean" },
    });
    if (positionals.length !== 1) throw new ErreurUsage("un fichier d'effectifs JSON Lines est attendu (ou « - » pour l'entrée standard)");
    const date = verifierDateOption(values.date, "--date");
    if (date === undefined) throw new ErreurUsage("l'option --date AAAA-MM-JJ est obligatoire");
    const maintenant = verifierDateOption(values.maintenant, "--maintenant");
    const par = (values.par ?? "").split(",").map((d) => d.trim()).filter((d) => d !== "");
    for (const d of par) if (!DIMENSIONS.includes(d as Dimension)) throw new ErreurUsage(`dimension inconnue : « ${d} » (attendu : ${DIMENSIONS.join(", ")})`);
    if (new Set(par).size !== par.length) throw new ErreurUsage("une dimension est répétée dans --par");
    if (par.includes("trancheAgeTdb") && maintenant === undefined) throw new ErreurUsage("la dimension trancheAgeTdb demande --maintenant AAAA-MM-JJ");
    const modeDemande = values.liaison ?? (values["listes-rncp"] !== undefined ? "rncp" : values["opco-siret"] !== undefined ? "siret" : "idcc");
    if (!["rncp", "siret", "idcc"].includes(modeDemande)) throw new ErreurUsage(`mode de rattachement inconnu : « ${modeDemande} » (attendu : idcc, rncp, siret)`);
    const avertissements: string[] = [];
    const liaisonOpco = par.includes("opco") ? await liaisonDepuisOptions(modeDemande as ModeLiaisonOpco, values, contexte, avertissements) : undefined;

    const texte = await lireTexte(positionals[0]!, contexte);
    const progression = progressionCli(contexte, "Indicateurs", values.silencieux !== true);
    let calcul: ReturnType<typeof calculerIndicateurs>;
    try {
      calcul = calculerIndicateurs(texte, {
        date,
        par: par as Dimension[],
        ...(liaisonOpco === undefined ? {} : { liaisonOpco }),
        ...(maintenant === undefined ? {} : { maintenant }),
        dedoublonner: values.dedoublonner === true,
        toutesAnnees: values["toutes-annees"] === true,
        surEffectif: () => progression.avancer(),
      });
    } finally {
      progression.terminer();
    }
    const { resultat, lignes, dedoublonnage } = calcul;
    const { illisibles } = lignes;
    const lecture = { lues: lignes.lues, vides: lignes.vides, effectifs: { length: lignes.effectifs } };

    if (values.json) {
      contexte.ecrire(`${JSON.stringify({ ...resultat, lignes, ...(dedoublonnage ? { dedoublonnage } : {}), avertissements }, null, 2)}\n`);
    } else {
      const sortie: string[] = [];
      sortie.push(`Indicateurs au ${date} : ${lecture.lues} lignes lues, ${lecture.effectifs.length} effectifs, ${illisibles.length} ligne(s) illisible(s), ${lecture.vides} ligne(s) vide(s).`);
      if (dedoublonnage) sortie.push(`Dédoublonnage : ${dedoublonnage.fusions} fusion(s) de ${dedoublonnage.fusionnes} effectifs, ${dedoublonnage.decaEcartes} effectif(s) DECA écarté(s), ${dedoublonnage.sortie} effectifs retenus.`);
      if (par.length > 0) sortie.push(`Par ${par.join(", ")}${resultat.liaisonOpco ? ` (rattachement OPCO : ${resultat.liaisonOpco})` : ""}.`);
      sortie.push("", tableau(resultat), "");
      const b = resultat.bilan;
      sortie.push(
        `Bilan : ${b.total} effectifs = ${b.comptes} comptés + ${b.nonDemarres} non démarrés à la date + ${b.horsAnneeScolaire} hors année scolaire + ${b.nonFiables} d'organismes non fiables + ${b.illisibles} aux dates illisibles.`,
      );
      sortie.push("« apprentis » comprend les fins de formation ; « apprenants » exclut les abandons.");
      if (illisibles.length > 0) {
        sortie.push("", "Lignes illisibles :");
        for (const l of illisibles) sortie.push(`  ligne ${l.ligne} : ${l.motif}`);
      }
      if (avertissements.length > 0) {
        sortie.push("", "Avertissements :");
        for (const a of avertissements) sortie.push(`  ${a}`);
      }
      contexte.ecrire(`${sortie.join("\n")}\n`);
    }
    return illisibles.length > 0 ? 1 : 0;
  },
};
