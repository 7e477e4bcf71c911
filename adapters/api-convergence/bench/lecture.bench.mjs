// Banc d'essai de la lecture API Convergence : N détails de dossiers v2 (dates « +0000 »,
// échéances, frais annexes, champ hors standard) lus par lireApiConvergence depuis le paquet
// construit, puis réécrits par dossierApiConvergence. Imprime une ligne JSON.
import { collecterLecture, encoderTexte } from "@communs-opco/adaptateur";
import { dossierApiConvergence, lireApiConvergence } from "@communs-opco/adaptateur-api-convergence";

const DOSSIERS = Number(process.env.BENCH_DOSSIERS ?? 10_000);

function detail(i) {
  return {
    cerfa: {
      numeroInterne: `AKT-${String(i).padStart(8, "0")}`,
      numeroExterne: `CFA-${i}`,
      etat: i % 7 === 0 ? "RUPTU" : "ENGAGE",
      apprenti: { nom: "MARTIN", prenom: "Léa", dateNaissance: "2006-03-14T00:00:00+0000", handicap: false },
      employeurV2: { denomination: "Hôtel du Parc", siret: "13002526500013", codeNaf: "55.10Z" },
      formation: { rncp: "RNCP38430", dateDebutFormation: "2025-09-01T00:00:00Z", dureeFormation: 1350 },
      contrat: { typeContratApp: 11, dateConclusion: "2025-08-20T00:00:00+0000", dateDebutContrat: "2025-09-01T00:00:00+0000", dateFinContrat: "2027-08-31T00:00:00+0000", salaireEmbauche: 911.42 },
    },
    engagement: 18994,
    echeances: [
      { numero: 1, codification: "E1", montantTotal: 3798.8, dateOuverture: "2025-09-01T00:00:00Z" },
      { numero: 2, codification: "E2", montantTotal: 2849.1, dateOuverture: "2026-03-01T00:00:00Z" },
    ],
    engagementsFraisAnnexe: [{ natureFrais: "Restauration", quantite: 100, prixUnitaire: 3, montantTotal: 300 }],
  };
}

const octets = encoderTexte(JSON.stringify({ total: DOSSIERS, count: DOSSIERS, page: 1, EtatDossierResult: Array.from({ length: DOSSIERS }, (_, i) => detail(i)) }));
globalThis.gc?.();

const t0 = performance.now();
const bilan = await collecterLecture(lireApiConvergence({ nom: "bench.json", octets }, "akto"));
const lectureMs = performance.now() - t0;
const t1 = performance.now();
for (const { valeur } of bilan.enregistrements) dossierApiConvergence(valeur, { version: "v2", formeDate: "+0000" });
const ecritureMs = performance.now() - t1;

console.log(
  JSON.stringify({
    bench: "adaptateur-api-convergence.lecture",
    dossiers: DOSSIERS,
    lus: bilan.lus,
    illisibles: bilan.illisibles,
    octets: octets.length,
    lectureMs: Math.round(lectureMs),
    dossiersParSeconde: Math.round((DOSSIERS / lectureMs) * 1000),
    ecritureMs: Math.round(ecritureMs),
  }),
);
