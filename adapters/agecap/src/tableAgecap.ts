import type { EntreeCorrespondance, TableCorrespondance } from "@communs-opco/adaptateur";
import { retirerCaracteresSpeciaux } from "./retirerCaracteresSpeciaux.js";

const texte = (v: unknown): unknown => (typeof v === "number" ? String(v) : v);
/** Code numérique AGECAP : nombre à l'écriture quand le code est un entier sans zéro initial. */
const codeNombre = (v: unknown): unknown => (typeof v === "string" && /^(?:0|[1-9]\d{0,8})$/u.test(v) ? Number(v) : v);
const sansSpeciaux = (v: unknown): unknown => (typeof v === "string" ? retirerCaracteresSpeciaux(v) : v);
/** Indicatifs des numéros français à 9 chiffres après le 0 national : métropole et départements d'outre-mer. */
const INDICATIFS_NATIONAUX = ["33", "262", "590", "594", "596"];
/** Indicatif d'un numéro national « 0… » d'outre-mer selon ses premiers chiffres (sinon métropole, 33). */
const INDICATIF_OUTRE_MER: readonly (readonly [RegExp, string])[] = [
  [/^0(262|263|692|693|269|639)/u, "262"],
  [/^0(590|690|691)/u, "590"],
  [/^0(594|694)/u, "594"],
  [/^0(596|696|697)/u, "596"],
];
/** Standard → AGECAP : « +33612345678 » → « 0612345678 » (forme nationale de la référence), autre pays « +32… » → « 0032… ». */
const telephoneVersAgecap = (v: unknown): unknown => {
  if (typeof v !== "string" || !v.startsWith("+")) return v;
  const chiffres = v.slice(1);
  for (const indicatif of INDICATIFS_NATIONAUX) {
    if (chiffres.startsWith(indicatif) && chiffres.length - indicatif.length === 9) return `0${chiffres.slice(indicatif.length)}`;
  }
  return `00${chiffres}`;
};
/** AGECAP → standard : « 0612345678 » → « +33612345678 » (« 0692… » → « +262692… »), « 0032… » → « +32… ». */
const telephoneVersStandard = (v: unknown): unknown => {
  const t = texte(v);
  if (typeof t !== "string") return t;
  if (/^00[1-9]/u.test(t)) return `+${t.slice(2)}`;
  if (/^0[1-9]\d{8}$/u.test(t)) return `+${INDICATIF_OUTRE_MER.find(([motif]) => motif.test(t))?.[1] ?? "33"}${t.slice(1)}`;
  return t;
};

const e = (source: string, standard: string, options: Omit<EntreeCorrespondance, "source" | "standard"> = {}): EntreeCorrespondance => ({
  source,
  standard,
  ...options,
});
const code = (source: string, standard: string): EntreeCorrespondance =>
  e(source, standard, { conversion: "code numérique ↔ code texte", versStandard: texte, versFormat: codeNombre });
const telephone = (source: string, standard: string): EntreeCorrespondance =>
  e(source, standard, { conversion: "« +33612345678 » ↔ « 0612345678 » (forme nationale) ; autre pays « +32… » ↔ « 0032… »", versStandard: telephoneVersStandard, versFormat: telephoneVersAgecap });

function adresse(source: string, standard: string, avecPays: boolean, complementNettoye: boolean): EntreeCorrespondance[] {
  return [
    e(`${source}/numero`, `${standard}.numero`, { conversion: "nombre ↔ texte", versStandard: texte, versFormat: codeNombre }),
    e(`${source}/repetitionVoie`, `${standard}.repetitionVoie`),
    e(`${source}/voie`, `${standard}.voie`),
    complementNettoye
      ? e(`${source}/complement`, `${standard}.complement`, { conversion: "caractères spéciaux remplacés par des espaces à l'écriture", versFormat: sansSpeciaux })
      : e(`${source}/complement`, `${standard}.complement`),
    e(`${source}/codePostal`, `${standard}.codePostal`, { versStandard: texte }),
    e(`${source}/commune`, `${standard}.commune`),
    ...(avecPays ? [e(`${source}/pays`, `${standard}.pays`)] : []),
  ];
}

function maitre(numero: 1 | 2): EntreeCorrespondance[] {
  return [
    e(`/maitre${numero}/nom`, `contrat.maitre${numero}.nom`),
    e(`/maitre${numero}/prenom`, `contrat.maitre${numero}.prenom`),
    e(`/maitre${numero}/dateNaissance`, `contrat.maitre${numero}.dateNaissance`),
  ];
}

