import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { LIBELLES_STATUT } from "@communs-opco/indicateurs";
import type { Commande } from "../Commande";
import { calculerCas, lireCas, type CasStatut, type ResultatCas } from "../statut/lireCas";
import type { ContexteCli } from "../ContexteCli";
import { ErreurUsage } from "../ErreurUsage";
import { lireOptions } from "../lireOptions";

const USAGE = `Usage : opco statut [fichier] [--json]

Calcule le statut d'apprenant (algorithme du Tableau de bord de l'apprentissage) d'un cas ou d'une
liste de cas lus en JSON dans un fichier, ou sur l'entrée standard si aucun fichier n'est donné.

Format d'un cas (dates AAAA-MM-JJ) :
  { "formation": { "debut": "2024-09-01", "fin": "2025-08-31" },
    "contrats": [{ "debut": "2024-10-01", "fin": "2025-08-31", "rupture": "2024-12-01" }],
    "exclusion": "2025-03-01",
    "date": "2025-03-06" }
« fin », « rupture » et « exclusion » sont facultatifs ; « statut » est le statut à « date »
(INSCRIT avant le premier changement).

Options :
  --json   sortie JSON : { "statut", "parcours": [{ "date", "statut" }] } (un tableau pour un tableau de cas)`;

function texteCas(resultat: ResultatCas, cas: CasStatut, titre: string): string {
  const lignes = [`${titre}Statut au ${cas.date} : ${LIBELLES_STATUT[resultat.statut]} (${resultat.statut})`];
  if (resultat.parcours.length === 0) {
    lignes.push("  Parcours vide : la formation commence après sa fin (aucun jour à qualifier).");
  } else {
    lignes.push("  Parcours :");
    for (const e of resultat.parcours) lignes.push(`    à partir du ${e.date} : ${LIBELLES_STATUT[e.statut]} (${e.statut})`);
  }
  return `${lignes.join("\n")}\n`;
}

async function lireSource(fichier: string | undefined, contexte: ContexteCli): Promise<string> {
  if (fichier === undefined || fichier === "-") {
    if (fichier === undefined && contexte.entreeStandardInteractive) throw new ErreurUsage("aucun fichier donné et rien sur l'entrée standard");
    return contexte.lireEntreeStandard();
  }
  try {
    return await readFile(resolve(contexte.repertoire, fichier), "utf8");
  } catch (erreur) {
    const code = (erreur as { code?: string }).code;
    throw new ErreurUsage(code === "ENOENT" ? `fichier introuvable : ${fichier}` : `lecture impossible de ${fichier} (${code ?? "erreur"})`);
  }
}

/**
 * Commande `opco statut` : statut et parcours d'un ou plusieurs cas d'apprenants.
 *
 * @example
 * ```ts
 * await executerCli(["statut", "cas.json", "--json"], contexte);
 * ```
 */
export const commandeStatut: Commande = {
  nom: "statut",
  resume: "Statut d'apprenant (Tableau de bord) et parcours, à partir d'un cas JSON.",
  usage: USAGE,
  async executer(args, contexte) {
    const { values, positionals } = lireOptions(args, { json: { type: "boolean" } });
    if (positionals.length > 1) throw new ErreurUsage("un seul fichier est attendu");
    const texte = await lireSource(positionals[0], contexte);
    let donnees: unknown;
    try {
      donnees = JSON.parse(texte);
    } catch (erreur) {
      throw new ErreurUsage(`JSON invalide : ${erreur instanceof Error ? erreur.message : String(erreur)}`);
    }
    if (Array.isArray(donnees)) {
      const cas = donnees.map((d: unknown, i) => lireCas(d, `[${i}]`));
      const resultats = cas.map(calculerCas);
      if (values.json) contexte.ecrire(`${JSON.stringify(resultats, null, 2)}\n`);
      else contexte.ecrire(resultats.map((r, i) => texteCas(r, cas[i]!, `Cas ${i + 1} — `)).join("\n"));
      return 0;
    }
    const cas = lireCas(donnees, "");
    const resultat = calculerCas(cas);
    contexte.ecrire(values.json ? `${JSON.stringify(resultat, null, 2)}\n` : texteCas(resultat, cas, ""));
    return 0;
  },
};
