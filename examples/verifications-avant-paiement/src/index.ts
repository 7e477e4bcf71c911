import { formaterEuros } from "@communs-opco/referentiels";
import { dossiersExemple } from "./dossiersExemple";
import { verifierAvantPaiement } from "./verifierAvantPaiement";

// Date d'évaluation explicite : les règles ne lisent jamais l'horloge.
const dateEvaluation = process.argv[2] ?? "2024-08-28";
// Décisions de l'OPCO après instruction des constats (saisies par un gestionnaire).
const decisions = { "ATL-2024-0002": "confirme" } as const;

const { dossiers, indus } = await verifierAvantPaiement(dossiersExemple, dateEvaluation, decisions);
for (const d of dossiers) {
  const v = d.valorisation;
  const bilan =
    v.statut === "valorise"
      ? `prise en charge suspendue, ${formaterEuros(v.montantEnJeuCentimes)} en jeu`
      : v.statut === "non_valorise"
        ? `prise en charge suspendue, montant non calculé (${v.raisons.join(" ; ")})`
        : "aucun écart bloquant avéré";
  console.log(`${d.numero} : ${bilan}`);
  for (const c of d.constats) console.log(`  [${c.severite}] ${c.regle} (${c.statut}) : ${c.message}`);
}
for (const g of indus.groupes) {
  const euros = (montant: number): string => formaterEuros(Math.round(montant * 100));
  console.log(`I-OPCO-INDUS ${g.opco} ${g.mois} : ${euros(g.indusEvites)} d'indus évités (${g.contratsEvites} contrat(s)), ${euros(g.montantARisque)} à risque`);
}
