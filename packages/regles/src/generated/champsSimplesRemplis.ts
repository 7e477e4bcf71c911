// Fichier généré par packages/regles/scripts/genererChampsSimplesRemplis.mjs depuis la table champsObligatoires.
// Ne pas modifier à la main : relancer `npm run build -w @communs-opco/regles`.
/* eslint-disable */
import { estRenseigne } from "../Lecture";

type R = Record<string, unknown>;

/**
 * Les 64 champs obligatoires simples du CERFA (toujours exigés, sans autre représentation ni
 * attestation) sont-ils tous renseignés ? Lectures de propriétés fixes, chaque objet lu une fois ;
 * même résultat que `estRenseigne(valeurAuChemin(contrat, chemin))` pour chacun.
 */
export function champsSimplesRemplis(o: unknown): boolean {
  if (o === null || typeof o !== "object") return false;
  const v0 = (o as R).employeur;
  if (v0 === null || typeof v0 !== "object") return false;
  if (!estRenseigne((v0 as R).privePublic)) return false;
  if (!estRenseigne((v0 as R).siret)) return false;
  if (!estRenseigne((v0 as R).denomination)) return false;
  const v1 = (v0 as R).adresse;
  if (v1 === null || typeof v1 !== "object") return false;
  if (!estRenseigne((v1 as R).voie)) return false;
  if (!estRenseigne((v1 as R).codePostal)) return false;
  if (!estRenseigne((v1 as R).commune)) return false;
  if (!estRenseigne((v0 as R).telephone)) return false;
  if (!estRenseigne((v0 as R).courriel)) return false;
  if (!estRenseigne((v0 as R).typeEmployeur)) return false;
  if (!estRenseigne((v0 as R).naf)) return false;
  if (!estRenseigne((v0 as R).nombreDeSalaries)) return false;
  if (!estRenseigne((v0 as R).codeIdcc)) return false;
  if (!estRenseigne((v0 as R).libelleIdcc)) return false;
  const v2 = (o as R).apprenti;
  if (v2 === null || typeof v2 !== "object") return false;
  if (!estRenseigne((v2 as R).nom)) return false;
  if (!estRenseigne((v2 as R).prenom)) return false;
  if (!estRenseigne((v2 as R).dateNaissance)) return false;
  if (!estRenseigne((v2 as R).sexe)) return false;
  if (!estRenseigne((v2 as R).communeNaissance)) return false;
  if (!estRenseigne((v2 as R).departementNaissance)) return false;
  if (!estRenseigne((v2 as R).nationalite)) return false;
  if (!estRenseigne((v2 as R).regimeSocial)) return false;
  const v3 = (v2 as R).adresse;
  if (v3 === null || typeof v3 !== "object") return false;
  if (!estRenseigne((v3 as R).voie)) return false;
  if (!estRenseigne((v3 as R).codePostal)) return false;
  if (!estRenseigne((v3 as R).commune)) return false;
  if (!estRenseigne((v2 as R).telephone)) return false;
  if (!estRenseigne((v2 as R).courriel)) return false;
  if (!estRenseigne((v2 as R).projetCreationRepriseEntreprise)) return false;
  if (!estRenseigne((v2 as R).inscriptionSportifDeHautNiveau)) return false;
  if (!estRenseigne((v2 as R).handicap)) return false;
  if (!estRenseigne((v2 as R).situationAvantContrat)) return false;
  if (!estRenseigne((v2 as R).diplomePrepare)) return false;
  if (!estRenseigne((v2 as R).intituleDiplomePrepare)) return false;
  if (!estRenseigne((v2 as R).derniereClasse)) return false;
  if (!estRenseigne((v2 as R).diplome)) return false;
  if (!estRenseigne((v2 as R).apprentiMineur)) return false;
  const v4 = (o as R).maitre1;
  if (v4 === null || typeof v4 !== "object") return false;
  if (!estRenseigne((v4 as R).nom)) return false;
  if (!estRenseigne((v4 as R).prenom)) return false;
  if (!estRenseigne((v4 as R).dateNaissance)) return false;
  if (!estRenseigne((v4 as R).emploiOccupe)) return false;
  if (!estRenseigne((v4 as R).niveauDiplome)) return false;
  if (!estRenseigne((v4 as R).diplome)) return false;
  if (!estRenseigne((v4 as R).courriel)) return false;
  const v5 = (o as R).contrat;
  if (v5 === null || typeof v5 !== "object") return false;
  if (!estRenseigne((v5 as R).modeContractuel)) return false;
  if (!estRenseigne((v5 as R).typeContratApp)) return false;
  if (!estRenseigne((v5 as R).dateDebutContrat)) return false;
  if (!estRenseigne((v5 as R).dateDebutFormationPratique)) return false;
  if (!estRenseigne((v5 as R).dateFinContrat)) return false;
  if (!estRenseigne((v5 as R).dureeTravailHebdoHeures)) return false;
  if (!estRenseigne((v5 as R).travailRisque)) return false;
  if (!estRenseigne((v5 as R).avantageNature)) return false;
  const v6 = (o as R).formation;
  if (v6 === null || typeof v6 !== "object") return false;
  if (!estRenseigne((v6 as R).rncp)) return false;
  if (!estRenseigne((v6 as R).codeDiplome)) return false;
  if (!estRenseigne((v6 as R).typeDiplome)) return false;
  if (!estRenseigne((v6 as R).intituleQualification)) return false;
  if (!estRenseigne((v6 as R).dateDebutFormation)) return false;
  if (!estRenseigne((v6 as R).dateFinFormation)) return false;
  if (!estRenseigne((v6 as R).dureeFormation)) return false;
  const v7 = (o as R).organismeFormation;
  if (v7 === null || typeof v7 !== "object") return false;
  if (!estRenseigne((v7 as R).siret)) return false;
  if (!estRenseigne((v7 as R).uaiCfa)) return false;
  if (!estRenseigne((v7 as R).denomination)) return false;
  const v8 = (v7 as R).adresse;
  if (v8 === null || typeof v8 !== "object") return false;
  if (!estRenseigne((v8 as R).voie)) return false;
  if (!estRenseigne((v8 as R).codePostal)) return false;
  if (!estRenseigne((v8 as R).commune)) return false;
  const v9 = (o as R).etablissementFormation;
  if (v9 === null || typeof v9 !== "object") return false;
  if (!estRenseigne((v9 as R).memeResponsable)) return false;
  return true;
}
