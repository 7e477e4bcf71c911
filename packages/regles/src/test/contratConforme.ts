/**
 * Contrat d'apprentissage complet et conforme, réaliste (identifiants à clé valide), utilisé par
 * les tests des règles : chaque test part d'une copie et modifie un seul point.
 * Apprentie née le 14/03/2007, BTS SIO en 2 ans du 01/09/2025 au 31/08/2027, employeur à Paris 11e.
 */
export function contratConforme() {
  return {
    employeur: {
      privePublic: "prive",
      siret: "82832700500017",
      denomination: "ATELIER NUMERIQUE DU FAUBOURG",
      adresse: { numero: "12", voie: "RUE OBERKAMPF", codePostal: "75011", commune: "Paris", departement: "75", region: "11" },
      telephone: "+33143556677",
      courriel: "recrutement@atelier-numerique.fr",
      typeEmployeur: "12",
      employeurSpecifique: "0",
      naf: "62.01Z",
      nombreDeSalaries: 24,
      codeIdcc: "1486",
      libelleIdcc: "Bureaux d'études techniques, cabinets d'ingénieurs-conseils et sociétés de conseils",
    },
    apprenti: {
      nom: "MARTIN",
      prenom: "Léa",
      dateNaissance: "2007-03-14",
      sexe: "F",
      lieuNaissanceFrance: true,
      communeNaissance: "Paris",
      departementNaissance: "75",
      nir: "207037511123430",
      nationalite: "1",
      regimeSocial: "2",
      adresse: { numero: "4", voie: "RUE DE LA REPUBLIQUE", codePostal: "93200", commune: "Saint-Denis", pays: "FR" },
      telephone: "+33612345678",
      courriel: "lea.martin@exemple.fr",
      projetCreationRepriseEntreprise: false,
      inscriptionSportifDeHautNiveau: false,
      handicap: false,
      situationAvantContrat: "1",
      diplomePrepare: "41",
      intituleDiplomePrepare: "Baccalauréat professionnel Systèmes numériques",
      derniereClasse: "01",
      diplome: "41",
      apprentiMineur: false,
      apprentiMineurNonEmancipe: false,
    },
    maitre1: {
      nom: "DURAND",
      prenom: "Karim",
      dateNaissance: "1985-06-02",
      emploiOccupe: "Responsable du développement",
      niveauDiplome: "6",
      diplome: "Licence professionnelle Métiers de l'informatique",
      courriel: "karim.durand@atelier-numerique.fr",
      attestationEligibilite: true,
    },
    contrat: {
      modeContractuel: "1",
      typeContratApp: "11",
      dateDebutContrat: "2025-09-01",
      dateDebutFormationPratique: "2025-09-01",
      dateFinContrat: "2027-08-31",
      dateSignature: "2025-08-20",
      lieuSignatureContrat: "Paris",
      dureeTravailHebdoHeures: 35,
      dureeTravailHebdoMinutes: 0,
      travailRisque: false,
      caisseRetraiteSupplementaire: "Malakoff Humanis Agirc-Arrco",
      avantageNature: false,
      remunerationsAnnuelles: [
        { ordre: "1.1", dateDebut: "2025-09-01", dateFin: "2026-08-31", taux: 43, tauxMinimal: 43, typeSalaire: "SMIC", salaireBrut: 774.78 },
        { ordre: "2.1", dateDebut: "2026-09-01", dateFin: "2027-08-31", taux: 51, tauxMinimal: 51, typeSalaire: "SMIC", salaireBrut: 918.92 },
      ],
      salaireEmbauche: 774.78,
    },
    formation: {
      rncp: "RNCP35340",
      codeDiplome: "32031213",
      typeDiplome: "54",
      intituleQualification: "BTS Services informatiques aux organisations",
      dateDebutFormation: "2025-09-08",
      dateFinFormation: "2027-06-30",
      dureeFormation: 1350,
    },
    organismeFormation: {
      formationInterne: false,
      siret: "13000492600015",
      uaiCfa: "0751234J",
      denomination: "CFA DES METIERS DU NUMERIQUE",
      adresse: { numero: "20", voie: "AVENUE DE LA REPUBLIQUE", codePostal: "75011", commune: "Paris" },
    },
    etablissementFormation: { memeResponsable: true },
    signatures: { attestationPiecesJustificatives: true, lieu: "Paris" },
  };
}

/** Type du contrat d'exemple, pour modifier une copie dans les tests. */
export type ContratExemple = ReturnType<typeof contratConforme>;
