import type { CapaciteReferentiel } from "./capacites/CapaciteReferentiel";
import type { CouvertureSource } from "./instantane/CouvertureSource";
import type { CriteresNpec } from "./npec/rechercherNpec";
import type { NpecApplicable } from "./npec/NpecApplicable";

/**
 * Provenance d'une réponse : la source interrogée (ou qui manquait) et la date de ses données.
 *
 * @example
 * ```ts
 * const s: SourceReponse = { nom: "Référentiel NPEC (France compétences)", fichier: "Referentiel-des-NPEC-15.07.2024_vMAJ-18.07.2024.xlsx", date: "2024-07-15" };
 * ```
 */
export interface SourceReponse {
  nom: string;
  fichier?: string;
  url?: string;
  /** Date des données (export, édition) ou de l'instantané ; `null` si inconnue. */
  date: string | null;
  /**
   * `"extrait"` quand la source consultée n'est qu'un échantillon (instantané embarqué) : une
   * valeur trouvée y est exacte, une clé absente n'y prouve rien. Absent : source complète.
   */
  couverture?: CouvertureSource;
}

/**
 * Réponse d'un référentiel. Quatre issues, à ne jamais confondre :
 * - `trouve` : la source a répondu avec une valeur ;
 * - `absent` : la source a été consultée et ne contient pas la clé ;
 * - `indetermine` : la source contient la clé mais ne permet pas de conclure (NC, plusieurs CPNE…) ;
 * - `indisponible` : la source manque (hors ligne, non importée, injoignable) : on ne sait rien.
 * Une vérification ne doit jamais conclure « conforme » d'un `absent` ou d'un `indisponible`.
 *
 * @example
 * ```ts
 * const r: ReponseReferentiel<string> = { statut: "indisponible", source: { nom: "SIRO", date: null }, raison: "service en ligne non configuré" };
 * ```
 */
export type ReponseReferentiel<T> =
  | { statut: "trouve"; valeur: T; source: SourceReponse }
  | { statut: "absent"; raison: string; source: SourceReponse }
  | { statut: "indetermine"; raison: string; source: SourceReponse }
  | { statut: "indisponible"; raison: string; source: SourceReponse };

/**
 * Certification (fiche RNCP et/ou diplôme BCN) avec ses correspondances CFD ↔ RNCP.
 *
 * @example
 * ```ts
 * const c: CertificationReferentiel = {
 *   rncp: "RNCP37566", cfd: "01022103", intitule: "CS - Employé traiteur", niveau: "3", actif: true, accesApprentissage: true,
 *   typeEnregistrement: "Enregistrement de droit", dateDebut: null, dateFin: "2026-08-31", derniereSession: 2026, certificateurs: [],
 *   correspondances: { rncp: ["RNCP37566"], cfd: ["01022103"] }, continuite: { anciennes: [], nouvelles: [] },
 * };
 * ```
 */
export interface CertificationReferentiel {
  rncp: string | null;
  cfd: string | null;
  intitule: string | null;
  /** Niveau européen `"1"`…`"8"`. */
  niveau: string | null;
  /** Fiche RNCP active (ou diplôme non fermé), `null` si inconnu. */
  actif: boolean | null;
  /** Ouverte à l'apprentissage (voie d'accès RNCP ou Kit), `null` si inconnu. */
  accesApprentissage: boolean | null;
  typeEnregistrement: string | null;
  /** Début de validité (ouverture du diplôme, décision ou effet de la fiche). */
  dateDebut: string | null;
  /** Fin de validité (fermeture du diplôme, fin d'enregistrement ou échéance de la fiche). */
  dateFin: string | null;
  /**
   * Année de la dernière session d'examen du diplôme (BCN `DATE_DERNIERE_SESSION`, API
   * `periode_validite.cfd.derniere_session`) ; `null` si aucune n'est fixée ou si elle est inconnue
   * (facultatif : absent des implémentations qui ne la connaissent pas).
   */
  derniereSession?: number | null;
  certificateurs: { siret: string | null; nom: string | null }[];
  correspondances: { rncp: string[]; cfd: string[] };
  continuite: { anciennes: string[]; nouvelles: string[] };
}

/**
 * Convention collective et son état juridique.
 *
 * @example
 * ```ts
 * const c: ConventionReferentiel = { idcc: "3248", titre: "Convention collective nationale de la métallurgie", etat: "VIGUEUR_ETEN", enVigueur: true, debut: "2024-01-01", fin: null };
 * ```
 */
export interface ConventionReferentiel {
  idcc: string;
  titre: string | null;
  etat: string | null;
  /** Vrai pour les états VIGUEUR, VIGUEUR_ETEN, VIGUEUR_NON_ETEN (ou présence dans la liste DARES en vigueur). */
  enVigueur: boolean;
  debut: string | null;
  fin: string | null;
}

/**
 * OPCO de rattachement d'une branche ou d'un établissement.
 *
 * @example
 * ```ts
 * const o: OpcoReferentiel = { opco: "OPCO ATLAS", idcc: "0478" };
 * ```
 */
export interface OpcoReferentiel {
  opco: string;
  idcc: string | null;
}

/**
 * Lieu de formation d'un organisme (Référentiel des organismes, `lieux_de_formation[]`) : ses
 * identifiants quand ils sont connus et son adresse (code postal, code INSEE, commune).
 *
 * @example
 * ```ts
 * const l: LieuFormationReferentiel = { uai: "0672066G", siret: null, codePostal: "67100", codeInsee: "67482", commune: "Strasbourg" };
 * ```
 */
export interface LieuFormationReferentiel {
  uai: string | null;
  siret: string | null;
  codePostal: string | null;
  codeInsee: string | null;
  commune: string | null;
}

