import { resoudreOpco } from "@communs-opco/nomenclatures";
import type { Offre } from "@communs-opco/schemas";
import { dateParis } from "../temps/dateParis";
import type { OffreLba } from "./schemaOffreLba";

const STATUTS = { Active: "active", Filled: "pourvue", Cancelled: "annulee", Pending: "en_attente" } as const;
const TELETRAVAIL = { onsite: "sur_site", remote: "teletravail", hybrid: "hybride" } as const;
const TYPES = { Apprentissage: "apprentissage", Professionnalisation: "professionnalisation" } as const;

function defini<T>(cle: string, valeur: T | null | undefined): Record<string, T> {
  return valeur === null || valeur === undefined || valeur === "" ? {} : { [cle]: valeur };
}

/**
 * Convertit une offre lue sur l'API La bonne alternance v3 en {@link Offre} du format standard
 * (`@communs-opco/schemas`) : statut et télétravail en français, OPCO en slug (un OPCO « inconnu »
 * est omis), IDCC sur 4 caractères, date de début en date civile de Paris.
 *
 * @example
 * ```ts
 * const offre = versOffre(await client.offre(id));
 * offre.lieuTravail?.opco; // "opco-ep"
 * offre.statut; // "active"
 * ```
 */
export function versOffre(offre: OffreLba): Offre {
  const lieu = offre.workplace;
  const opco = lieu.domain.opco === null || lieu.domain.opco === undefined ? undefined : resoudreOpco(lieu.domain.opco)?.slug;
  const debut = offre.contract.start === null || offre.contract.start === undefined ? undefined : dateParis(offre.contract.start)?.date;
  const naf = lieu.domain.naf;
  return {
    identifiant: offre.identifier.id,
    ...defini("identifiantPartenaire", offre.identifier.partner_job_id),
    partenaire: offre.identifier.partner_label,
    titre: offre.offer.title,
    ...defini("description", offre.offer.description),
    codesRome: [...offre.offer.rome_codes],
    ...(offre.offer.target_diploma === null || offre.offer.target_diploma === undefined
      ? {}
      : { diplomeVise: { niveauEuropeen: offre.offer.target_diploma.european, ...defini("libelle", offre.offer.target_diploma.label) } }),
    competencesRequises: [...offre.offer.desired_skills],
    competencesAcquises: [...offre.offer.to_be_acquired_skills],
    conditionsAcces: [...offre.offer.access_conditions],
    nombrePostes: offre.offer.opening_count,
    statut: STATUTS[offre.offer.status],
    ...defini("dateCreation", offre.offer.publication.creation),
    ...defini("dateExpiration", offre.offer.publication.expiration),
    contrat: {
      ...defini("dateDebut", debut),
      ...defini("dureeMois", offre.contract.duration),
      types: offre.contract.type.map((type) => TYPES[type]),
      ...defini("teletravail", offre.contract.remote === null || offre.contract.remote === undefined ? undefined : TELETRAVAIL[offre.contract.remote]),
    },
    lieuTravail: {
      ...defini("siret", lieu.siret),
      ...defini("enseigne", lieu.brand),
      ...defini("raisonSociale", lieu.legal_name),
      ...defini("nom", lieu.name),
      ...defini("siteWeb", lieu.website),
      ...defini("description", lieu.description),
      ...defini("taille", lieu.size),
      ...(lieu.location.address === "" ? {} : { adresse: { label: lieu.location.address } }),
      ...defini("idcc", lieu.domain.idcc === null || lieu.domain.idcc === undefined ? undefined : String(lieu.domain.idcc).padStart(4, "0")),
      ...defini("opco", opco),
      ...(naf === null || naf === undefined ? {} : { naf: { code: naf.code, ...defini("libelle", naf.label) } }),
    },
    candidature: { ...defini("url", offre.apply.url), ...defini("telephone", offre.apply.phone) },
    ...(offre.is_delegated === undefined ? {} : { estDeleguee: offre.is_delegated }),
  };
}
