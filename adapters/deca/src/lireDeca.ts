import {
  estObjet,
  lireElementsJson,
  validerCandidat,
  versStandard,
  type ResultatLecteur,
  type SourceDonnees,
} from "@communs-opco/adaptateur";
import { lireDossier, type Dossier } from "@communs-opco/schemas";
import { parcourirExtraction } from "./parcourirExtraction.js";
import { tableDeca } from "./tableDeca.js";

/**
 * Lit une extraction DECA en JSON (pages `{metadonnees, contrats}`, voir
 * {@link parcourirExtraction}) et produit un dossier standard par contrat, ou une erreur
 * localisée par pointeur JSON (`/pages/2/contrats/17/alternant/dateNaissance`). Les
 * nombres peuvent arriver en texte ou en nombre, `handicap` en texte « true ». Le
 * numéro de contrat (`detailsContrat.noContrat`) est le seul champ obligatoire. Pour un
 * autre dispositif qu'`APPR`, le type de contrat (codes propres) est conservé en
 * extension. Ne lève jamais d'exception.
 *
 * @example
 * ```ts
 * for await (const r of lireDeca({ nom: "deca.json", octets })) {
 *   if (r.ok) console.log(r.valeur.numeroDeca, r.valeur.etat);
 *   else console.error(r.erreur.source.pointeur, r.erreur.message);
 * }
 * ```
 */
export function lireDeca(source: SourceDonnees): AsyncGenerator<ResultatLecteur<Dossier>> {
  return lireElementsJson(source, parcourirExtraction, (element, { fichier, pointeur }): ResultatLecteur<Dossier> =>
    element.type === "anomalie"
      ? { ok: false, erreur: { code: element.code, message: element.message, source: { fichier, pointeur } } }
      : lireContratDeca(element.valeur, fichier, pointeur),
  );
}

/**
 * Lit un contrat brut de l'extraction DECA (un élément de `contrats`) vers le dossier
 * standard, localisé par fichier (ou appel) et pointeur JSON. Ne lève jamais d'exception.
 *
 * @example
 * ```ts
 * const r = lireContratDeca({ detailsContrat: { noContrat: "069202509000123" } }, "POST contrats/extractTBA", "/contrats/0");
 * if (r.ok) r.valeur.numeroDeca; // "069202509000123"
 * ```
 */
export function lireContratDeca(brut: unknown, fichier: string, pointeur: string): ResultatLecteur<Dossier> {
  if (!estObjet(brut)) {
    return {
      ok: false,
      erreur: { code: "enregistrement_invalide", message: "Un contrat DECA doit être un objet JSON.", source: { fichier, pointeur } },
    };
  }
  const details = brut["detailsContrat"];
  const numero = estObjet(details) ? details["noContrat"] : undefined;
  if ((typeof numero !== "string" && typeof numero !== "number") || String(numero).trim() === "") {
    return {
      ok: false,
      erreur: {
        code: "enregistrement_invalide",
        message: "Le numéro de contrat DECA (detailsContrat.noContrat), seul champ obligatoire, est absent.",
        source: { fichier, pointeur: `${pointeur}/detailsContrat/noContrat`, champ: "numeroDeca" },
      },
    };
  }
  const conversion = versStandard(brut, tableDeca);
  const dispositif = estObjet(details) ? details["dispositif"] : undefined;
  const candidat = conversion.candidat as { contrat?: { contrat?: Record<string, unknown> } };
  const extensions = { ...conversion.extensions };
  if (typeof dispositif === "string" && dispositif.trim().toUpperCase() !== "APPR" && estObjet(details) && details["typeContrat"] !== undefined) {
    delete candidat.contrat?.contrat?.["typeContratApp"];
    extensions["deca:/detailsContrat/typeContrat"] = details["typeContrat"];
  }
  return validerCandidat(
    { candidat: { ...conversion.candidat, source: { systeme: "deca" } }, extensions, origines: conversion.origines },
    { lecteur: lireDossier, fichier, pointeur },
  );
}
