// Banc d'essai du téléversement Tableau de bord : N effectifs écrits en CSV au modèle, relus et
// validés, puis le même lot envoyé comme corps JSON de l'API v3, depuis le paquet construit.
// Imprime une ligne JSON.
import { ecrireTeleversementTdbCsv, lireDossiersApprenantsV3, lireTeleversementTdb } from "@communs-opco/adaptateur-tableau-de-bord";

const EFFECTIFS = Number(process.env.BENCH_EFFECTIFS ?? 20_000);

const effectif = (i) => ({
  anneeScolaire: "2024-2025",
  apprenant: { nom: `MARTIN${i}`, prenom: "Léa", dateNaissance: "2007-03-14", courriel: `lea${i}@example.fr`, adresse: "5 avenue Jean Jaurès", codePostal: "69007", sexe: "F" },
  formation: { rncp: "RNCP37537", anneeFormation: 1, dateInscription: "2024-06-15", dateEntree: "2024-09-09", dateFin: "2026-06-30" },
  organismeResponsable: { uai: "0693446W", siret: "19690049200014" },
  organismeFormateur: { uai: "0693446W", siret: "19690049200014" },
  contrats: [{ dateDebut: "2024-09-02", dateFin: "2026-08-31", siretEmployeur: "80123456700015" }],
});
const effectifs = Array.from({ length: EFFECTIFS }, (_, i) => effectif(i));
const csv = new TextEncoder().encode(ecrireTeleversementTdbCsv(effectifs));
const json = JSON.stringify(
  effectifs.map((e, i) => ({
    nom_apprenant: e.apprenant.nom, prenom_apprenant: "Léa", date_de_naissance_apprenant: "2007-03-14", annee_scolaire: "2024-2025",
    id_erp_apprenant: `ERP-${i}`, date_inscription_formation: "2024-06-15", date_entree_formation: "2024-09-09", date_fin_formation: "2026-06-30",
    etablissement_responsable_uai: "0693446W", etablissement_responsable_siret: "19690049200014",
    etablissement_formateur_uai: "0693446W", etablissement_formateur_siret: "19690049200014", contrat_date_debut: "2024-09-02",
  })),
);
globalThis.gc?.();

const t0 = performance.now();
const bilan = await lireTeleversementTdb(csv, { type: "csv" });
const csvMs = performance.now() - t0;
const t1 = performance.now();
const bilanApi = lireDossiersApprenantsV3(json);
const apiMs = performance.now() - t1;

console.log(
  JSON.stringify({
    bench: "adaptateur-tableau-de-bord.televersement",
    effectifs: EFFECTIFS,
    valides: bilan.valides,
    validesApi: bilanApi.valides,
    octetsCsv: csv.length,
    csvMs: Math.round(csvMs),
    lignesParSeconde: Math.round((EFFECTIFS / csvMs) * 1000),
    apiMs: Math.round(apiMs),
  }),
);
