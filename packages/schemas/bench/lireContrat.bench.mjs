// Banc d'essai de la lecture tolérante : N contrats bruts (variantes [P] / AGECAP dérivées du
// contrat d'exemple, dates jj/mm/aaaa, oui/non, codes numériques, champ hors standard) lus par
// lireContrat depuis le paquet construit. Imprime une ligne JSON : { bench, contrats, dureeMs, parSeconde, ... }.
import { contratExemple, lireContrat } from "@communs-opco/schemas";

const CONTRATS = Number(process.env.BENCH_CONTRATS ?? 20_000);

function versFr(iso) {
  const [a, m, j] = iso.split("-");
  return `${j}/${m}/${a}`;
}

function contratBrut(i) {
  const c = JSON.parse(JSON.stringify(contratExemple));
  c.apprenti.dateNaissance = versFr(c.apprenti.dateNaissance);
  c.apprenti.handicap = i % 2 === 0 ? "non" : false;
  c.apprenti.nationalite = 1;
  c.employeur.codeIdcc = 843;
  c.employeur.siret = "801 234 567 00015";
  c.contrat.dateDebutContrat = versFr(c.contrat.dateDebutContrat);
  c.contrat.typeContratApp = 11;
  c.contrat.smc = "1 834,50";
  c.champMaison = `valeur-${i}`;
  return c;
}

const entrees = Array.from({ length: CONTRATS }, (_, i) => contratBrut(i));
globalThis.gc?.();

// Échauffement
for (let i = 0; i < Math.min(1000, CONTRATS); i++) lireContrat(entrees[i]);

const t0 = performance.now();
let valides = 0;
let avertissements = 0;
for (const entree of entrees) {
  const r = lireContrat(entree);
  if (r.ok) {
    valides++;
    avertissements += r.avertissements.length;
  }
}
const dureeMs = performance.now() - t0;

console.log(
  JSON.stringify({
    bench: "schemas.lireContrat",
    contrats: CONTRATS,
    valides,
    avertissements,
    dureeMs: Math.round(dureeMs),
    parSeconde: Math.round((CONTRATS / dureeMs) * 1000),
  }),
);
