import type { ResultatLecture } from "@communs-opco/schemas";
import type { ConversionVersStandard } from "./versStandard.js";
import type { ResultatLecteur } from "./ResultatLecteur.js";

/**
 * Options de {@link validerCandidat} : le lecteur tolérant du standard (`lireDossier`,
 * `lireContrat`…), le fichier, le pointeur JSON (ou la ligne) de l'enregistrement, et
 * les champs complémentaires à fusionner dans le candidat (ex. `source`).
 *
 * @example
 * ```ts
 * const o: OptionsValidation<unknown> = { lecteur: (d) => ({ ok: true, valeur: d, avertissements: [] }), fichier: "a.json", pointeur: "/contrats/0" };
 * ```
 */
export interface OptionsValidation<T> {
  readonly lecteur: (donnees: unknown) => ResultatLecture<T>;
  readonly fichier: string;
  readonly pointeur?: string;
  readonly ligne?: number;
}

/**
 * Valide un candidat produit par {@link versStandard} avec le lecteur tolérant du
 * standard : les extensions sont rangées à la racine (`extensions`), et chaque erreur du
 * standard est relocalisée sur le champ source d'origine (pointeur JSON de
 * l'enregistrement + pointeur du champ). Renvoie un {@link ResultatLecteur} par
 * enregistrement : la valeur, ou la première erreur (les suivantes sont résumées dans
 * le message). Ne lève jamais d'exception.
 *
 * @example
 * ```ts
 * const conversion = versStandard(brut, tableDeca);
 * const r = validerCandidat(conversion, { lecteur: lireDossier, fichier: "deca.json", pointeur: "/contrats/0" });
 * ```
 */
export function validerCandidat<T>(conversion: ConversionVersStandard, options: OptionsValidation<T>): ResultatLecteur<T> {
  const base = options.pointeur ?? "";
  const emplacement = (pointeurChamp?: string) => ({
    fichier: options.fichier,
    ...(options.ligne === undefined ? {} : { ligne: options.ligne }),
    ...(options.pointeur === undefined && pointeurChamp === undefined ? {} : { pointeur: base + (pointeurChamp ?? "") }),
  });
  const candidat =
    Object.keys(conversion.extensions).length === 0 ? conversion.candidat : { ...conversion.candidat, extensions: conversion.extensions };
  let resultat: ResultatLecture<T>;
  try {
    resultat = options.lecteur(candidat);
  } catch (e) {
    return {
      ok: false,
      erreur: { code: "enregistrement_invalide", message: `Enregistrement illisible : ${e instanceof Error ? e.message : String(e)}`, source: emplacement() },
    };
  }
  if (resultat.ok) return { ok: true, valeur: resultat.valeur, source: emplacement() };
  const [premiere, ...autres] = resultat.erreurs;
  const chemin = premiere?.chemin ?? "";
  let origine: string | undefined;
  const segments = chemin.split(".");
  for (let n = segments.length; n > 0 && origine === undefined; n -= 1) {
    origine = conversion.origines.get(segments.slice(0, n).join("."));
  }
  const suite = autres.length === 0 ? "" : ` (et ${autres.length} autre${autres.length > 1 ? "s" : ""} anomalie${autres.length > 1 ? "s" : ""} : ${autres.map((a) => a.chemin).join(", ")})`;
  return {
    ok: false,
    erreur: {
      code: "enregistrement_invalide",
      message: `${chemin === "" ? "" : `${chemin} : `}${premiere?.message ?? "enregistrement refusé par le standard"}${suite}`,
      source: { ...emplacement(origine), ...(origine === undefined ? {} : { champ: chemin }) },
    },
  };
}
