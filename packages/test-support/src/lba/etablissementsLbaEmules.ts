import type { EtablissementLbaEmule } from "./EtablissementLbaEmule";

/**
 * Établissements fictifs de l'émulateur de La bonne alternance (SIRET à clé de Luhn valide,
 * IDCC et OPCO cohérents avec la table IDCC → OPCO ; raisons sociales et adresses inventées).
 *
 * @example
 * ```ts
 * ETABLISSEMENTS_LBA_EMULES.filter((e) => e.romesAlgorithme.length > 0); // entreprises de l'algorithme
 * ```
 */
export const ETABLISSEMENTS_LBA_EMULES: readonly EtablissementLbaEmule[] = [
  {
    siret: "80123456700015",
    raisonSociale: "BOULANGERIE DU MARCHE",
    naf: { code: "10.71C", libelle: "Boulangerie et boulangerie-pâtisserie" },
    idcc: 843,
    opco: "Opco entreprises de proximité",
    adresse: "12 rue du Marché 75011 Paris",
    departement: "75",
    coordonnees: [2.3795, 48.8576],
    taille: "0-9",
    romesAlgorithme: ["D1102", "D1104"],
  },
  {
    siret: "51234567800019",
    raisonSociale: "BRASSERIE DES TERREAUX",
    naf: { code: "56.10A", libelle: "Restauration traditionnelle" },
    idcc: 1979,
    opco: "AKTO / Opco entreprises et salariés des services à forte intensité de main d'oeuvre",
    adresse: "3 place des Terreaux 69001 Lyon",
    departement: "69",
    coordonnees: [4.8342, 45.7675],
    taille: "10-19",
    romesAlgorithme: ["G1602", "G1803"],
  },
  {
    siret: "69012345600012",
    raisonSociale: "HOTEL BELLECOUR",
    naf: { code: "55.10Z", libelle: "Hôtels et hébergement similaire" },
    idcc: 1979,
    opco: "AKTO / Opco entreprises et salariés des services à forte intensité de main d'oeuvre",
    adresse: "8 place Bellecour 69002 Lyon",
    departement: "69",
    coordonnees: [4.8320, 45.7578],
    taille: "20-49",
    romesAlgorithme: ["G1703"],
  },
  {
    siret: "33012345600015",
    raisonSociale: "CONSEIL NUMERIQUE AQUITAINE",
    naf: { code: "62.02A", libelle: "Conseil en systèmes et logiciels informatiques" },
    idcc: 1486,
    opco: "ATLAS",
    adresse: "20 cours de l'Intendance 33000 Bordeaux",
    departement: "33",
    coordonnees: [-0.5763, 44.8412],
    taille: "50-99",
    romesAlgorithme: ["M1805"],
  },
  {
    siret: "44012345600012",
    raisonSociale: "GARAGE DE L'ERDRE",
    naf: { code: "45.20A", libelle: "Entretien et réparation de véhicules automobiles légers" },
    idcc: 1090,
    opco: "Opco Mobilités",
    adresse: "5 quai de Versailles 44000 Nantes",
    departement: "44",
    coordonnees: [-1.5536, 47.2253],
    taille: "10-19",
    romesAlgorithme: [],
  },
  {
    siret: "42476141900045",
    raisonSociale: "ORGANISME DE FORMATION DU RHONE",
    naf: { code: "85.59A", libelle: "Formation continue d'adultes" },
    idcc: 1516,
    opco: "AKTO / Opco entreprises et salariés des services à forte intensité de main d'oeuvre",
    adresse: "40 rue de la République 69002 Lyon",
    departement: "69",
    coordonnees: [4.8357, 45.7606],
    taille: "10-19",
    romesAlgorithme: [],
  },
];
