// Banc d'essai du moteur de règles (paquet compilé, importé par son nom).
// Mesure le débit de l'évaluation synchrone de tout le registre du contrat sur le contrat
// d'exemple de @communs-opco/schemas (conforme) et sur une variante pleine d'anomalies, puis le
// temps moyen par règle. Imprime une ligne JSON.
import { evaluerRegles, registreContrat } from "@communs-opco/regles";
import { contratExemple } from "@communs-opco/schemas";

const N = Number(process.env.BENCH_CONTRATS ?? 20_000);
const contexte = { dateEvaluation: "2025-08-25" };
const defaillant = JSON.parse(JSON.stringify(contratExemple));
defaillant.apprenti.dateNaissance = "1990-01-01";
defaillant.contrat.dateFinContrat = "2025-12-31";
defaillant.employeur.naf = "99.99Z";
defaillant.employeur.siret = "12345678901234";
delete defaillant.formation.rncp;

function mesurer(contrat) {
  for (let i = 0; i < Math.min(2_000, N); i++) evaluerRegles(registreContrat, contrat, contexte);
  globalThis.gc?.();
  const debut = performance.now();
  let constats = 0;
  for (let i = 0; i < N; i++) constats += evaluerRegles(registreContrat, contrat, contexte).constats.length;
  const duree = performance.now() - debut;
  return { contratsParSeconde: Math.round((N * 1000) / duree), constatsParContrat: constats / N };
}

const conforme = mesurer(contratExemple);
const anomalies = mesurer(defaillant);
const regles = registreContrat.regles.filter((r) => r.nature === "synchrone").length;
console.log(
  JSON.stringify({
    bench: "regles.evaluerRegles",
    contrats: N,
    regles,
    conforme,
    anomalies,
    microsecondesParRegle: Math.round((1e6 / conforme.contratsParSeconde / regles) * 10) / 10,
  }),
);
