import type { EntreeCorrespondance, TableCorrespondance } from "@communs-opco/adaptateur";
import { statutCanonique, statutVersEtat } from "./statutVersEtat.js";

const texte = (v: unknown): unknown => (typeof v === "number" ? String(v) : v);
const nombreSiPossible = (v: unknown): unknown => (typeof v === "string" && /^\d{1,9}$/.test(v) ? Number(v) : v);
const booleen = (v: unknown): unknown => (v === "true" ? true : v === "false" ? false : v);

const e = (source: string, standard: string, options: Omit<EntreeCorrespondance, "source" | "standard"> = {}): EntreeCorrespondance => ({
  source,
  standard,
  ...options,
});

/**
 * Table de correspondance d'un contrat de l'extraction DECA (`opco-echanges.md` §4.1)
 * vers le dossier standard (`Dossier` de `@communs-opco/schemas`). Les champs absents
 * de cette table (ex. `flag_correction`, `date_suppression` du modèle BAL, champs futurs
 * de la DGEFP) sont conservés dans `extensions` sous la clé `deca:/pointeur`.
 *
 * @example
 * ```ts
 * tableDeca.entrees.find((x) => x.source === "/detailsContrat/noContrat")?.standard; // "numeroDeca"
 * ```
 */
export const tableDeca: TableCorrespondance = {
  format: "deca",
  entrees: [
    e("/detailsContrat/noContrat", "numeroDeca", { conversion: "majuscules, sans espaces" }),
    e("/detailsContrat/noContrat", "contrat.contrat.noContrat"),
    e("/detailsContrat/noAvenant", "numeroAvenant"),
    e("/detailsContrat/noAvenant", "contrat.contrat.noAvenant"),
    e("/detailsContrat/dispositif", "dispositif"),
    e("/detailsContrat/typeContrat", "contrat.contrat.typeContratApp", { conversion: "nombre ou texte → code texte (APPR seulement)", versStandard: texte }),
    e("/detailsContrat/dateConclusion", "contrat.contrat.dateSignature"),
    e("/detailsContrat/dateDebutContrat", "contrat.contrat.dateDebutContrat"),
    e("/detailsContrat/dateFinContrat", "contrat.contrat.dateFinContrat"),
    e("/detailsContrat/dateEffetAvenant", "contrat.contrat.dateEffetAvenant"),
    e("/detailsContrat/statut", "etat", {
      conversion: "\"\" et « Corrigé » → DEPOSE, « Annulé » et « Supprimé » → ANNULE, « Rompu » → ROMPU",
      versStandard: statutVersEtat,
      versFormat: () => undefined,
    }),
    e("/detailsContrat/statut", "commentaireEtat", {
      conversion: "libellé DECA conservé quand l'état ne suffit pas à le restituer (« Corrigé », « Supprimé », statut inconnu)",
      versStandard: (v) => {
        if (typeof v !== "string") return v;
        const canonique = statutCanonique(v);
        if (canonique === undefined) return v;
        return canonique === "Corrigé" || canonique === "Supprimé" ? canonique : undefined;
      },
      versFormat: () => undefined,
    }),
    e("/rupture/dateEffetRupture", "rupture.dateEffet"),
    e("/rupture/dateEffetRupture", "contrat.contrat.dateRupture"),
    e("/rupture/codeMotifRupture", "rupture.codeMotif", { conversion: "texte opaque (table non publique)", versStandard: texte }),
    e("/rupture/commentaireRupture", "rupture.commentaire"),
    e("/rupture/dateSignalement", "rupture.dateSignalement"),
    e("/suiviASP/drfc", "dateFinReelle"),
    e("/alternant/nom", "contrat.apprenti.nom"),
    e("/alternant/prenom", "contrat.apprenti.prenom"),
    e("/alternant/sexe", "contrat.apprenti.sexe", { conversion: "M/F ou 1/2 → M/F", versStandard: texte }),
    e("/alternant/dateNaissance", "contrat.apprenti.dateNaissance"),
    e("/alternant/departementNaissance", "contrat.apprenti.departementNaissance", { conversion: "« 075 » → « 75 »", versStandard: texte }),
    e("/alternant/nationalite", "contrat.apprenti.nationalite", {
      conversion: "nombre ↔ code texte",
      versStandard: texte,
      versFormat: nombreSiPossible,
    }),
    e("/alternant/handicap", "contrat.apprenti.handicap", { conversion: "booléen ou texte « true »/« false » → booléen", versStandard: booleen }),
    e("/alternant/courriel", "contrat.apprenti.courriel"),
    e("/alternant/telephone", "contrat.apprenti.telephone", { versStandard: texte }),
    e("/alternant/adresse/numero", "contrat.apprenti.adresse.numero", {
      conversion: "nombre ↔ texte",
      versStandard: texte,
      versFormat: nombreSiPossible,
    }),
    e("/alternant/adresse/voie", "contrat.apprenti.adresse.voie"),
    e("/alternant/adresse/codePostal", "contrat.apprenti.adresse.codePostal", { versStandard: texte }),
    e("/alternant/derniereClasse", "contrat.apprenti.derniereClasse", { conversion: "nombre ou texte → code sur 2 caractères", versStandard: texte }),
    e("/formation/dateDebutFormation", "contrat.formation.dateDebutFormation"),
    e("/formation/dateFinFormation", "contrat.formation.dateFinFormation"),
    e("/formation/codeDiplome", "contrat.formation.codeDiplome", { versStandard: texte }),
    e("/formation/rncp", "contrat.formation.rncp"),
    e("/formation/intituleOuQualification", "contrat.formation.intituleQualification"),
    e("/formation/typeDiplome", "contrat.formation.typeDiplome", { conversion: "nombre ou texte → code texte", versStandard: texte }),
    e("/etablissementFormation/siret", "contrat.etablissementFormation.siret", { versStandard: texte }),
    e("/organismeFormationResponsable/uaiCfa", "contrat.organismeFormation.uaiCfa"),
    e("/organismeFormationResponsable/siret", "contrat.organismeFormation.siret", { versStandard: texte }),
    e("/employeur/siret", "contrat.employeur.siret", { versStandard: texte }),
    e("/employeur/denomination", "contrat.employeur.denomination"),
    e("/employeur/adresse/numero", "contrat.employeur.adresse.numero", {
      conversion: "nombre ↔ texte",
      versStandard: texte,
      versFormat: nombreSiPossible,
    }),
    e("/employeur/adresse/voie", "contrat.employeur.adresse.voie"),
    e("/employeur/adresse/codePostal", "contrat.employeur.adresse.codePostal", { versStandard: texte }),
    e("/employeur/naf", "contrat.employeur.naf", { conversion: "majuscules" }),
    e("/employeur/codeIdcc", "contrat.employeur.codeIdcc", { conversion: "nombre ou texte → texte sur 4 chiffres", versStandard: texte }),
    e("/employeur/nombreDeSalaries", "contrat.employeur.nombreDeSalaries", { conversion: "texte ou nombre → nombre" }),
    e("/employeur/courriel", "contrat.employeur.courriel"),
    e("/employeur/telephone", "contrat.employeur.telephone", { versStandard: texte }),
    e("/employeur/typeEmployeur", "contrat.employeur.typeEmployeur", { conversion: "nombre ou texte → code texte", versStandard: texte }),
  ],
  ignores: [],
};
