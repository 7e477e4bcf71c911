import type { Contrat } from "../contrat.js";

/**
 * Contrat d'apprentissage complet et réaliste (CERFA *14), conforme, destiné aux tests
 * des autres paquets : CAP Boulanger en 2 ans chez un artisan de Lyon, apprentie
 * mineure non émancipée à la signature. SIRET, UAI et NIR ont des clés de contrôle
 * valides ; les personnes et les entreprises sont fictives. La certification est réelle :
 * CFD 50022137 « BOULANGER (CAP) » ↔ fiche RNCP37537, niveau 3 (Kit apprentissage du
 * 2025-01-31), IDCC 0843 (boulangerie-pâtisserie artisanale), NAF 10.71C.
 *
 * Copier l'objet (`JSON.parse(JSON.stringify(contratExemple))`) avant de le modifier.
 *
 * @example
 * ```ts
 * const contrat: Contrat = JSON.parse(JSON.stringify(contratExemple));
 * contrat.contrat!.dateFinContrat = "2025-10-01";
 * ```
 */
export const contratExemple: Contrat = {
  versionCerfa: "14",
  employeur: {
    privePublic: "prive",
    siret: "80123456700015",
    denomination: "BOULANGERIE DU PARC",
    adresse: {
      numero: "12",
      voie: "RUE MICHELET",
      codePostal: "69002",
      commune: "Lyon",
      departement: "69",
      region: "84",
    },
    telephone: "+33478123456",
    courriel: "contact@boulangerie-du-parc.fr",
    typeEmployeur: "11",
    employeurSpecifique: "0",
    naf: "10.71C",
    nombreDeSalaries: 6,
    codeIdcc: "0843",
    libelleIdcc: "Convention collective nationale de la boulangerie-pâtisserie (entreprises artisanales)",
  },
  apprenti: {
    nom: "MARTIN",
    prenom: "Léa",
    dateNaissance: "2007-03-14",
    sexe: "F",
    lieuNaissanceFrance: true,
    communeNaissance: "Lyon",
    departementNaissance: "69",
    nir: "207036912345695",
    nationalite: "1",
    regimeSocial: "2",
    adresse: { numero: "5", voie: "AVENUE JEAN JAURES", codePostal: "69007", commune: "Lyon", pays: "FR" },
    telephone: "+33612345678",
    courriel: "lea.martin@example.fr",
    projetCreationRepriseEntreprise: false,
    inscriptionSportifDeHautNiveau: false,
    handicap: false,
    situationAvantContrat: "1",
    diplomePrepare: "25",
    intituleDiplomePrepare: "Diplôme national du brevet",
    derniereClasse: "01",
    diplome: "25",
    apprentiMineur: true,
    apprentiMineurNonEmancipe: true,
    responsableLegal: {
      nom: "MARTIN Sophie",
      courriel: "sophie.martin@example.fr",
      memeAdresse: true,
    },
  },
  maitre1: {
    nom: "DUPONT",
    prenom: "Paul",
    dateNaissance: "1978-05-02",
    nir: "178056912304519",
    courriel: "paul.dupont@boulangerie-du-parc.fr",
    emploiOccupe: "Boulanger, chef d'entreprise",
    diplome: "Brevet de maîtrise boulanger",
    niveauDiplome: "4",
    attestationEligibilite: true,
  },
  contrat: {
    modeContractuel: "1",
    typeContratApp: "11",
    dateSignature: "2024-08-26",
    dateDebutContrat: "2024-09-02",
    dateDebutFormationPratique: "2024-09-02",
    dateFinContrat: "2026-08-31",
    dureeContrat: 23,
    lieuSignatureContrat: "Lyon",
    dureeTravailHebdoHeures: 35,
    dureeTravailHebdoMinutes: 0,
    travailRisque: true,
    caisseRetraiteSupplementaire: "AG2R Agirc-Arrco",
    avantageNature: false,
    salaireEmbauche: 477.07,
    smic: { dateEffet: "2024-01-01", horaire: 11.65, mensuel: 1766.92, mayotte: false },
    remunerationsAnnuelles: [
      { ordre: "1.1", dateDebut: "2024-09-02", dateFin: "2025-03-31", taux: 27, tauxMinimal: 27, typeSalaire: "SMIC", salaireBrut: 477.07 },
      { ordre: "1.2", dateDebut: "2025-04-01", dateFin: "2025-09-01", taux: 43, tauxMinimal: 43, typeSalaire: "SMIC", salaireBrut: 759.78 },
      { ordre: "2.1", dateDebut: "2025-09-02", dateFin: "2026-08-31", taux: 51, tauxMinimal: 51, typeSalaire: "SMIC", salaireBrut: 901.13 },
    ],
  },
  formation: {
    rncp: "RNCP37537",
    codeDiplome: "50022137",
    typeDiplome: "33",
    intituleQualification: "CAP Boulanger",
    dateDebutFormation: "2024-09-09",
    dateFinFormation: "2026-06-30",
    dureeFormation: 800,
  },
  organismeFormation: {
    formationInterne: false,
    siret: "19690049200014",
    uaiCfa: "0693446W",
    denomination: "CFA DES METIERS DE L'ALIMENTATION",
    adresse: { numero: "3", voie: "RUE DU PROFESSEUR ROCHAIX", codePostal: "69003", commune: "Lyon" },
  },
  etablissementFormation: { memeResponsable: true },
  signatures: { attestationPiecesJustificatives: true, lieu: "Lyon" },
};
