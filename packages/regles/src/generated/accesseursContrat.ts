// Fichier généré par packages/regles/scripts/genererAccesseursContrat.mjs depuis docs/schemas/contrat.schema.json.
// Ne pas modifier à la main : relancer `npm run build -w @communs-opco/regles`.
/* eslint-disable */

type R = Record<string, unknown>;

/**
 * Accesseurs compilés des 169 chemins pointés du contrat standard (un par chemin, accès
 * de propriétés fixes) : même résultat que `valeurAuChemin(racine, chemin)`.
 */
export const accesseursContrat: ReadonlyMap<string, (racine: unknown) => unknown> = new Map<string, (racine: unknown) => unknown>([
  ["apprenti", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    return v0;
  }],
  ["apprenti.adresse", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).adresse;
    return v1;
  }],
  ["apprenti.adresse.codePostal", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).adresse;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).codePostal;
    return v2;
  }],
  ["apprenti.adresse.commune", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).adresse;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).commune;
    return v2;
  }],
  ["apprenti.adresse.complement", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).adresse;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).complement;
    return v2;
  }],
  ["apprenti.adresse.numero", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).adresse;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).numero;
    return v2;
  }],
  ["apprenti.adresse.pays", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).adresse;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).pays;
    return v2;
  }],
  ["apprenti.adresse.repetitionVoie", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).adresse;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).repetitionVoie;
    return v2;
  }],
  ["apprenti.adresse.voie", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).adresse;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).voie;
    return v2;
  }],
  ["apprenti.age", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).age;
    return v1;
  }],
  ["apprenti.apprentiMineur", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).apprentiMineur;
    return v1;
  }],
  ["apprenti.apprentiMineurNonEmancipe", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).apprentiMineurNonEmancipe;
    return v1;
  }],
  ["apprenti.communeNaissance", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).communeNaissance;
    return v1;
  }],
  ["apprenti.courriel", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).courriel;
    return v1;
  }],
  ["apprenti.dateNaissance", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).dateNaissance;
    return v1;
  }],
  ["apprenti.departementNaissance", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).departementNaissance;
    return v1;
  }],
  ["apprenti.derniereClasse", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).derniereClasse;
    return v1;
  }],
  ["apprenti.diplome", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).diplome;
    return v1;
  }],
  ["apprenti.diplomePrepare", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).diplomePrepare;
    return v1;
  }],
  ["apprenti.handicap", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).handicap;
    return v1;
  }],
  ["apprenti.handicapEquivalenceJeunes", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).handicapEquivalenceJeunes;
    return v1;
  }],
  ["apprenti.handicapExtensionBoe", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).handicapExtensionBoe;
    return v1;
  }],
  ["apprenti.inscriptionSportifDeHautNiveau", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).inscriptionSportifDeHautNiveau;
    return v1;
  }],
  ["apprenti.intituleDiplomePrepare", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).intituleDiplomePrepare;
    return v1;
  }],
  ["apprenti.lieuNaissanceFrance", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).lieuNaissanceFrance;
    return v1;
  }],
  ["apprenti.nationalite", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).nationalite;
    return v1;
  }],
  ["apprenti.nir", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).nir;
    return v1;
  }],
  ["apprenti.nom", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).nom;
    return v1;
  }],
  ["apprenti.nomUsage", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).nomUsage;
    return v1;
  }],
  ["apprenti.prenom", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).prenom;
    return v1;
  }],
  ["apprenti.projetCreationRepriseEntreprise", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).projetCreationRepriseEntreprise;
    return v1;
  }],
  ["apprenti.regimeSocial", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).regimeSocial;
    return v1;
  }],
  ["apprenti.responsableLegal", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).responsableLegal;
    return v1;
  }],
  ["apprenti.responsableLegal.adresse", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).responsableLegal;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).adresse;
    return v2;
  }],
  ["apprenti.responsableLegal.adresse.codePostal", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).responsableLegal;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).adresse;
    if (v2 === null || typeof v2 !== "object") return undefined;
    const v3 = (v2 as R).codePostal;
    return v3;
  }],
  ["apprenti.responsableLegal.adresse.commune", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).responsableLegal;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).adresse;
    if (v2 === null || typeof v2 !== "object") return undefined;
    const v3 = (v2 as R).commune;
    return v3;
  }],
  ["apprenti.responsableLegal.adresse.complement", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).responsableLegal;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).adresse;
    if (v2 === null || typeof v2 !== "object") return undefined;
    const v3 = (v2 as R).complement;
    return v3;
  }],
  ["apprenti.responsableLegal.adresse.numero", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).responsableLegal;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).adresse;
    if (v2 === null || typeof v2 !== "object") return undefined;
    const v3 = (v2 as R).numero;
    return v3;
  }],
  ["apprenti.responsableLegal.adresse.pays", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).responsableLegal;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).adresse;
    if (v2 === null || typeof v2 !== "object") return undefined;
    const v3 = (v2 as R).pays;
    return v3;
  }],
  ["apprenti.responsableLegal.adresse.repetitionVoie", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).responsableLegal;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).adresse;
    if (v2 === null || typeof v2 !== "object") return undefined;
    const v3 = (v2 as R).repetitionVoie;
    return v3;
  }],
  ["apprenti.responsableLegal.adresse.voie", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).responsableLegal;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).adresse;
    if (v2 === null || typeof v2 !== "object") return undefined;
    const v3 = (v2 as R).voie;
    return v3;
  }],
  ["apprenti.responsableLegal.courriel", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).responsableLegal;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).courriel;
    return v2;
  }],
  ["apprenti.responsableLegal.memeAdresse", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).responsableLegal;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).memeAdresse;
    return v2;
  }],
  ["apprenti.responsableLegal.nom", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).responsableLegal;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).nom;
    return v2;
  }],
  ["apprenti.responsableLegal.prenom", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).responsableLegal;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).prenom;
    return v2;
  }],
  ["apprenti.sexe", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).sexe;
    return v1;
  }],
  ["apprenti.situationAvantContrat", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).situationAvantContrat;
    return v1;
  }],
  ["apprenti.telephone", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).apprenti;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).telephone;
    return v1;
  }],
  ["contrat", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).contrat;
    return v0;
  }],
  ["contrat.autreAvantageEnNature", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).contrat;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).autreAvantageEnNature;
    return v1;
  }],
  ["contrat.avantageLogement", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).contrat;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).avantageLogement;
    return v1;
  }],
  ["contrat.avantageNature", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).contrat;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).avantageNature;
    return v1;
  }],
  ["contrat.avantageNourriture", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).contrat;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).avantageNourriture;
    return v1;
  }],
  ["contrat.caisseRetraiteSupplementaire", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).contrat;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).caisseRetraiteSupplementaire;
    return v1;
  }],
  ["contrat.dateDebutContrat", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).contrat;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).dateDebutContrat;
    return v1;
  }],
  ["contrat.dateDebutFormationPratique", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).contrat;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).dateDebutFormationPratique;
    return v1;
  }],
  ["contrat.dateEffetAvenant", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).contrat;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).dateEffetAvenant;
    return v1;
  }],
  ["contrat.dateFinContrat", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).contrat;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).dateFinContrat;
    return v1;
  }],
  ["contrat.dateRupture", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).contrat;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).dateRupture;
    return v1;
  }],
  ["contrat.dateSignature", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).contrat;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).dateSignature;
    return v1;
  }],
  ["contrat.dureeContrat", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).contrat;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).dureeContrat;
    return v1;
  }],
  ["contrat.dureeTravailHebdoHeures", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).contrat;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).dureeTravailHebdoHeures;
    return v1;
  }],
  ["contrat.dureeTravailHebdoMinutes", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).contrat;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).dureeTravailHebdoMinutes;
    return v1;
  }],
  ["contrat.lieuSignatureContrat", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).contrat;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).lieuSignatureContrat;
    return v1;
  }],
  ["contrat.modeContractuel", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).contrat;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).modeContractuel;
    return v1;
  }],
  ["contrat.noAvenant", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).contrat;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).noAvenant;
    return v1;
  }],
  ["contrat.noContrat", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).contrat;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).noContrat;
    return v1;
  }],
  ["contrat.numeroContratPrecedent", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).contrat;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).numeroContratPrecedent;
    return v1;
  }],
  ["contrat.remunerationMajoration", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).contrat;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).remunerationMajoration;
    return v1;
  }],
  ["contrat.remunerationsAnnuelles", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).contrat;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).remunerationsAnnuelles;
    return v1;
  }],
  ["contrat.salaireEmbauche", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).contrat;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).salaireEmbauche;
    return v1;
  }],
  ["contrat.smc", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).contrat;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).smc;
    return v1;
  }],
  ["contrat.smic", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).contrat;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).smic;
    return v1;
  }],
  ["contrat.smic.dateEffet", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).contrat;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).smic;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).dateEffet;
    return v2;
  }],
  ["contrat.smic.horaire", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).contrat;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).smic;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).horaire;
    return v2;
  }],
  ["contrat.smic.mayotte", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).contrat;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).smic;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).mayotte;
    return v2;
  }],
  ["contrat.smic.mensuel", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).contrat;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).smic;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).mensuel;
    return v2;
  }],
  ["contrat.travailRisque", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).contrat;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).travailRisque;
    return v1;
  }],
  ["contrat.typeContratApp", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).contrat;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).typeContratApp;
    return v1;
  }],
  ["contrat.typeDerogation", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).contrat;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).typeDerogation;
    return v1;
  }],
  ["employeur", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).employeur;
    return v0;
  }],
  ["employeur.adresse", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).employeur;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).adresse;
    return v1;
  }],
  ["employeur.adresse.codePostal", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).employeur;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).adresse;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).codePostal;
    return v2;
  }],
  ["employeur.adresse.commune", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).employeur;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).adresse;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).commune;
    return v2;
  }],
  ["employeur.adresse.complement", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).employeur;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).adresse;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).complement;
    return v2;
  }],
  ["employeur.adresse.departement", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).employeur;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).adresse;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).departement;
    return v2;
  }],
  ["employeur.adresse.numero", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).employeur;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).adresse;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).numero;
    return v2;
  }],
  ["employeur.adresse.region", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).employeur;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).adresse;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).region;
    return v2;
  }],
  ["employeur.adresse.repetitionVoie", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).employeur;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).adresse;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).repetitionVoie;
    return v2;
  }],
  ["employeur.adresse.voie", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).employeur;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).adresse;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).voie;
    return v2;
  }],
  ["employeur.attestationEligibilite", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).employeur;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).attestationEligibilite;
    return v1;
  }],
  ["employeur.attestationPieces", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).employeur;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).attestationPieces;
    return v1;
  }],
  ["employeur.caisseComplementaire", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).employeur;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).caisseComplementaire;
    return v1;
  }],
  ["employeur.codeIdcc", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).employeur;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).codeIdcc;
    return v1;
  }],
  ["employeur.codeIdccs", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).employeur;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).codeIdccs;
    return v1;
  }],
  ["employeur.courriel", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).employeur;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).courriel;
    return v1;
  }],
  ["employeur.denomination", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).employeur;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).denomination;
    return v1;
  }],
  ["employeur.employeurSpecifique", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).employeur;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).employeurSpecifique;
    return v1;
  }],
  ["employeur.libelleIdcc", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).employeur;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).libelleIdcc;
    return v1;
  }],
  ["employeur.naf", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).employeur;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).naf;
    return v1;
  }],
  ["employeur.nom", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).employeur;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).nom;
    return v1;
  }],
  ["employeur.nombreDeSalaries", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).employeur;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).nombreDeSalaries;
    return v1;
  }],
  ["employeur.prenom", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).employeur;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).prenom;
    return v1;
  }],
  ["employeur.privePublic", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).employeur;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).privePublic;
    return v1;
  }],
  ["employeur.raisonSociale", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).employeur;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).raisonSociale;
    return v1;
  }],
  ["employeur.regimeSpecifique", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).employeur;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).regimeSpecifique;
    return v1;
  }],
  ["employeur.siret", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).employeur;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).siret;
    return v1;
  }],
  ["employeur.telephone", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).employeur;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).telephone;
    return v1;
  }],
  ["employeur.typeEmployeur", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).employeur;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).typeEmployeur;
    return v1;
  }],
  ["etablissementFormation", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).etablissementFormation;
    return v0;
  }],
  ["etablissementFormation.adresse", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).etablissementFormation;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).adresse;
    return v1;
  }],
  ["etablissementFormation.adresse.codePostal", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).etablissementFormation;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).adresse;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).codePostal;
    return v2;
  }],
  ["etablissementFormation.adresse.commune", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).etablissementFormation;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).adresse;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).commune;
    return v2;
  }],
  ["etablissementFormation.adresse.complement", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).etablissementFormation;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).adresse;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).complement;
    return v2;
  }],
  ["etablissementFormation.adresse.numero", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).etablissementFormation;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).adresse;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).numero;
    return v2;
  }],
  ["etablissementFormation.adresse.repetitionVoie", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).etablissementFormation;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).adresse;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).repetitionVoie;
    return v2;
  }],
  ["etablissementFormation.adresse.voie", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).etablissementFormation;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).adresse;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).voie;
    return v2;
  }],
  ["etablissementFormation.denomination", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).etablissementFormation;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).denomination;
    return v1;
  }],
  ["etablissementFormation.memeResponsable", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).etablissementFormation;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).memeResponsable;
    return v1;
  }],
  ["etablissementFormation.siret", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).etablissementFormation;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).siret;
    return v1;
  }],
  ["etablissementFormation.uaiCfa", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).etablissementFormation;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).uaiCfa;
    return v1;
  }],
  ["formation", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).formation;
    return v0;
  }],
  ["formation.codeDiplome", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).formation;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).codeDiplome;
    return v1;
  }],
  ["formation.dateDebutFormation", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).formation;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).dateDebutFormation;
    return v1;
  }],
  ["formation.dateFinFormation", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).formation;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).dateFinFormation;
    return v1;
  }],
  ["formation.dateObtentionDiplome", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).formation;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).dateObtentionDiplome;
    return v1;
  }],
  ["formation.dureeFormation", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).formation;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).dureeFormation;
    return v1;
  }],
  ["formation.dureeFormationCalc", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).formation;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).dureeFormationCalc;
    return v1;
  }],
  ["formation.intituleQualification", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).formation;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).intituleQualification;
    return v1;
  }],
  ["formation.nombreHeuresEnDistanciel", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).formation;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).nombreHeuresEnDistanciel;
    return v1;
  }],
  ["formation.rncp", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).formation;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).rncp;
    return v1;
  }],
  ["formation.typeDiplome", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).formation;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).typeDiplome;
    return v1;
  }],
  ["maitre1", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).maitre1;
    return v0;
  }],
  ["maitre1.attestationEligibilite", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).maitre1;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).attestationEligibilite;
    return v1;
  }],
  ["maitre1.courriel", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).maitre1;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).courriel;
    return v1;
  }],
  ["maitre1.dateNaissance", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).maitre1;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).dateNaissance;
    return v1;
  }],
  ["maitre1.diplome", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).maitre1;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).diplome;
    return v1;
  }],
  ["maitre1.emploiOccupe", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).maitre1;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).emploiOccupe;
    return v1;
  }],
  ["maitre1.nir", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).maitre1;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).nir;
    return v1;
  }],
  ["maitre1.niveauDiplome", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).maitre1;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).niveauDiplome;
    return v1;
  }],
  ["maitre1.nom", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).maitre1;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).nom;
    return v1;
  }],
  ["maitre1.prenom", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).maitre1;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).prenom;
    return v1;
  }],
  ["maitre2", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).maitre2;
    return v0;
  }],
  ["maitre2.attestationEligibilite", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).maitre2;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).attestationEligibilite;
    return v1;
  }],
  ["maitre2.courriel", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).maitre2;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).courriel;
    return v1;
  }],
  ["maitre2.dateNaissance", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).maitre2;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).dateNaissance;
    return v1;
  }],
  ["maitre2.diplome", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).maitre2;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).diplome;
    return v1;
  }],
  ["maitre2.emploiOccupe", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).maitre2;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).emploiOccupe;
    return v1;
  }],
  ["maitre2.nir", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).maitre2;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).nir;
    return v1;
  }],
  ["maitre2.niveauDiplome", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).maitre2;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).niveauDiplome;
    return v1;
  }],
  ["maitre2.nom", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).maitre2;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).nom;
    return v1;
  }],
  ["maitre2.prenom", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).maitre2;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).prenom;
    return v1;
  }],
  ["organismeFormation", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).organismeFormation;
    return v0;
  }],
  ["organismeFormation.adresse", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).organismeFormation;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).adresse;
    return v1;
  }],
  ["organismeFormation.adresse.codePostal", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).organismeFormation;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).adresse;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).codePostal;
    return v2;
  }],
  ["organismeFormation.adresse.commune", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).organismeFormation;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).adresse;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).commune;
    return v2;
  }],
  ["organismeFormation.adresse.complement", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).organismeFormation;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).adresse;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).complement;
    return v2;
  }],
  ["organismeFormation.adresse.numero", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).organismeFormation;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).adresse;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).numero;
    return v2;
  }],
  ["organismeFormation.adresse.repetitionVoie", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).organismeFormation;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).adresse;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).repetitionVoie;
    return v2;
  }],
  ["organismeFormation.adresse.voie", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).organismeFormation;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).adresse;
    if (v1 === null || typeof v1 !== "object") return undefined;
    const v2 = (v1 as R).voie;
    return v2;
  }],
  ["organismeFormation.denomination", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).organismeFormation;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).denomination;
    return v1;
  }],
  ["organismeFormation.formationInterne", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).organismeFormation;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).formationInterne;
    return v1;
  }],
  ["organismeFormation.siret", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).organismeFormation;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).siret;
    return v1;
  }],
  ["organismeFormation.uaiCfa", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).organismeFormation;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).uaiCfa;
    return v1;
  }],
  ["organismeFormation.visaCfa", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).organismeFormation;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).visaCfa;
    return v1;
  }],
  ["signatures", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).signatures;
    return v0;
  }],
  ["signatures.attestationPiecesJustificatives", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).signatures;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).attestationPiecesJustificatives;
    return v1;
  }],
  ["signatures.lieu", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).signatures;
    if (v0 === null || typeof v0 !== "object") return undefined;
    const v1 = (v0 as R).lieu;
    return v1;
  }],
  ["versionCerfa", (o: unknown): unknown => {
    if (o === null || typeof o !== "object") return undefined;
    const v0 = (o as R).versionCerfa;
    return v0;
  }],
]);