/**
 * Table de correspondance du contrat AGECAP (WS01 `POST contrats`, `contrat.md` §6)
 * vers le dossier standard. Conversions : sexe 1/2 ↔ M/F, département de naissance sur
 * 3 caractères, dernière classe sur 2, codes numériques, téléphone national « 0… » ↔ « +33… »,
 * dénominations et compléments sans caractères spéciaux, `caisseComplementaire` « NA »
 * = absente, `typeDerogation` 99 = aucune. `remunerationsAnnuellesStructurees` est
 * traité à part ; `infoTransmission` (DREETS/DDETS, contact, pièces jointes) est
 * conservé en extension.
 *
 * @example
 * ```ts
 * tableAgecap.entrees.find((x) => x.source === "/alternant/sexe")?.conversion; // "1/2 ↔ M/F"
 * ```
 */
export const tableAgecap: TableCorrespondance = {
  format: "agecap",
  entrees: [
    e("/employeur/denomination", "contrat.employeur.denomination", { conversion: "caractères spéciaux remplacés par des espaces à l'écriture", versFormat: sansSpeciaux }),
    code("/employeur/typeEmployeur", "contrat.employeur.typeEmployeur"),
    code("/employeur/employeurSpecifique", "contrat.employeur.employeurSpecifique"),
    e("/employeur/siret", "contrat.employeur.siret", { versStandard: texte }),
    e("/employeur/naf", "contrat.employeur.naf", { conversion: "majuscules", versFormat: (v) => (typeof v === "string" ? v.toUpperCase() : v) }),
    e("/employeur/nombreDeSalaries", "contrat.employeur.nombreDeSalaries"),
    e("/employeur/caisseComplementaire", "contrat.employeur.caisseComplementaire", {
      conversion: "« NA » (valeur imposée quand la caisse est inconnue) ↔ absente",
      versStandard: (v) => (typeof v === "string" && v.trim().toUpperCase() === "NA" ? undefined : v),
    }),
    e("/employeur/regimeSpecifique", "contrat.employeur.regimeSpecifique"),
    e("/employeur/codeIdcc", "contrat.employeur.codeIdcc", { versStandard: texte }),
    e("/employeur/libelleIdcc", "contrat.employeur.libelleIdcc"),
    telephone("/employeur/telephone", "contrat.employeur.telephone"),
    e("/employeur/courriel", "contrat.employeur.courriel"),
    ...adresse("/employeur/adresse", "contrat.employeur.adresse", false, true),
    e("/employeur/attestationPieces", "contrat.employeur.attestationPieces"),
    e("/employeur/attestationEligibilite", "contrat.employeur.attestationEligibilite"),

    e("/alternant/nom", "contrat.apprenti.nom"),
    e("/alternant/prenom", "contrat.apprenti.prenom"),
    e("/alternant/sexe", "contrat.apprenti.sexe", {
      conversion: "1/2 ↔ M/F",
      versStandard: texte,
      versFormat: (v) => (v === "M" ? 1 : v === "F" ? 2 : v),
    }),
    code("/alternant/nationalite", "contrat.apprenti.nationalite"),
    e("/alternant/dateNaissance", "contrat.apprenti.dateNaissance"),
    e("/alternant/departementNaissance", "contrat.apprenti.departementNaissance", {
      conversion: "complété à 3 caractères (« 75 » ↔ « 075 »)",
      versStandard: texte,
      versFormat: (v) => (typeof v === "string" ? v.padStart(3, "0") : v),
    }),
    e("/alternant/communeNaissance", "contrat.apprenti.communeNaissance"),
    code("/alternant/regimeSocial", "contrat.apprenti.regimeSocial"),
    e("/alternant/sportifEntraineurArbitreJugeHautNiveau", "contrat.apprenti.inscriptionSportifDeHautNiveau"),
    e("/alternant/handicap", "contrat.apprenti.handicap"),
    code("/alternant/situationAvantContrat", "contrat.apprenti.situationAvantContrat"),
    code("/alternant/diplome", "contrat.apprenti.diplome"),
    e("/alternant/derniereClasse", "contrat.apprenti.derniereClasse", {
      conversion: "complété à 2 caractères",
      versStandard: texte,
      versFormat: (v) => (typeof v === "string" ? v.padStart(2, "0") : v),
    }),
    code("/alternant/diplomePrepare", "contrat.apprenti.diplomePrepare"),
    e("/alternant/intituleDiplomePrepare", "contrat.apprenti.intituleDiplomePrepare"),
    e("/alternant/apprentiMineurNonEmancipe", "contrat.apprenti.apprentiMineurNonEmancipe"),
    telephone("/alternant/telephone", "contrat.apprenti.telephone"),
    e("/alternant/courriel", "contrat.apprenti.courriel"),
    ...adresse("/alternant/adresse", "contrat.apprenti.adresse", true, true),
    e("/alternant/responsableLegal/nom", "contrat.apprenti.responsableLegal.nom"),
    e("/alternant/responsableLegal/prenom", "contrat.apprenti.responsableLegal.prenom"),
    ...adresse("/alternant/responsableLegal/adresse", "contrat.apprenti.responsableLegal.adresse", true, true),

    ...maitre(1),
    ...maitre(2),

    code("/detailsContrat/modeContractuel", "contrat.contrat.modeContractuel"),
    code("/detailsContrat/typeContratApp", "contrat.contrat.typeContratApp"),
    e("/detailsContrat/numeroContratPrecedent", "contrat.contrat.numeroContratPrecedent"),
    e("/detailsContrat/noContrat", "contrat.contrat.noContrat"),
    e("/detailsContrat/dateDebutContrat", "contrat.contrat.dateDebutContrat"),
    e("/detailsContrat/dateEffetAvenant", "contrat.contrat.dateEffetAvenant"),
    e("/detailsContrat/dateConclusion", "contrat.contrat.dateSignature"),
    e("/detailsContrat/dateFinContrat", "contrat.contrat.dateFinContrat"),
    e("/detailsContrat/typeDerogation", "contrat.contrat.typeDerogation", {
      conversion: "99 ↔ aucune dérogation",
      versStandard: texte,
      versFormat: codeNombre,
    }),
    e("/detailsContrat/dureeTravailHebdoHeures", "contrat.contrat.dureeTravailHebdoHeures"),
    e("/detailsContrat/dureeTravailHebdoMinutes", "contrat.contrat.dureeTravailHebdoMinutes"),
    e("/detailsContrat/travailRisque", "contrat.contrat.travailRisque"),
    e("/detailsContrat/salaireEmbauche", "contrat.contrat.salaireEmbauche"),
    e("/detailsContrat/avantageNourriture", "contrat.contrat.avantageNourriture"),
    e("/detailsContrat/avantageLogement", "contrat.contrat.avantageLogement"),
    e("/detailsContrat/autreAvantageEnNature", "contrat.contrat.autreAvantageEnNature"),
    e("/detailsContrat/lieuSignatureContrat", "contrat.contrat.lieuSignatureContrat"),
    e("/detailsContrat/numeroEnregistrementContrat", "numeroExterne", { conversion: "identifiant du dossier chez l'émetteur", versStandard: texte }),

    e("/formation/rncp", "contrat.formation.rncp"),
    e("/formation/codeDiplome", "contrat.formation.codeDiplome", { versStandard: texte }),
    code("/formation/typeDiplome", "contrat.formation.typeDiplome"),
    e("/formation/intituleQualification", "contrat.formation.intituleQualification"),
    e("/formation/dateDebutFormation", "contrat.formation.dateDebutFormation"),
    e("/formation/dateFinFormation", "contrat.formation.dateFinFormation"),
    e("/formation/dureeFormation", "contrat.formation.dureeFormation"),

    e("/organismeFormation/denomination", "contrat.organismeFormation.denomination", { conversion: "caractères spéciaux remplacés par des espaces à l'écriture", versFormat: sansSpeciaux }),
    e("/organismeFormation/formationInterne", "contrat.organismeFormation.formationInterne"),
    e("/organismeFormation/siret", "contrat.organismeFormation.siret", { versStandard: texte }),
    e("/organismeFormation/uaiCfa", "contrat.organismeFormation.uaiCfa"),
    ...adresse("/organismeFormation/adresse", "contrat.organismeFormation.adresse", false, false),

    e("/etablissementFormation/denomination", "contrat.etablissementFormation.denomination"),
    e("/etablissementFormation/siret", "contrat.etablissementFormation.siret", { versStandard: texte }),
    e("/etablissementFormation/uaiSite", "contrat.etablissementFormation.uaiCfa"),
    ...adresse("/etablissementFormation/adresse", "contrat.etablissementFormation.adresse", false, false),
  ],
  ignores: [],
};

/**
 * Table de correspondance d'un enregistrement de statut AGECAP (WS03
 * `contrats/changementStatut`) vers le dossier standard. Le statut et l'horodatage
 * alimentent aussi `evenements` (voir `lireAgecap`).
 *
 * @example
 * ```ts
 * tableStatutAgecap.entrees.map((x) => x.standard); // ["etat", "dateEtat", "numeroDeca", …]
 * ```
 */
export const tableStatutAgecap: TableCorrespondance = {
  format: "agecap",
  entrees: [
    e("/statut", "etat", { conversion: "« Transmis au gestionnaire » → TRANSMIS, « En cours d'instruction » → EN_COURS_INSTRUCTION, « Non déposable » → REFUSE, « Déposé » → DEPOSE" }),
    e("/dateMiseAJourStatut", "dateEtat", { conversion: "« yyyy-MM-dd HH:mm:ss » (Paris) → date", versStandard: (v) => (typeof v === "string" ? v.slice(0, 10) : v) }),
    e("/numDepot", "numeroDeca", { versStandard: texte }),
    e("/numAvenant", "numeroAvenant", { versStandard: texte }),
    e("/libelleMotifNonDepot", "commentaireEtat"),
  ],
  ignores: [],
};