/**
 * Organisme (établissement d'enseignement ou CFA) identifié par UAI ou SIRET.
 *
 * @example
 * ```ts
 * const o: OrganismeReferentiel = { uai: "0010001W", siret: "19010001600012", nom: "LP LYCEE DES METIERS", ouvert: true, nature: "Lycée professionnel", dateFermeture: null, qualiopi: true, numeroActivite: "84010123401", lieuxUai: [], relations: [] };
 * ```
 */
export interface OrganismeReferentiel {
  uai: string | null;
  siret: string | null;
  nom: string | null;
  ouvert: boolean | null;
  /** Nature : `responsable`, `formateur`, `responsable_formateur` (Référentiel) ou nature ACCE. */
  nature: string | null;
  dateFermeture: string | null;
  /** Qualiopi « actions de formation par apprentissage », `null` si inconnu. */
  qualiopi?: boolean | null;
  /** Numéro de déclaration d'activité (NDA) donné par la source, `null` si elle ne le donne pas. */
  numeroActivite?: string | null;
  /**
   * Sans numéro : preuve de l'existence d'un NDA déduite d'un autre fait de la source (voir
   * `deductionNdaLpof`) ; absent quand rien ne permet de la déduire.
   */
  numeroActiviteDeduit?: string;
  /** UAI des lieux de formation. */
  lieuxUai?: string[];
  /** Lieux de formation avec leurs adresses (absent quand la source ne les donne pas). */
  lieux?: LieuFormationReferentiel[];
  /** Adresse de l'organisme lui-même (siège du SIRET), quand la source la donne. */
  adresse?: LieuFormationReferentiel | null;
  /** Relations formateur ↔ responsable. */
  relations?: { type: string | null; siret: string }[];
}

/**
 * Entreprise (données en ligne uniquement : API Entreprise, Recherche d'entreprises, SIRO).
 *
 * @example
 * ```ts
 * const e: EntrepriseReferentiel = { siret: "35600000009075", etat: "actif", naf: "53.10Z", idcc: ["5516"] };
 * ```
 */
export interface EntrepriseReferentiel {
  siret: string;
  etat: "actif" | "ferme" | "inconnu";
  naf: string | null;
  idcc: string[];
}

/**
 * Habilitation d'un organisme à préparer une certification RNCP « sur demande ».
 *
 * @example
 * ```ts
 * const h: HabilitationReferentiel = { rncp: "RNCP30271", siret: "82948645500019", habilite: true, motif: "certificateur de la fiche" };
 * ```
 */
export interface HabilitationReferentiel {
  rncp: string;
  siret: string;
  /** `null` quand la règle ne s'applique pas (enregistrement de droit). */
  habilite: boolean | null;
  motif: string;
  /** Faits qui fondent la conclusion (type d'enregistrement de la fiche, liens Kit ↔ BCN…), pour la trace. */
  preuves?: string[];
}

/**
 * Port d'accès aux référentiels de l'apprentissage. Trois implémentations : hors ligne
 * ({@link ReferentielHorsLigne}, sur un instantané), en ligne (clients HTTP du paquet) et mixte
 * ({@link referentielMixte} : hors ligne d'abord, en ligne en secours). Les méthodes ne lèvent
 * pas d'exception pour une donnée manquante : elles renvoient `absent` ou `indisponible`.
 *
 * @example
 * ```ts
 * const referentiel: Referentiel = new ReferentielHorsLigne(await chargerInstantaneEmbarque());
 * const r = await referentiel.npec({ rncp: "RNCP1002", idcc: "478", date: "2024-09-01" });
 * if (r.statut === "trouve") console.log(r.valeur.npecAnnuel); // 9497
 * ```
 */
export interface Referentiel {
  /** Nom de l'implémentation (journaux, provenance). */
  readonly nom: string;
  /** Certification par code RNCP (`RNCP1002`) ou code diplôme (`01022103`). */
  certification(rncpOuCfd: string): Promise<ReponseReferentiel<CertificationReferentiel>>;
  /** Convention collective par IDCC. */
  convention(idcc: string): Promise<ReponseReferentiel<ConventionReferentiel>>;
  /** Conventions collectives d'un code APE/NAF (table DARES), triées par part décroissante. */
  conventionsDeApe(ape: string): Promise<ReponseReferentiel<{ idcc: string; part: number | null }[]>>;
  /** OPCO d'une branche. */
  opcoDeIdcc(idcc: string): Promise<ReponseReferentiel<OpcoReferentiel>>;
  /** OPCO d'un établissement (SIRO, en ligne). */
  opcoDeSiret(siret: string): Promise<ReponseReferentiel<OpcoReferentiel>>;
  /** NPEC applicable : RNCP (ou CFD) + IDCC de l'employeur + date de conclusion du contrat. */
  npec(criteres: CriteresNpec): Promise<ReponseReferentiel<NpecApplicable>>;
  /** Organisme par SIRET ou UAI. */
  organisme(siretOuUai: string): Promise<ReponseReferentiel<OrganismeReferentiel>>;
  /** Entreprise par SIRET (en ligne uniquement). */
  entreprise(siret: string): Promise<ReponseReferentiel<EntrepriseReferentiel>>;
  /** Habilitation d'un organisme (SIRET) pour une fiche RNCP. */
  habilitation(rncp: string, siret: string): Promise<ReponseReferentiel<HabilitationReferentiel>>;
  /**
   * Capacités déclarées, question par question (source complète, extrait ou indisponible pour
   * toute l'exécution), sans aucune requête : ce que les vérifications ne pourront pas exécuter se
   * sait avant le premier contrat. Facultatif : une implémentation qui ne déclare rien est supposée complète.
   */
  capacites?(): readonly CapaciteReferentiel[];
}
