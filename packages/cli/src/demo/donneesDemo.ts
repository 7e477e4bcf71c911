import type { SlugOpco } from "@communs-opco/nomenclatures";
import type { Contrat } from "@communs-opco/schemas";

type CodeDiplome = NonNullable<NonNullable<Contrat["formation"]>["typeDiplome"]>;

/** Ville réelle : code postal, nom officiel de la commune, département et région (codes du CERFA). */
export interface VilleDemo {
  readonly codePostal: string;
  readonly commune: string;
  readonly departement: string;
  readonly region: string;
}

/**
 * Certification réelle : couple code diplôme ↔ RNCP du Kit apprentissage du 31/01/2025, présent
 * dans l'instantané embarqué de `@communs-opco/referentiels`, actif, ouvert à l'apprentissage et
 * valable à la rentrée 2025 (diplôme ouvert dans la BCN) ; vérifié par les tests.
 */
export interface FormationDemo {
  readonly rncp: string;
  readonly codeDiplome: string;
  /** Code DIPLOMES du CERFA (niveau). */
  readonly typeDiplome: CodeDiplome;
  readonly intitule: string;
  /** Durée du cycle en mois (12, 24 ou 36). */
  readonly dureeMois: number;
}

/** Secteur d'un OPCO : convention collective (IDCC réel rattaché à l'OPCO), code NAF réel, emplois et formations. */
export interface SecteurDemo {
  readonly opco: SlugOpco;
  readonly idcc: string;
  readonly naf: string;
  readonly typeEmployeur: NonNullable<NonNullable<Contrat["employeur"]>["typeEmployeur"]>;
  /** Modèles de dénomination ; `{nom}` est remplacé par un nom de famille. */
  readonly denominations: readonly string[];
  readonly emploiMaitre: string;
  readonly diplomeMaitre: string;
  /** Niveau du diplôme du maître (NIVEAUX_DIPLOMES du CERFA). */
  readonly niveauMaitre: NonNullable<NonNullable<Contrat["maitre1"]>["niveauDiplome"]>;
  readonly formations: readonly FormationDemo[];
  readonly cfa: string;
}

/**
 * Données réelles et fictives du générateur de démonstration : villes (codes postaux et communes
 * du Code officiel géographique), secteurs des 11 OPCO (IDCC rattachés à l'OPCO dans la table de
 * `@communs-opco/nomenclatures`, codes NAF rév. 2 existants, certifications du Kit apprentissage),
 * prénoms et noms de famille français courants, voies.
 *
 * Les personnes et les entreprises générées sont fictives ; seuls les codes (postaux, IDCC, NAF,
 * RNCP, CFD) sont réels. Sources : Kit apprentissage (Certif Info / France compétences, Licence
 * Ouverte 2.0), Code officiel géographique (INSEE, Licence Ouverte 2.0), nomenclature NAF rév. 2.
 *
 * @example
 * ```ts
 * import { donneesDemo } from "@communs-opco/cli";
 * new Set(donneesDemo.secteurs.map((s) => s.opco)).size; // 11
 * ```
 */
