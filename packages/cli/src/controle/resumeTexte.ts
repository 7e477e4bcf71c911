import type { BilanControle } from "./BilanControle";

/**
 * Résumé de la sortie texte de `opco controle`, écrit **en tête** : décomptes par statut (qui
 * s'additionnent), constats par gravité, vérifications non exécutées dans l'exécution (phrases de
 * `lignesNonExecutees`, une seule fois) et constats les plus fréquents avec leur titre.
 *
 * @example
 * ```ts
 * contexte.ecrire(resumeTexte(bilan, "2025-11-03", (id) => registreContrat.regle(id)?.titre));
 * ```
 */
export function resumeTexte(bilan: BilanControle, dateEvaluation: string, titreRegle: (id: string) => string | undefined, nombreRegles = 10, nonExecutees: readonly string[] = []): string {
  const r = bilan.resume();
  const s = bilan.constatsParSeverite;
  const lignes = [
    "",
    `Résumé du contrôle (date d'évaluation ${dateEvaluation})`,
    ...(
      [
        ["Enregistrements lus", String(r.total)],
        ["Conformes (toutes vérifications exécutées)", String(r.conformes)],
        ["Conformes aux vérifications exécutées", String(r.conformesVerificationsExecutees)],
        ["Non conformes", String(r.nonConformes)],
        ["Indéterminés (doute sur les données)", String(r.indetermines)],
        ["Illisibles", String(r.illisibles)],
        ["Constats", `${s.bloquant} bloquant(s), ${s.avertissement} avertissement(s), ${s.information} information(s)`],
      ] as const
    ).map(([libelle, valeur]) => `  ${libelle.padEnd(43)} : ${valeur}`),
  ];
  if (nonExecutees.length > 0) lignes.push("", ...nonExecutees.map((l, i) => (i === 0 ? l : `  ${l}`)));
  const frequentes = bilan.reglesFrequentes(nombreRegles);
  if (frequentes.length > 0) {
    lignes.push("", `Constats les plus fréquents, par règle (${frequentes.length} premières, enregistrements concernés) :`);
    const largeur = Math.max(...frequentes.map((f) => f.regle.length));
    for (const f of frequentes) {
      const titre = titreRegle(f.regle);
      lignes.push(`  ${String(f.enregistrements).padStart(6)}  ${f.regle.padEnd(largeur)}  ${f.severite}${titre === undefined ? "" : ` — ${titre}`}`);
    }
  }
  return `${lignes.join("\n")}\n`;
}
