import type { BilanControle } from "./BilanControle";

/**
 * Résumé final de la sortie texte de `opco controle` : décomptes par statut (qui s'additionnent),
 * constats par gravité et règles les plus fréquentes avec leur titre.
 *
 * @example
 * ```ts
 * contexte.ecrire(resumeTexte(bilan, "2025-11-03", (id) => registreContrat.regle(id)?.titre));
 * ```
 */
export function resumeTexte(bilan: BilanControle, dateEvaluation: string, titreRegle: (id: string) => string | undefined, nombreRegles = 10): string {
  const r = bilan.resume();
  const s = bilan.constatsParSeverite;
  const lignes = [
    "",
    `Résumé du contrôle (date d'évaluation ${dateEvaluation})`,
    `  Enregistrements lus : ${r.total}`,
    `  Conformes           : ${r.conformes}`,
    `  Non conformes       : ${r.nonConformes}`,
    `  Indéterminés        : ${r.indetermines}`,
    `  Illisibles          : ${r.illisibles}`,
    `  Constats            : ${s.bloquant} bloquant(s), ${s.avertissement} avertissement(s), ${s.information} information(s)`,
  ];
  const frequentes = bilan.reglesFrequentes(nombreRegles);
  if (frequentes.length > 0) {
    lignes.push("", "Règles les plus fréquentes (enregistrements concernés) :");
    const largeur = Math.max(...frequentes.map((f) => f.regle.length));
    for (const f of frequentes) {
      const titre = titreRegle(f.regle);
      lignes.push(`  ${String(f.enregistrements).padStart(6)}  ${f.regle.padEnd(largeur)}  ${f.severite}${titre === undefined ? "" : ` — ${titre}`}`);
    }
  }
  return `${lignes.join("\n")}\n`;
}
