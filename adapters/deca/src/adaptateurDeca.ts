import { rapportDepuisTable, type Adaptateur, type RapportCorrespondance } from "@communs-opco/adaptateur";
import type { Dossier } from "@communs-opco/schemas";
import { detecterDeca } from "./detecterDeca.js";
import { ecrireDeca } from "./ecrireDeca.js";
import { lireDeca } from "./lireDeca.js";
import { tableDeca } from "./tableDeca.js";

const rapport = rapportDepuisTable(
  tableDeca,
  [
    { source: "/*", raison: "Tout champ absent de la table (ex. flag_correction, date_suppression du modèle BAL) est conservé sous « deca:/pointeur »." },
    { source: "/detailsContrat/typeContrat", raison: "Conservé en extension quand le dispositif n'est pas APPR (codes propres à la professionnalisation)." },
  ],
  [
    "contrat.maitre1",
    "contrat.maitre2",
    "contrat.signatures",
    "contrat.contrat.remunerationsAnnuelles",
    "contrat.contrat.salaireEmbauche",
    "contrat.apprenti.nir",
    "contrat.apprenti.responsableLegal",
    "numeroInterne",
    "numeroExterne",
    "financement",
    "factures",
    "evenements",
  ],
);

/**
 * Adaptateur DECA (extraction DGEFP `extractLBA` / `extractTBA`, `opco-echanges.md`
 * §4.1) : lecture des pages JSON vers le dossier standard, écriture d'une page,
 * détection. Nom de format : `deca`.
 *
 * @example
 * ```ts
 * import { adaptateur } from "@communs-opco/adaptateur-deca";
 * for await (const r of adaptateur.lire({ nom: "deca.json", octets })) if (r.ok) console.log(r.valeur.numeroDeca);
 * ```
 */
export const adaptateurDeca: Adaptateur<Dossier> & { readonly correspondance: RapportCorrespondance } = {
  metadonnees: {
    nom: "deca",
    libelle: "Extraction DECA (API DGEFP)",
    description: "Contrats déposés dans DECA, pages {metadonnees, contrats} des extractions extractLBA / extractTBA.",
    versions: ["extractLBA", "extractTBA"],
    capacites: ["lecture", "ecriture", "detection"],
    typeEnregistrement: "dossier",
    extensions: [".json"],
    typesMime: ["application/json"],
    lectureParElement: true,
  },
  correspondance: {
    ...rapport,
    champs: [
      { champSource: "(enveloppe) /metadonnees", traitement: "ignore", raison: "Pagination de l'API (page, totalPages, totalElements), recalculée à l'écriture." },
      ...rapport.champs,
    ],
  },
  lire: lireDeca,
  ecrire: ecrireDeca,
  detecter: detecterDeca,
};
