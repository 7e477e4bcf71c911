import type { Parametre, ReferenceJuridique } from "@communs-opco/parametres";
import type { Severite, StatutConstat } from "./Constat";
import type { EtatPreuve } from "./PreuvePoint";
import type { ContexteEvaluation } from "./ContexteEvaluation";
import type { SansObjet } from "./SansObjet";
import type { VueContrat } from "./compile/VueContrat";
import type { EtapesRegle } from "./Consultation";

/**
 * Métadonnées d'une règle, publiées dans le catalogue (`docs/regles.md`).
 *
 * @example
 * ```ts
 * const meta: MetadonneesRegle = {
 *   id: "contrat.duree.minimum",
 *   titre: "Durée minimale du contrat",
 *   description: "La durée du contrat ne peut pas être inférieure à 6 mois.",
 *   severite: "bloquant",
 *   references: [{ titre: "Code du travail, article L6222-7-1" }],
 *   parametres: ["apprentissage.contrat.duree.minimum"],
 *   chemins: ["contrat.dateDebutContrat", "contrat.dateFinContrat"],
 *   idSpecification: ["R-D2"],
 * };
 * ```
 */
export interface MetadonneesRegle {
  /** Identifiant stable en notation pointée ; le renommer est un changement majeur. */
  id: string;
  /** Titre court, en français. */
  titre: string;
  /** Description de l'exigence, en français. */
  description: string;
  /** Gravité par défaut des constats (un constat peut la préciser, p. ex. un avertissement). */
  severite: Severite;
  /** Fondement juridique de la règle. */
  references: readonly ReferenceJuridique[];
  /** Identifiants des paramètres légaux lus (`@communs-opco/parametres`). */
  parametres: readonly string[];
  /** Chemins pointés des données d'entrée lues. */
  chemins: readonly string[];
  /** Identifiants des contrôles (`R-…`, `PP-…`), repris dans `docs/controles.md`. */
  idSpecification?: readonly string[];
  /** Règle de saisie uniquement : non applicable quand le contexte est `revalidation`. */
  saisieUniquement?: boolean;
  /** Écart avec les applications de référence (la règle applique la loi ; l'écart est documenté). */
  ecartReference?: string;
  /**
   * Points (sous-vérifications) que la règle doit prouver pour être conforme. Le moteur exige
   * une preuve `prouve` (`ContexteRegle.preuve`) pour chacun : un point non prouvé ou jamais
   * établi rend la règle `indetermine`, jamais conforme.
   */
  points?: readonly string[];
}

/**
 * Un constat tel qu'une règle le produit : le moteur le complète (identifiant, gravité par
 * défaut, références, paramètres consultés) pour en faire un `Constat`.
 *
 * @example
 * ```ts
 * const c: ConstatRegle = {
 *   statut: "non_conforme",
 *   message: "La durée du contrat ne peut pas être inférieure à 6 mois.",
 *   details: { dureeMois: 4, minimumMois: 6 },
 * };
 * ```
 */
export interface ConstatRegle {
  statut: StatutConstat;
  message: string;
  /** Par défaut, les chemins de la règle. */
  chemins?: string[];
  /** Par défaut, la gravité de la règle. */
  severite?: Severite;
  details?: Record<string, unknown>;
  manquants?: string[];
}

/**
 * Contexte fourni à une règle pendant son évaluation : le contexte d'évaluation, plus la
 * consultation tracée des paramètres légaux (chaque paramètre lu figure dans les constats et
 * dans l'explication).
 *
 * @example
 * ```ts
 * const minimum = contexte.parametre(dureeMinimaleContrat, dateDebut); // undefined avant la 1re date d'effet
 * ```
 */
export interface ContexteRegle<Ports extends object = Record<string, unknown>> extends ContexteEvaluation<Ports> {
  /** Valeur d'un paramètre à une date ; `undefined` si la date est absente, invalide ou antérieure au paramètre. */
  parametre<T>(parametre: Parametre<T>, date: string | undefined): T | undefined;
  /**
   * Enregistre l'état d'un point de la règle (`MetadonneesRegle.points`) et la source qui l'a
   * établi ou qui a échoué ; repris dans `Explication.preuves`.
   */
  preuve(point: string, etat: EtatPreuve, source: string | null, raison?: string): void;
}

/**
 * Règle synchrone : évaluée sans accès extérieur.
 *
 * @example
 * ```ts
 * const regle: RegleSynchrone<{ n?: number }> = {
 *   nature: "synchrone",
 *   id: "exemple.positif", titre: "Nombre positif", description: "n doit être positif.",
 *   severite: "bloquant", references: [{ titre: "Exemple" }], parametres: [], chemins: ["n"],
 *   evaluer: (e) => (e.n !== undefined && e.n < 0 ? [{ statut: "non_conforme", message: "n est négatif." }] : []),
 * };
 * ```
 */