export const donneesDemo = {
  villes: [
    { codePostal: "75011", commune: "Paris", departement: "75", region: "11" },
    { codePostal: "75015", commune: "Paris", departement: "75", region: "11" },
    { codePostal: "93200", commune: "Saint-Denis", departement: "93", region: "11" },
    { codePostal: "92100", commune: "Boulogne-Billancourt", departement: "92", region: "11" },
    { codePostal: "69002", commune: "Lyon", departement: "69", region: "84" },
    { codePostal: "38000", commune: "Grenoble", departement: "38", region: "84" },
    { codePostal: "63000", commune: "Clermont-Ferrand", departement: "63", region: "84" },
    { codePostal: "13001", commune: "Marseille", departement: "13", region: "93" },
    { codePostal: "06000", commune: "Nice", departement: "06", region: "93" },
    { codePostal: "31000", commune: "Toulouse", departement: "31", region: "76" },
    { codePostal: "34000", commune: "Montpellier", departement: "34", region: "76" },
    { codePostal: "33000", commune: "Bordeaux", departement: "33", region: "75" },
    { codePostal: "87000", commune: "Limoges", departement: "87", region: "75" },
    { codePostal: "64000", commune: "Pau", departement: "64", region: "75" },
    { codePostal: "44000", commune: "Nantes", departement: "44", region: "52" },
    { codePostal: "49000", commune: "Angers", departement: "49", region: "52" },
    { codePostal: "35000", commune: "Rennes", departement: "35", region: "53" },
    { codePostal: "29200", commune: "Brest", departement: "29", region: "53" },
    { codePostal: "59000", commune: "Lille", departement: "59", region: "32" },
    { codePostal: "80000", commune: "Amiens", departement: "80", region: "32" },
    { codePostal: "67000", commune: "Strasbourg", departement: "67", region: "44" },
    { codePostal: "51100", commune: "Reims", departement: "51", region: "44" },
    { codePostal: "21000", commune: "Dijon", departement: "21", region: "27" },
    { codePostal: "25000", commune: "Besançon", departement: "25", region: "27" },
    { codePostal: "45000", commune: "Orléans", departement: "45", region: "24" },
    { codePostal: "37000", commune: "Tours", departement: "37", region: "24" },
    { codePostal: "76000", commune: "Rouen", departement: "76", region: "28" },
    { codePostal: "14000", commune: "Caen", departement: "14", region: "28" },
    { codePostal: "20000", commune: "Ajaccio", departement: "2A", region: "94" },
    { codePostal: "97400", commune: "Saint-Denis", departement: "974", region: "04" },
    { codePostal: "97200", commune: "Fort-de-France", departement: "972", region: "02" },
    { codePostal: "97600", commune: "Mamoudzou", departement: "976", region: "06" },
  ] satisfies readonly VilleDemo[] as readonly VilleDemo[],

  secteurs: [
    {
      opco: "atlas", idcc: "1486", naf: "62.02A", typeEmployeur: "12",
      denominations: ["{nom} CONSEIL", "NUMERIQUE {nom}", "{nom} INGENIERIE"],
      emploiMaitre: "Chef de projet informatique", diplomeMaitre: "Master Informatique", niveauMaitre: "7",
      formations: [{ rncp: "RNCP37391", codeDiplome: "32020116", typeDiplome: "54", intitule: "BTS Cybersécurité, informatique et réseaux, électronique option A", dureeMois: 24 }],
      cfa: "CFA DES METIERS DU NUMERIQUE",
    },
    {
      opco: "atlas", idcc: "2120", naf: "64.19Z", typeEmployeur: "12",
      denominations: ["BANQUE POPULAIRE {nom}", "CAISSE {nom}"],
      emploiMaitre: "Conseiller clientèle", diplomeMaitre: "Master Banque", niveauMaitre: "7",
      formations: [{ rncp: "RNCP38381", codeDiplome: "32031313", typeDiplome: "54", intitule: "BTS Banque, conseiller de clientèle", dureeMois: 24 }],
      cfa: "CFA DES METIERS DE LA BANQUE ET DE LA FINANCE",
    },
    {
      opco: "atlas", idcc: "0787", naf: "69.20Z", typeEmployeur: "14",
      denominations: ["CABINET {nom} EXPERTISE", "{nom} ET ASSOCIES"],
      emploiMaitre: "Expert-comptable", diplomeMaitre: "Diplôme d'expertise comptable", niveauMaitre: "7",
      formations: [{ rncp: "RNCP39159", codeDiplome: "32031408", typeDiplome: "54", intitule: "BTS Comptabilité et gestion", dureeMois: 24 }],
      cfa: "CFA DE LA COMPTABILITE ET DE LA GESTION",
    },
    {
      opco: "akto", idcc: "1501", naf: "56.10C", typeEmployeur: "12",
      denominations: ["{nom} BURGER", "SNACK {nom}"],
      emploiMaitre: "Responsable de restaurant", diplomeMaitre: "CAP Cuisine", niveauMaitre: "3",
      formations: [{ rncp: "RNCP35317", codeDiplome: "50022142", typeDiplome: "33", intitule: "CAP Production et service en restaurations", dureeMois: 24 }],
      cfa: "CFA DE LA RESTAURATION",
    },
    {
      opco: "akto", idcc: "1351", naf: "80.10Z", typeEmployeur: "12",
      denominations: ["{nom} SECURITE", "GARDIENNAGE {nom}"],
      emploiMaitre: "Chef de poste sécurité", diplomeMaitre: "CAP Agent de sécurité", niveauMaitre: "3",
      formations: [{ rncp: "RNCP38226", codeDiplome: "50034405", typeDiplome: "33", intitule: "CAP Agent de sécurité", dureeMois: 24 }],
      cfa: "CFA DES METIERS DE LA SECURITE",
    },
    {
      opco: "constructys", idcc: "1597", naf: "43.99C", typeEmployeur: "12",
      denominations: ["{nom} CONSTRUCTION", "ENTREPRISE {nom} BTP"],
      emploiMaitre: "Chef de chantier", diplomeMaitre: "CAP Maçon", niveauMaitre: "3",
      formations: [{ rncp: "RNCP35715", codeDiplome: "50023224", typeDiplome: "33", intitule: "CAP Maçon", dureeMois: 24 }],
      cfa: "CFA DU BATIMENT",
    },
    {
      opco: "constructys", idcc: "1596", naf: "43.34Z", typeEmployeur: "11",
      denominations: ["PEINTURE {nom}", "{nom} DECORATION"],
      emploiMaitre: "Artisan peintre", diplomeMaitre: "BP Peintre applicateur de revêtements", niveauMaitre: "4",
      formations: [{ rncp: "RNCP39036", codeDiplome: "50023327", typeDiplome: "33", intitule: "CAP Peintre applicateur de revêtements", dureeMois: 24 }],
      cfa: "CFA DU BATIMENT ET DES TRAVAUX PUBLICS",
    },
    {
      opco: "opcommerce", idcc: "1505", naf: "47.11D", typeEmployeur: "12",
      denominations: ["SUPERMARCHE {nom}", "{nom} DISTRIBUTION"],
      emploiMaitre: "Chef de rayon", diplomeMaitre: "BTS Management commercial opérationnel", niveauMaitre: "5",
      formations: [
        { rncp: "RNCP38399", codeDiplome: "40031213", typeDiplome: "41", intitule: "Bac pro Métiers du commerce et de la vente option A", dureeMois: 36 },
      ],
      cfa: "CFA DU COMMERCE ET DE LA DISTRIBUTION",
    },
    {
      opco: "opcommerce", idcc: "1557", naf: "47.64Z", typeEmployeur: "12",
      denominations: ["{nom} SPORTS", "SPORT ET LOISIRS {nom}"],
      emploiMaitre: "Directeur de magasin", diplomeMaitre: "Licence professionnelle Commerce", niveauMaitre: "6",
      formations: [{ rncp: "RNCP38362", codeDiplome: "32031213", typeDiplome: "54", intitule: "BTS Management commercial opérationnel", dureeMois: 24 }],
      cfa: "CFA DU COMMERCE",
    },
    {
      opco: "ocapiat", idcc: "1747", naf: "10.71A", typeEmployeur: "12",
      denominations: ["BOULANGERIE INDUSTRIELLE {nom}", "{nom} PANIFICATION"],
      emploiMaitre: "Chef boulanger", diplomeMaitre: "BP Boulanger", niveauMaitre: "4",
      formations: [{ rncp: "RNCP37537", codeDiplome: "50022137", typeDiplome: "33", intitule: "CAP Boulanger", dureeMois: 24 }],
      cfa: "CFA DES INDUSTRIES ALIMENTAIRES",
    },
    {
      opco: "ocapiat", idcc: "1534", naf: "10.11Z", typeEmployeur: "12",
      denominations: ["ABATTOIRS {nom}", "{nom} VIANDES"],
      emploiMaitre: "Responsable d'atelier de découpe", diplomeMaitre: "CAP Boucher", niveauMaitre: "3",
      formations: [{ rncp: "RNCP37535", codeDiplome: "50022143", typeDiplome: "33", intitule: "CAP Boucher", dureeMois: 24 }],
      cfa: "CFA DES METIERS DE LA VIANDE",
    },
    {
      opco: "opco2i", idcc: "0044", naf: "20.59Z", typeEmployeur: "12",
      denominations: ["{nom} CHIMIE", "LABORATOIRES {nom}"],
      emploiMaitre: "Responsable qualité", diplomeMaitre: "Diplôme d'ingénieur chimiste", niveauMaitre: "7",
      formations: [{ rncp: "RNCP38382", codeDiplome: "32022208", typeDiplome: "54", intitule: "BTS Métiers de la chimie", dureeMois: 24 }],
      cfa: "CFA DES INDUSTRIES CHIMIQUES",
    },
    {
      opco: "opco2i", idcc: "0292", naf: "22.29A", typeEmployeur: "12",
      denominations: ["PLASTIQUES {nom}", "{nom} INJECTION"],
      emploiMaitre: "Technicien méthodes", diplomeMaitre: "BTS Conception des processus de réalisation de produits", niveauMaitre: "5",
      formations: [{ rncp: "RNCP37464", codeDiplome: "32022317", typeDiplome: "54", intitule: "BTS Conception des processus de réalisation de produits option B", dureeMois: 24 }],
      cfa: "CFA DE L'INDUSTRIE",
    },
    {
      opco: "opco-ep", idcc: "0843", naf: "10.71C", typeEmployeur: "11",
      denominations: ["BOULANGERIE {nom}", "AU FOURNIL {nom}"],
      emploiMaitre: "Boulanger, chef d'entreprise", diplomeMaitre: "Brevet de maîtrise boulanger", niveauMaitre: "4",
      formations: [
        { rncp: "RNCP37537", codeDiplome: "50022137", typeDiplome: "33", intitule: "CAP Boulanger", dureeMois: 24 },
        { rncp: "RNCP37491", codeDiplome: "45022108", typeDiplome: "49", intitule: "BP Boulanger", dureeMois: 24 },
      ],
      cfa: "CFA DES METIERS DE L'ALIMENTATION",
    },
    {
      opco: "opco-ep", idcc: "0992", naf: "47.22Z", typeEmployeur: "11",
      denominations: ["BOUCHERIE {nom}", "MAISON {nom}"],
      emploiMaitre: "Artisan boucher", diplomeMaitre: "BP Boucher", niveauMaitre: "4",
      formations: [{ rncp: "RNCP37535", codeDiplome: "50022143", typeDiplome: "33", intitule: "CAP Boucher", dureeMois: 24 }],
      cfa: "CFA DES METIERS DE BOUCHE",
    },
    {
      opco: "opco-mobilites", idcc: "1090", naf: "45.20A", typeEmployeur: "11",
      denominations: ["GARAGE {nom}", "{nom} AUTOMOBILES"],
      emploiMaitre: "Chef d'atelier mécanique", diplomeMaitre: "BTS Maintenance des véhicules", niveauMaitre: "5",
      formations: [
        { rncp: "RNCP39809", codeDiplome: "50025218", typeDiplome: "33", intitule: "CAP Maintenance des véhicules option A", dureeMois: 24 },
        { rncp: "RNCP40009", codeDiplome: "40025214", typeDiplome: "41", intitule: "Bac pro Maintenance des véhicules option A", dureeMois: 36 },
      ],
      cfa: "CFA DES METIERS DE L'AUTOMOBILE",
    },
    {
      opco: "opco-mobilites", idcc: "0016", naf: "49.41A", typeEmployeur: "12",
      denominations: ["TRANSPORTS {nom}", "{nom} LOGISTIQUE"],
      emploiMaitre: "Chef d'exploitation", diplomeMaitre: "BTS Gestion des transports et logistique associée", niveauMaitre: "5",
      formations: [{ rncp: "RNCP37938", codeDiplome: "50031118", typeDiplome: "33", intitule: "CAP Conducteur livreur de marchandises", dureeMois: 12 }],
      cfa: "CFA DU TRANSPORT ET DE LA LOGISTIQUE",
    },
    {
      opco: "opco-sante", idcc: "2264", naf: "86.10Z", typeEmployeur: "12",
      denominations: ["CLINIQUE {nom}", "POLYCLINIQUE {nom}"],
      emploiMaitre: "Cadre administratif de santé", diplomeMaitre: "Master Management des établissements de santé", niveauMaitre: "7",
      formations: [{ rncp: "RNCP36939", codeDiplome: "32033002", typeDiplome: "54", intitule: "BTS Services et prestations des secteurs sanitaire et social", dureeMois: 24 }],
      cfa: "CFA DES METIERS DE LA SANTE",
    },
    {
      opco: "opco-sante", idcc: "0413", naf: "87.10B", typeEmployeur: "15",
      denominations: ["ASSOCIATION {nom}", "FOYER {nom}"],
      emploiMaitre: "Éducateur spécialisé", diplomeMaitre: "Diplôme d'État d'éducateur spécialisé", niveauMaitre: "6",
      formations: [{ rncp: "RNCP36004", codeDiplome: "56033207", typeDiplome: "38", intitule: "Diplôme d'État d'accompagnant éducatif et social", dureeMois: 12 }],
      cfa: "CFA SANITAIRE ET SOCIAL",
    },
    {
      opco: "uniformation", idcc: "1518", naf: "88.91A", typeEmployeur: "15",
      denominations: ["ASSOCIATION LES PETITS {nom}", "CRECHE {nom}"],
      emploiMaitre: "Directrice de structure petite enfance", diplomeMaitre: "Diplôme d'État d'éducateur de jeunes enfants", niveauMaitre: "6",
      formations: [{ rncp: "RNCP38565", codeDiplome: "50033205", typeDiplome: "33", intitule: "CAP Accompagnant éducatif petite enfance", dureeMois: 24 }],
      cfa: "CFA DE L'ANIMATION ET DU SPORT",
    },
    {
      opco: "afdas", idcc: "1285", naf: "90.01Z", typeEmployeur: "15",
      denominations: ["COMPAGNIE {nom}", "THEATRE {nom}"],
      emploiMaitre: "Régisseur général", diplomeMaitre: "BTS Métiers de l'audiovisuel", niveauMaitre: "5",
      formations: [{ rncp: "RNCP37196", codeDiplome: "32032330", typeDiplome: "54", intitule: "BTS Métiers de l'audiovisuel option métiers du son", dureeMois: 24 }],
      cfa: "CFA DES METIERS DU SPECTACLE",
    },
    {
      opco: "afdas", idcc: "0086", naf: "73.11Z", typeEmployeur: "12",
      denominations: ["AGENCE {nom}", "{nom} PRODUCTIONS"],
      emploiMaitre: "Directeur de production", diplomeMaitre: "Master Audiovisuel", niveauMaitre: "7",
      formations: [{ rncp: "RNCP37019", codeDiplome: "32032328", typeDiplome: "54", intitule: "BTS Métiers de l'audiovisuel option gestion de la production", dureeMois: 24 }],
      cfa: "CFA DES METIERS DE L'IMAGE",
    },
  ] satisfies readonly SecteurDemo[] as readonly SecteurDemo[],

  prenomsFeminins: ["Léa", "Emma", "Chloé", "Inès", "Manon", "Camille", "Sarah", "Jade", "Louise", "Zoé", "Lina", "Anaïs", "Clémence", "Maëlle", "Océane", "Yasmine", "Justine", "Eva"],
  prenomsMasculins: ["Lucas", "Hugo", "Nathan", "Enzo", "Louis", "Théo", "Mathis", "Tom", "Noah", "Yanis", "Gabriel", "Maxime", "Rayan", "Baptiste", "Kylian", "Adam", "Jules", "Clément"],
  noms: [
    "MARTIN", "BERNARD", "THOMAS", "PETIT", "ROBERT", "RICHARD", "DURAND", "DUBOIS", "MOREAU", "LAURENT", "SIMON", "MICHEL",
    "LEFEBVRE", "LEROY", "ROUX", "DAVID", "BERTRAND", "MOREL", "FOURNIER", "GIRARD", "BONNET", "DUPONT", "LAMBERT", "FONTAINE",
    "ROUSSEAU", "VINCENT", "MULLER", "LEFEVRE", "FAURE", "ANDRE", "MERCIER", "BLANC", "GUERIN", "BOYER", "GARNIER", "CHEVALIER",
    "FRANCOIS", "LEGRAND", "GAUTHIER", "GARCIA", "PERRIN", "ROBIN", "CLEMENT", "MORIN", "NICOLAS", "HENRY", "ROUSSEL", "MATHIEU",
  ],
  voies: [
    "RUE DE LA REPUBLIQUE", "AVENUE JEAN JAURES", "RUE VICTOR HUGO", "BOULEVARD GAMBETTA", "RUE PASTEUR", "PLACE DE LA MAIRIE",
    "RUE DU GENERAL DE GAULLE", "ALLEE DES TILLEULS", "RUE DES ECOLES", "CHEMIN DES VIGNES", "RUE DE LA GARE", "AVENUE DE LA LIBERATION",
  ],
} as const;
