import type { Effectif } from "@communs-opco/schemas";
import type { EffectifIndicateurs } from "./EffectifIndicateurs";

/**
 * Compléments d'un effectif standard que le dossier apprenant ne porte pas : territoire et fiabilité
 * de l'organisme formateur (issus du référentiel des organismes), niveau de la formation.
 *
 * @example
 * ```ts
 * const c: ComplementEffectif = { organisme: { departement: "75", fiable: true }, niveau: "3" };
 * ```
 */
export interface ComplementEffectif {
  organisme?: { departement?: string | undefined; region?: string | undefined; academie?: string | undefined; fiable?: boolean | undefined } | undefined;
  niveau?: string | undefined;
  transmisLe?: string | undefined;
}

/**
 * Convertit un effectif au format standard de `@communs-opco/schemas` (dossier apprenant du Tableau
 * de bord, lu par `lireEffectif`) en entrée des indicateurs : session = dates d'entrée et de fin de
 * formation, contrats (début, fin, rupture, SIRET employeur), organisme formateur (et SIRET du
 * responsable pour la règle ERP/DECA). Exclusion : `formation.exclusion.date`, sinon, comme le chemin
 * v1 du TDB, la date métier d'un statut ERP `0` (abandon). Sans dates de formation, l'effectif sera
 * « illisible » pour les indicateurs : son statut ne peut venir que du repli hérité
 * (`parcoursDepuisHistorique`), qui demande l'historique des statuts.
 *
 * @example
 * ```ts
 * const { valeur } = lireEffectif(ligne); // @communs-opco/schemas
 * if (valeur) effectifDepuisStandard(valeur, { organisme: { departement: "75" } });
 * ```
 */
export function effectifDepuisStandard(effectif: Effectif, complement: ComplementEffectif = {}): EffectifIndicateurs {
  const source = effectif.source === "ERP" || effectif.source === "FICHIER" || effectif.source === "DECA" ? effectif.source : undefined;
  const statutAbandon = effectif.statut?.code === "0" ? effectif.statut.dateMetier?.slice(0, 10) : undefined;
  return {
    id: effectif.idErpApprenant,
    source,
    anneeScolaire: effectif.anneeScolaire,
    transmisLe: complement.transmisLe,
    apprenant: { nom: effectif.apprenant?.nom, prenom: effectif.apprenant?.prenom, dateNaissance: effectif.apprenant?.dateNaissance },
    formation: {
      debut: effectif.formation?.dateEntree as string,
      fin: effectif.formation?.dateFin as string,
      rncp: effectif.formation?.rncp,
      cfd: effectif.formation?.cfd,
      niveau: complement.niveau,
      libelle: effectif.formation?.libelleCourt,
    },
    contrats: (effectif.contrats ?? [])
      .filter((c) => c.dateDebut !== undefined)
      .map((c) => ({ debut: c.dateDebut!, fin: c.dateFin, rupture: c.dateRupture, siret: c.siretEmployeur })),
    exclusion: effectif.formation?.exclusion?.date ?? statutAbandon,
    organisme: {
      uai: effectif.organismeFormateur?.uai,
      siret: effectif.organismeFormateur?.siret,
      siretResponsable: effectif.organismeResponsable?.siret,
      ...complement.organisme,
    },
  };
}
