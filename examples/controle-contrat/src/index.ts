import { controlerContrats } from "./controlerContrats";

// Date d'évaluation explicite : les règles ne lisent jamais l'horloge.
const dateEvaluation = process.argv[2] ?? "2024-08-28";

for (const { nom, resultat } of controlerContrats(dateEvaluation)) {
  const { synthese, constats } = resultat;
  console.log(`${nom} : ${synthese.complet ? "complet" : "incomplet"} — ${synthese.conformes} règles conformes, ${synthese.nonConformes} non conformes, ${synthese.indeterminees} indéterminées`);
  for (const c of constats) console.log(`  [${c.severite}] ${c.regle} (${c.statut}) : ${c.message}`);
}