export interface RegleSynchrone<E> extends MetadonneesRegle {
  nature: "synchrone";
  /** La règle s'applique-t-elle à cette entrée ? Par défaut oui. */
  applicable?(entree: E, contexte: ContexteEvaluation): boolean;
  /** Renvoie les constats (liste vide : conforme). Ne doit pas lever ; le moteur protège malgré tout. */
  evaluer(entree: E, contexte: ContexteRegle): ConstatRegle[];
  /**
   * Garde compilée, facultative, écrite à côté de `evaluer` : vraie **seulement** si la règle,
   * applicable, ne renverrait aucun constat sur ce contrat. Le moteur compilé
   * (`creerMoteurControle`) n'exécute `evaluer` que lorsqu'elle est fausse ; les tests
   * d'équivalence vérifient qu'elle ne dit jamais vrai là où `evaluer` trouve un constat.
   */
  garde?(vue: VueContrat): boolean;
  /**
   * Applicabilité lue sur la vue typée, facultative : **la même décision** que `applicable` (ou
   * vrai sans `applicable`), pour que le moteur compilé n'ait pas à relire le contrat par ses
   * chemins. Les tests d'équivalence la tiennent à `applicable`.
   */
  applicableVue?(vue: VueContrat): boolean;
}

/**
 * Règle asynchrone : interroge des sources externes au travers de ports injectés dans le
 * contexte (`contexte.ports`). Un port absent ou en échec rend la règle `indetermine`, jamais
 * conforme.
 *
 * @example
 * ```ts
 * interface PortsDns { dns: { domaineExiste(domaine: string): Promise<boolean> } }
 * const regle: RegleAsynchrone<{ courriel?: string }, PortsDns> = {
 *   nature: "asynchrone", ports: ["dns"],
 *   id: "exemple.dns", titre: "Domaine existant", description: "…", severite: "bloquant",
 *   references: [{ titre: "Exemple" }], parametres: [], chemins: ["courriel"],
 *   async evaluer(e, contexte) {
 *     const ok = await contexte.ports.dns.domaineExiste(e.courriel?.split("@")[1] ?? "");
 *     return ok ? [] : [{ statut: "non_conforme", message: "Domaine inconnu." }];
 *   },
 * };
 * ```
 */
export interface RegleAsynchrone<E, Ports extends object> extends MetadonneesRegle {
  nature: "asynchrone";
  /** Noms des ports requis (sources externes). */
  ports: readonly (keyof Ports & string)[];
  /** Ports lus s'ils sont fournis : leur absence n'empêche pas l'évaluation, la règle la traite elle-même. */
  portsFacultatifs?: readonly string[];
  applicable?(entree: E, contexte: ContexteEvaluation): boolean;
  /**
   * Renvoie les constats (liste vide : conforme), ou `sansObjet(motif)` quand la source consultée
   * montre que la règle ne s'applique pas à l'entrée (statut `non_applicable`, motif dans l'explication).
   */
  evaluer(entree: E, contexte: ContexteRegle<Ports> & { ports: Ports }): Promise<ConstatRegle[] | SansObjet>;
  /**
   * La même loi écrite une seule fois sous forme d'étapes (facultatif) : un générateur qui cède
   * chaque consultation d'un port (`yield* consulter(…)`) et reçoit la réponse. `evaluer` en
   * dérive (`regleParConsultations`) et, quand tous les ports sont en mémoire,
   * `evaluerReglesEnMemoire` répond aux consultations sans promesse. Les ports du contexte ne
   * s'y lisent que pour savoir s'ils sont fournis.
   */
  etapes?(entree: E, contexte: ContexteEtapes<Ports>): EtapesRegle<ConstatRegle[] | SansObjet>;
  /**
   * Clé des **seules** valeurs d'entrée que lisent `applicable` et `etapes` (facultatif, p. ex.
   * `cleDesChemins([...])`), selon les ports fournis (`contexte.ports`, lus seulement pour savoir
   * s'ils le sont) : deux entrées de même clé reçoivent la même explication. Sur des ports
   * déclarés stables (`memoriserExplications`), `evaluerReglesEnMemoire` réemploie alors
   * l'explication déjà construite pour cette clé (objet figé, partagé) au lieu de rejouer les étapes.
   * `undefined` : pas de réemploi pour cette entrée. Les tests d'équivalence la tiennent aux étapes.
   */
  cleEntrees?(entree: E, contexte: ContexteEvaluation<object>): string | undefined;
}

/**
 * Contexte des étapes d'une règle à consultations : celui d'une règle, dont les ports ne se lisent
 * que pour savoir s'ils sont fournis (les consultations passent par `consulter`).
 *
 * @example
 * ```ts
 * const avecCatalogue = (contexte: ContexteEtapes<{ formations?: unknown }>) => contexte.ports.formations !== undefined;
 * ```
 */
export type ContexteEtapes<Ports extends object> = ContexteRegle<{ [K in keyof Ports]: unknown }> & { ports: { [K in keyof Ports]: unknown } };

/**
 * Une règle du registre, synchrone ou asynchrone.
 *
 * @example
 * ```ts
 * const regles: Regle<ContratAControler>[] = [regleDureeMinimaleContrat];
 * ```
 */
// biome-ignore lint: `any` nécessaire pour réunir des règles aux ports différents dans un même registre
export type Regle<E> = RegleSynchrone<E> | RegleAsynchrone<E, any>;
