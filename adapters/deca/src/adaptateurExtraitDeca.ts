import type { Adaptateur } from "@communs-opco/adaptateur";
import type { Dossier } from "@communs-opco/schemas";
import { detecterExtraitDeca } from "./detecterExtraitDeca.js";
import { ecrireExtraitDeca } from "./ecrireExtraitDeca.js";
import { lireExtraitDeca } from "./lireExtraitDeca.js";

/**
 * Adaptateur de l'extrait DECA à séparateur `|` (`SIRET|EMAIL`, courriels entre
 * accolades) : établissements employeurs et leurs adresses de contact. Nom de format :
 * `deca-extrait`.
 *
 * @example
 * ```ts
 * import { adaptateurExtraitDeca } from "@communs-opco/adaptateur-deca";
 * for await (const r of adaptateurExtraitDeca.lire({ nom: "extrait.csv", octets })) if (r.ok) console.log(r.valeur.contrat?.employeur?.siret);
 * ```
 */
export const adaptateurExtraitDeca: Adaptateur<Dossier> = {
  metadonnees: {
    nom: "deca-extrait",
    libelle: "Extrait DECA SIRET|EMAIL",
    description: "Extrait à séparateur « | » : SIRET de l'établissement employeur et ensemble de courriels {a,b}.",
    versions: ["SIRET|EMAIL"],
    capacites: ["lecture", "ecriture", "detection"],
    typeEnregistrement: "dossier",
    extensions: [".csv", ".txt"],
    typesMime: ["text/plain", "text/csv"],
  },
  correspondance: {
    format: "deca-extrait",
    champs: [
      { champSource: "SIRET", traitement: "standard", cheminStandard: "contrat.employeur.siret" },
      { champSource: "EMAIL", traitement: "standard", cheminStandard: "contrat.employeur.courriel", conversion: "premier courriel de l'ensemble {a,b}" },
      { champSource: "EMAIL", traitement: "extension", raison: "Ensemble complet conservé sous « deca-extrait:/EMAIL » s'il a plusieurs adresses ou des NULL." },
      { champSource: "(autre colonne)", traitement: "extension", raison: "Conservée sous « deca-extrait:/NOM_COLONNE »." },
      { champSource: "(pied) (N rows)", traitement: "ignore", raison: "Pied de tableau des exports psql, pas un enregistrement." },
    ],
    nonTransportes: ["tout le dossier sauf contrat.employeur.siret et contrat.employeur.courriel"],
  },
  lire: lireExtraitDeca,
  ecrire: ecrireExtraitDeca,
  detecter: detecterExtraitDeca,
};
