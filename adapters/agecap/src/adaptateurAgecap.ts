import { rapportDepuisTable, type Adaptateur } from "@communs-opco/adaptateur";
import type { Dossier } from "@communs-opco/schemas";
import { detecterAgecap } from "./detecterAgecap.js";
import { ecrireAgecap } from "./ecrireAgecap.js";
import { lireAgecap } from "./lireAgecap.js";
import { tableAgecap, tableStatutAgecap } from "./tableAgecap.js";

const contrat = rapportDepuisTable(
  tableAgecap,
  [
    { source: "/detailsContrat/infoTransmission", raison: "DREETS/DDETS, contact et pièces jointes de la télétransmission : conservés sous « agecap:/detailsContrat/infoTransmission »." },
    { source: "/*", raison: "Tout autre champ hors table est conservé sous « agecap:/pointeur »." },
  ],
  [
    "contrat.maitre1.nir",
    "contrat.maitre1.courriel",
    "contrat.maitre1.emploiOccupe",
    "contrat.maitre1.diplome",
    "contrat.maitre1.niveauDiplome",
    "contrat.apprenti.nir",
    "contrat.apprenti.nomUsage",
    "contrat.contrat.smc",
    "contrat.contrat.remunerationsAnnuelles.*.tauxMinimal",
    "contrat.contrat.remunerationsAnnuelles.*.salaireBrut",
    "contrat.signatures",
    "financement",
    "factures",
  ],
);
const statuts = rapportDepuisTable(tableStatutAgecap, [
  { source: "/numTeletransmission", raison: "Identifiant de télétransmission AGECAP : conservé sous « agecap:/numTeletransmission »." },
  { source: "/commentaireMotifNonDepot", raison: "Commentaire libre du motif : conservé sous « agecap:/commentaireMotifNonDepot »." },
]);

/**
 * Adaptateur AGECAP (canal des employeurs publics vers DECA, `opco-echanges.md` §4.3,
 * `contrat.md` §6) : lecture des contrats WS01 et des statuts WS03 vers le dossier
 * standard, écriture de contrats WS01, détection. Nom de format : `agecap`.
 *
 * @example
 * ```ts
 * import { adaptateur } from "@communs-opco/adaptateur-agecap";
 * const { octets } = await adaptateur.ecrire!([dossier]); // corps de POST contrats
 * ```
 */
export const adaptateurAgecap: Adaptateur<Dossier> = {
  metadonnees: {
    nom: "agecap",
    libelle: "AGECAP (contrats d'apprentissage du secteur public)",
    description: "Contrat JSON de WS01 (POST contrats) et statuts de WS03 (contrats/changementStatut).",
    versions: ["WS01", "WS03"],
    capacites: ["lecture", "ecriture", "detection"],
    typeEnregistrement: "dossier",
    extensions: [".json"],
    typesMime: ["application/json"],
    lectureParElement: true,
  },
  correspondance: {
    format: "agecap",
    champs: [
      { champSource: "/detailsContrat/remunerationsAnnuellesStructurees/annee{1-4}Periode{1,2}", traitement: "standard", cheminStandard: "contrat.contrat.remunerationsAnnuelles[]", conversion: "clé anneeXPeriodeY ↔ ordre « X.Y » ; dateDebut, dateFin, taux, typeSalaire" },
      ...contrat.champs,
      ...statuts.champs,
    ],
    nonTransportes: contrat.nonTransportes ?? [],
  },
  lire: lireAgecap,
  ecrire: ecrireAgecap,
  detecter: detecterAgecap,
};
