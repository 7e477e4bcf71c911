/**
 * Tolérance de lecture de l'API Convergence : une variante de forme observée chez certains
 * OPCO ou certaines sources (`opco-echanges.md` §1.6, §2.2, §8), redressée par une
 * normalisation nommée avant la lecture :
 * - `page_en_liste` : page paginée enveloppée dans une liste à un élément
 *   (`[{ total, count, page, EtatDossierResult: [...] }]`) ;
 * - `liste_vide_fin_de_pages` : une liste vide `[]` signale la fin des pages ;
 * - `objet_au_lieu_de_liste` : un objet seul là où une liste est attendue (AFDAS) ;
 * - `bloc_employeur_indifferent` : `employeur` ou `employeurV2` quelle que soit la version
 *   annoncée (bloc vide écarté, les deux fusionnés) ;
 * - `etat_en_toutes_lettres` : `RUPTURE` écrit en entier au lieu du code `RUPTU` ;
 * - `nature_frais_orthographe` : `RESTAURATION`, `restauration`, `Premier equipement`… ramenés
 *   à l'orthographe documentée (`Restauration`, `Premierequipement`) ;
 * - `commentaire_racine` : `comment` à la racine du dossier lu comme `commentaireEtat`.
 *
 * @example
 * ```ts
 * const t: ToleranceApiConvergence = "page_en_liste";
 * ```
 */
export type ToleranceApiConvergence =
  | "page_en_liste"
  | "liste_vide_fin_de_pages"
  | "objet_au_lieu_de_liste"
  | "bloc_employeur_indifferent"
  | "etat_en_toutes_lettres"
  | "nature_frais_orthographe"
  | "commentaire_racine";

/**
 * Description française de chaque tolérance (reprise dans le rapport de correspondance).
 *
 * @example
 * ```ts
 * DESCRIPTIONS_TOLERANCES.page_en_liste; // "Page paginée enveloppée dans une liste à un élément…"
 * ```
 */
export const DESCRIPTIONS_TOLERANCES: Readonly<Record<ToleranceApiConvergence, string>> = {
  page_en_liste: "Page paginée enveloppée dans une liste à un élément ([{ total, count, page, EtatDossierResult }]) : l'enveloppe est extraite.",
  liste_vide_fin_de_pages: "Liste vide [] reçue comme fin des pages : le parcours s'arrête sans erreur.",
  objet_au_lieu_de_liste: "Objet seul reçu là où une liste est attendue : il est lu comme une liste d'un élément.",
  bloc_employeur_indifferent: "Bloc employeur ou employeurV2 quelle que soit la version : bloc vide écarté, les deux fusionnés sous le nom de la version lue.",
  etat_en_toutes_lettres: "État RUPTURE écrit en toutes lettres : lu comme le code RUPTU.",
  nature_frais_orthographe: "Nature de frais en majuscules, minuscules ou avec espaces : ramenée à l'orthographe documentée (Restauration, Hebergement, Premierequipement).",
  commentaire_racine: "Champ « comment » à la racine du dossier : lu comme commentaireEtat quand celui-ci manque.",
};

/**
 * Toutes les tolérances, dans l'ordre de leur description : réglage par défaut du lecteur
 * et du client génériques (lecteur tolérant).
 *
 * @example
 * ```ts
 * TOLERANCES_API_CONVERGENCE.includes("page_en_liste"); // true
 * ```
 */
export const TOLERANCES_API_CONVERGENCE: readonly ToleranceApiConvergence[] = Object.keys(DESCRIPTIONS_TOLERANCES) as ToleranceApiConvergence[];
