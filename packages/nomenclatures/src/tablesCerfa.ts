import { tableCaisseRetraiteComplementaire } from "./donnees/tableCaisseRetraiteComplementaire";
import { tableCodeIdccSpecial } from "./donnees/tableCodeIdccSpecial";
import { tableDerniereClasse } from "./donnees/tableDerniereClasse";
import { tableDiplome } from "./donnees/tableDiplome";
import { tableEmployeurSpecifique } from "./donnees/tableEmployeurSpecifique";
import { tableIndiceRepetitionVoie } from "./donnees/tableIndiceRepetitionVoie";
import { tableModeContractuel } from "./donnees/tableModeContractuel";
import { tableNationalite } from "./donnees/tableNationalite";
import { tableNiveauDiplome } from "./donnees/tableNiveauDiplome";
import { tablePays } from "./donnees/tablePays";
import { tablePrefixeCfd } from "./donnees/tablePrefixeCfd";
import { tableRegimeSocial } from "./donnees/tableRegimeSocial";
import { tableRegionCerfa } from "./donnees/tableRegionCerfa";
import { tableSexe } from "./donnees/tableSexe";
import { tableSituationAvantContrat } from "./donnees/tableSituationAvantContrat";
import { tableTypeContratApp } from "./donnees/tableTypeContratApp";
import { tableTypeDerogation } from "./donnees/tableTypeDerogation";
import { tableTypeEmployeur } from "./donnees/tableTypeEmployeur";
import { tableTypeSalaire } from "./donnees/tableTypeSalaire";

/**
 * Toutes les listes de codes du CERFA FA13 (n° 10103), indexées par leur identifiant
 * (nom du champ du CERFA). La liste DIPLOMES sert à `diplomePrepare`, `diplome` et
 * `formation.typeDiplome`.
 *
 * @example
 * ```ts
 * import { libelleCode, tablesCerfa } from "@communs-opco/nomenclatures";
 * libelleCode(tablesCerfa.nationalite, "2"); // "Union Européenne"
 * Object.keys(tablesCerfa).length; // 19
 * ```
 */
export const tablesCerfa = {
  typeEmployeur: tableTypeEmployeur,
  employeurSpecifique: tableEmployeurSpecifique,
  codeIdccSpecial: tableCodeIdccSpecial,
  sexe: tableSexe,
  nationalite: tableNationalite,
  regimeSocial: tableRegimeSocial,
  situationAvantContrat: tableSituationAvantContrat,
  derniereClasse: tableDerniereClasse,
  diplome: tableDiplome,
  niveauDiplome: tableNiveauDiplome,
  prefixeCfd: tablePrefixeCfd,
  modeContractuel: tableModeContractuel,
  typeContratApp: tableTypeContratApp,
  typeDerogation: tableTypeDerogation,
  typeSalaire: tableTypeSalaire,
  caisseRetraiteComplementaire: tableCaisseRetraiteComplementaire,
  indiceRepetitionVoie: tableIndiceRepetitionVoie,
  regionCerfa: tableRegionCerfa,
  pays: tablePays,
} as const;
