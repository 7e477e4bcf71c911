import { classerMaturite, niveauxMaturite, type ClassementMaturite, type NomCapacite } from "@communs-opco/formulaire";
import type { Commande } from "../Commande";
import { dateDuJour } from "../controle/dateDuJour";
import { ErreurUsage } from "../ErreurUsage";
import { lireOptions } from "../lireOptions";
import { matricesOpco } from "../maturite/matricesOpco";

const USAGE = `Usage : opco maturite [--date AAAA-MM-JJ] [--json]

Classe le système d'information de chaque OPCO selon sa matrice de capacités API Convergence
datée (opco-echanges.md §1.9), exportée par les paquets d'adaptateurs :
${niveauxMaturite.map((n) => `  niveau ${String(n.niveau)} : ${n.libelle} (${n.capacites.join(", ")})`).join("\n")}
Les niveaux sont cumulatifs ; niveau 0 : aucun dépôt de contrats par l'API.

Options :
  --date AAAA-MM-JJ   date d'évaluation (par défaut : aujourd'hui, heure de Paris)
  --json              sortie JSON : [{ opco, nom, date, niveau, libelle, niveauMaximal, criteres, auDela, confiance, constateLe }]

Légende de la matrice : ✔ en production, R recette, D développement, ✘ absente, ? non renseignée,
« n » : en production après la date demandée ; « ~ » : en production au constat, date de mise en
production inconnue (indéterminé avant le constat).`;

/** Colonnes de la matrice : capacité, en-tête lisible (largeur de colonne) et nom en toutes lettres pour le détail. */
const COLONNES: readonly [NomCapacite, string, string][] = [
  ["contrats_v1", "Contrats v1", "dépôt de contrats v1"],
  ["contrats_v2", "Contrats v2", "dépôt de contrats v2"],
  ["factures", "Factures", "factures"],
  ["etats_factures", "États fact.", "états de factures"],
  ["conventions", "Conventions", "conventions de formation"],
  ["certificats", "Certificats", "certificats de réalisation"],
];
const LARGEUR_COLONNE = Math.max(...COLONNES.map(([, l]) => l.length));

/** Nom en toutes lettres d'une capacité (jamais l'identifiant brut dans le texte). */
function nomCapacite(capacite: string): string {
  return COLONNES.find(([c]) => c === capacite)?.[2] ?? capacite;
}

function symbole(c: ClassementMaturite, capacite: NomCapacite): string {
  const critere = c.criteres.find((x) => x.capacite === capacite);
  if (critere === undefined || critere.fait === null) return "?";
  if (critere.statut === "rempli") return "✔";
  if (critere.statut === "indetermine") return "~";
  switch (critere.fait.etat) {
    case "production":
      return "n";
    case "recette":
      return "R";
    case "developpement":
      return "D";
    case "absent":
      return "✘";
  }
}

function texte(classements: ClassementMaturite[], date: string): string {
  const largeur = Math.max(4, ...classements.map((c) => c.nom.length));
  const entete = `  ${"OPCO".padEnd(largeur)}  ${COLONNES.map(([, l]) => l.padEnd(LARGEUR_COLONNE)).join(" ")} Niveau`;
  const lignes = classements.map((c) => {
    const niveau = c.niveauMaximal > c.niveau ? `${String(c.niveau)} (jusqu'à ${String(c.niveauMaximal)} si confirmé)` : String(c.niveau);
    return `  ${c.nom.padEnd(largeur)}  ${COLONNES.map(([cap]) => symbole(c, cap).padEnd(LARGEUR_COLONNE)).join(" ")} ${niveau} — ${c.libelle}`;
  });
  const details = classements.flatMap((c) => {
    const sortie = [`  ${c.nom} : niveau ${String(c.niveau)}, confiance ${c.confiance ?? "—"}, faits constatés le ${c.constateLe.join(", ") || "—"}`];
    const bloquant = c.criteres.find((x) => x.niveau === c.niveau + 1 && x.statut !== "rempli");
    if (bloquant !== undefined) sortie.push(`    niveau ${String(bloquant.niveau)} non atteint : ${nomCapacite(bloquant.capacite)} ${bloquant.raison}`);
    if (c.auDela.length > 0) sortie.push(`    aussi en production : ${c.auDela.map(nomCapacite).join(", ")}`);
    return sortie;
  });
  return [`Maturité des SI des OPCO (API Convergence) au ${date}`, "", entete, ...lignes, "", "Détail :", ...details, ""].join("\n");
}

/**
 * Commande `opco maturite` : matrice des capacités API Convergence des 11 OPCO et niveau de
 * maturité de chacun à une date, en texte ou en JSON.
 *
 * @example
 * ```ts
 * await executerCli(["maturite", "--date", "2026-11-26", "--json"], contexte);
 * ```
 */
export const commandeMaturite: Commande = {
  nom: "maturite",
  resume: "Classe les SI des OPCO par niveau de maturité (matrices de capacités API datées).",
  usage: USAGE,
  async executer(args, contexte) {
    const { values, positionals } = lireOptions(args, { date: { type: "string" }, json: { type: "boolean" } });
    if (positionals.length > 0) throw new ErreurUsage(`argument inattendu : ${positionals[0] ?? ""}`);
    const date = values.date ?? dateDuJour(new Date());
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new ErreurUsage(`date invalide : « ${date} » (attendu AAAA-MM-JJ)`);
    const classements = classerMaturite(matricesOpco(), date);
    contexte.ecrire(values.json === true ? `${JSON.stringify(classements, null, 2)}\n` : texte(classements, date));
    return 0;
  },
};
