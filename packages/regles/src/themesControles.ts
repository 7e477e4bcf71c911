/**
 * Thèmes de `docs/controles.md` : chaque contrôle du registre y est rangé par la référence
 * `documentationControle(theme, …)` qu'il cite.
 *
 * @example
 * ```ts
 * const theme: ThemeControle = "calendrier";
 * ```
 */
export type ThemeControle = "saisie" | "identifiants" | "apprenti" | "maitres" | "calendrier" | "temps-de-travail" | "remuneration" | "avant-paiement";

/** Titre et présentation (fondement juridique, écarts de principe) d'un thème de `docs/controles.md`. */
export interface PresentationTheme {
  titre: string;
  /** Paragraphes de présentation, en français (Markdown). */
  presentation: readonly string[];
}

/**
 * Présentation des thèmes de `docs/controles.md`, dans l'ordre du document.
 *
 * @example
 * ```ts
 * THEMES_CONTROLES.calendrier.titre; // "Dates, durée du contrat et formation"
 * ```
 */
export const THEMES_CONTROLES: Readonly<Record<ThemeControle, PresentationTheme>> = {
  saisie: {
    titre: "Saisie du CERFA : champs, formats et listes de codes",
    presentation: [
      "Ces contrôles vérifient que le contrat est complet et lisible : champs obligatoires du CERFA FA13, formats (dates, courriels, téléphones, noms), listes de codes de la notice. Leur fondement est l'article L6222-4 du Code du travail (contrat écrit, sur le formulaire établi par le ministère) et la notice du CERFA n° 51649, qui fixe les consignes de remplissage.",
      "Écart de principe avec l'application publique de référence : une donnée absente ou mal formée rend le contrôle qui en dépend « indéterminé », jamais « conforme » ; l'application de référence bloque la saisie et ne connaît pas cet état.",
    ],
  },
  identifiants: {
    titre: "Identifiants et référentiels",
    presentation: [
      "SIRET, UAI, NIR, codes RNCP et CFD, code NAF, IDCC : format et clé de contrôle d'abord (aucune source extérieure), puis, quand un référentiel est branché, existence et état à la date du contrat (répertoire SIRENE, référentiel des organismes de formation, RNCP, BCN, base KALI). Une source injoignable ou une réponse sans état rend le contrôle « indéterminé ».",
      "Écart de principe : l'application de référence interroge ses propres services en ligne et bloque la saisie ; ici, les contrôles de format et les contrôles de référentiel sont distincts, et chaque constat dit quelle source a répondu et à quelle date.",
    ],
  },
  apprenti: {
    titre: "L'apprenti : âge, minorité, nationalité",
    presentation: [
      "Âge minimal (L6222-1 : 16 ans, 15 ans après le collège) et âge maximal de droit commun (29 ans révolus) appréciés au **début d'exécution** du contrat. Exceptions sans limite d'âge (L6222-2 : RQTH, projet de création ou de reprise d'entreprise, sportif de haut niveau). L'exception de **35 ans** (contrat successif menant à un diplôme supérieur, rupture indépendante de la volonté de l'apprenti, inaptitude temporaire) s'apprécie à la **date de conclusion** du nouveau contrat (D6222-1), qui doit suivre de moins d'un an l'expiration du précédent.",
      "Écarts avec l'application de référence : elle ne signale l'âge qu'au-delà de 30 ans (un apprenti de 30 ans sans exception passe) et mesure tout au début du contrat ; ici, 30 ans révolus sans exception est une erreur, et l'âge de 35 ans est mesuré à la conclusion, comme le prévoit D6222-1. Un apprenti mineur a un représentant légal (C. civ. 414, L6222-4).",
    ],
  },
  maitres: {
    titre: "Maîtres d'apprentissage",
    presentation: [
      "Âge, diplôme et expérience du maître (L6223-8-1, R6223-22), nombre d'apprentis suivis (R6223-6 : deux, plus un dont le contrat a été prolongé après un échec à l'examen) et distinction des personnes. Quand le niveau du diplôme préparé est inconnu ou sans niveau européen, la comparaison avec le diplôme du maître est « indéterminée », jamais « conforme ».",
      "Écart de principe : l'application de référence se contente d'une case à cocher déclarative pour l'éligibilité du maître ; ici, les niveaux de diplôme sont comparés et l'expérience exigée est rappelée.",
    ],
  },
  calendrier: {
    titre: "Dates, durée du contrat et formation",
    presentation: [
      "Durée du contrat (L6222-7-1) : de 6 mois à 3 ans, comparée **au jour près** — un contrat commençant le D finit au plus tard le D + 3 ans − 1 jour ; 3 ans et 1 jour dépassent le maximum. La convention tripartite d'aménagement (dérogations 21, 22, 50) adapte la durée **dans** ces bornes et ne permet jamais plus de 3 ans : au-delà, erreur. Allongements légaux : 4 ans pour un apprenti RQTH (R6222-46 à R6222-48) et pour un sportif de haut niveau (R6222-60) ; un an de plus après un échec à l'examen (L6222-11, avenant 33). Une date de fin antérieure au début rend les contrôles de durée « indéterminés » (l'ordre des dates est une erreur distincte).",
      "Début de la formation (L6222-12, L6222-12-1) : la formation au CFA commence au plus tard 3 mois après le début d'exécution du contrat (erreur au-delà). Commencer la formation **avant** le contrat est licite (L6222-12-1 : jusqu'à 3 mois avant l'embauche, sous statut de stagiaire de la formation professionnelle, situation 7 du CERFA) : ce n'est jamais un blocage ; plus de 3 mois avant le début du contrat, un avertissement invite à vérifier le positionnement et la durée du contrat.",
      "Écarts avec l'application de référence : elle compte les durées en mois entiers sans le dernier jour, plafonne tous les contrats à 54 mois sans contrôle à 36 mois, et n'impose pas de borne juridique au début de la formation ; l'ancienne règle « pas plus de 3 mois avant le contrat » a disparu de L6222-12 en 2019 et n'est plus appliquée.",
    ],
  },
  "temps-de-travail": {
    titre: "Temps de travail",
    presentation: [
      "Majeur : durée légale de 35 h (L3121-27), maximum absolu de 48 h sur une semaine (L3121-20), 44 h en moyenne sur 12 semaines (L3121-22). Aucun texte ne plafonne un apprenti majeur à 40 h : au-delà de 48 h, erreur ; au-delà de 35 h, information (heures supplémentaires à payer comme telles).",
      "Mineur (L6222-25, L3162-1) : 8 h par jour et 35 h par semaine ; par dérogation (activités fixées par décret, R3162-1, ou autorisation de l'inspecteur du travail), 10 h par jour et 40 h par semaine. Au-delà de 35 h sans dérogation déclarée (type de dérogation 60 « autre dérogation » ou 50 « cumul »), erreur ; au-delà de 40 h, erreur dans tous les cas. Le CERFA ne porte pas de durée quotidienne : la limite de 8 h (10 h) par jour ne peut pas être contrôlée. Un mineur affecté à des travaux réglementés (case « travail sur machines dangereuses ») suppose la déclaration de dérogation à l'inspecteur du travail (R4153-40 et suivants) : information, invérifiable depuis le CERFA.",
      "Écart avec l'application de référence : elle bloque toute durée supérieure à 40 h, majeurs compris.",
    ],
  },
  remuneration: {
    titre: "Rémunération",
    presentation: [
      "Taux minimal de chaque ligne (D6222-26 ; D6222-34 pour le changement de tranche au 1er du mois suivant l'anniversaire) ; salaire minimum conventionnel à partir de 21 ans s'il est plus favorable ; salaire d'embauche égal à la première ligne (notice du CERFA).",
      "Employeur public : pour les contrats **conclus jusqu'au 26/04/2020**, majoration obligatoire de 10 points (niveau 4) ou 20 points (niveau 5) ; pour les contrats **conclus à partir du 27/04/2020** (décret n° 2020-478), le minimum est la grille du secteur privé et la majoration de 10 ou 20 points est facultative — quand le contrat en déclare une, chaque ligne doit l'inclure.",
      "Apprenti RQTH dont le contrat est allongé au-delà de 3 ans : l'année d'allongement est payée au taux de la 3e année + 15 points (R6222-48) ; un sportif de haut niveau garde le taux de la 3e année. Durée réduite (dérogation 21, D6222-28-1) : l'apprenti est réputé avoir accompli la partie manquante du cycle ; l'année de départ est déduite de la durée de la formation comparée à celle du contrat ; quand elle ne peut pas l'être, le contrôle le dit (« indéterminé »), sans retenir en silence le taux de 1re année.",
      "Écarts avec l'application de référence : elle relevait en silence un taux inférieur au minimum (ici, erreur) et appliquait la majoration publique selon le niveau à tous les contrats, y compris après avril 2020.",
    ],
  },
  "avant-paiement": {
    titre: "Vérifications avant paiement",
    presentation: [
      "Les vérifications `PP-…` (paquet `@communs-opco/referentiels`) confrontent le contrat aux référentiels publics avant la prise en charge : existence et état de l'entreprise et du CFA aux dates du contrat, certification Qualiopi et habilitation, certification préparée et ouverture à l'apprentissage, offre et lieu de formation, OPCO payeur et niveau de prise en charge (NPEC), cohérence d'ensemble. Le détail de chaque vérification, avec ses sources, figure dans [verifications-avant-paiement.md](verifications-avant-paiement.md).",
    ],
  },
};
