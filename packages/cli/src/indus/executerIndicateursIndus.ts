import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { indusEvites, type GroupeIndus } from "@communs-opco/indicateurs";
import { formaterEuros } from "@communs-opco/referentiels";
import type { ContexteCli } from "../ContexteCli";
import { ErreurUsage } from "../ErreurUsage";
import { lireOptions } from "../lireOptions";
import { lireResultatsIndus } from "./lireResultatsIndus";

/** Euros (nombre décimal) en centimes entiers, pour l'affichage et les totaux sans erreur d'arrondi. */
const centimes = (euros: number): number => Math.round(euros * 100);

/** Tableau texte aligné : colonnes de gauche (texte) puis colonnes numériques alignées à droite. */
function tableau(entetes: string[], lignes: string[][], colonnesTexte: number): string[] {
  const largeurs = entetes.map((e, j) => Math.max(e.length, ...lignes.map((l) => (l[j] ?? "").length)));
  const formater = (l: string[]) => l.map((c, j) => (j < colonnesTexte ? c.padEnd(largeurs[j] ?? 0) : c.padStart(largeurs[j] ?? 0))).join("  ");
  return [formater(entetes), ...lignes.map(formater)].map((l) => `  ${l.trimEnd()}`);
}

/**
 * Sous-commande `opco indicateurs indus <fichier.jsonl> [--json]` : indicateur I-OPCO-INDUS
 * (`indicateurs.md` §7.3) à partir des résultats de contrôle valorisés — le fichier écrit par
 * `opco controle --export-indus`, où l'OPCO a reporté ses décisions (`confirme`, `faux_positif`,
 * `en_attente`). Calcul par `indusEvites` de `@communs-opco/indicateurs` : par OPCO et par mois, indus
 * évités (chaque contrat une fois, au plus grand montant), indus recouvrés, montant à risque ; par
 * règle, constats, décisions et taux de faux positifs. Chaque ligne illisible est signalée avec son
 * numéro et son motif (code de sortie 1) ; « - » lit l'entrée standard.
 *
 * @example
 * ```ts
 * await executerIndicateursIndus(["indus.jsonl", "--json"], contexte); // 0
 * ```
 */
export async function executerIndicateursIndus(args: string[], contexte: ContexteCli): Promise<number> {
  const { values, positionals } = lireOptions(args, { json: { type: "boolean" } });
  if (positionals.length !== 1) throw new ErreurUsage("opco indicateurs indus attend un fichier JSON Lines de résultats de contrôle (celui de « opco controle --export-indus », ou « - »)");
  const fichier = positionals[0] ?? "-";
  let texte: string;
  if (fichier === "-") texte = await contexte.lireEntreeStandard();
  else {
    try {
      texte = await readFile(resolve(contexte.repertoire, fichier), "utf8");
    } catch (erreur) {
      const code = (erreur as { code?: string }).code;
      throw new ErreurUsage(code === "ENOENT" ? `fichier introuvable : ${fichier}` : `lecture impossible de ${fichier} (${code ?? "erreur"})`);
    }
  }
  const lecture = lireResultatsIndus(texte);
  const { groupes, regles } = indusEvites(lecture.resultats);
  const somme = (cle: keyof Omit<GroupeIndus, "opco" | "mois">) => groupes.reduce((s, g) => s + (cle === "contratsEvites" ? g[cle] : centimes(g[cle])), 0);
  const total = {
    indusEvitesCentimes: somme("indusEvites"),
    contratsEvites: somme("contratsEvites"),
    indusRecouvresCentimes: somme("indusRecouvres"),
    montantARisqueCentimes: somme("montantARisque"),
  };
  const decisions = { confirme: 0, faux_positif: 0, en_attente: 0 };
  for (const r of lecture.resultats) decisions[r.decision]++;
  const lignes = { lues: lecture.lues, vides: lecture.vides, resultats: lecture.resultats.length, illisibles: lecture.illisibles };

  if (values.json === true) {
    // Euros arrondis au centime : les sommes de montants décimaux ne gardent pas d'erreur d'arrondi.
    const arrondi = (euros: number) => centimes(euros) / 100;
    const groupesArrondis = groupes.map((g) => ({ ...g, indusEvites: arrondi(g.indusEvites), indusRecouvres: arrondi(g.indusRecouvres), montantARisque: arrondi(g.montantARisque) }));
    const reglesArrondies = regles.map((r) => ({ ...r, montantEvite: arrondi(r.montantEvite) }));
    contexte.ecrire(`${JSON.stringify({ indicateur: "I-OPCO-INDUS", lignes, decisions, total, groupes: groupesArrondis, regles: reglesArrondies }, null, 2)}\n`);
  } else {
    const sortie: string[] = [
      `I-OPCO-INDUS (indus évités ou recouvrés grâce aux vérifications) : ${lecture.lues} ligne(s) lue(s), ${lecture.resultats.length} résultat(s) de contrôle, ${lecture.illisibles.length} ligne(s) illisible(s), ${lecture.vides} ligne(s) vide(s).`,
      `Décisions : ${decisions.confirme} confirmé(s), ${decisions.faux_positif} faux positif(s), ${decisions.en_attente} en attente.`,
      "",
      `Indus évités : ${formaterEuros(total.indusEvitesCentimes)} (${total.contratsEvites} contrat(s)) ; indus recouvrés : ${formaterEuros(total.indusRecouvresCentimes)} ; montant à risque : ${formaterEuros(total.montantARisqueCentimes)}.`,
    ];
    if (groupes.length > 0) {
      sortie.push("", "Par OPCO et par mois :");
      sortie.push(
        ...tableau(
          ["OPCO", "Mois", "Indus évités", "Contrats", "Indus recouvrés", "Montant à risque"],
          groupes.map((g) => [g.opco, g.mois, formaterEuros(centimes(g.indusEvites)), String(g.contratsEvites), formaterEuros(centimes(g.indusRecouvres)), formaterEuros(centimes(g.montantARisque))]),
          2,
        ),
      );
    }
    if (regles.length > 0) {
      sortie.push("", "Par règle :");
      sortie.push(
        ...tableau(
          ["Règle", "Constats", "Confirmés", "Faux positifs", "En attente", "Taux de faux positifs", "Montant évité"],
          regles.map((r) => [
            r.regle,
            String(r.constats),
            String(r.confirmes),
            String(r.fauxPositifs),
            String(r.enAttente),
            r.tauxFauxPositifs === null ? "—" : `${(r.tauxFauxPositifs * 100).toFixed(1).replace(".", ",")} %`,
            formaterEuros(centimes(r.montantEvite)),
          ]),
          1,
        ),
      );
    }
    sortie.push(
      "",
      "Indus évités : constats confirmés avant paiement, chaque contrat compté une fois (plus grand montant) au mois du constat ; montant à risque : même valorisation sur tous les constats, avant décision ; taux de faux positifs : faux positifs ÷ constats décidés (— sans décision).",
    );
    if (lecture.illisibles.length > 0) {
      sortie.push("", "Lignes illisibles :");
      for (const l of lecture.illisibles) sortie.push(`  ligne ${l.ligne} : ${l.motif}`);
    }
    contexte.ecrire(`${sortie.join("\n")}\n`);
  }
  return lecture.illisibles.length > 0 ? 1 : 0;
}
