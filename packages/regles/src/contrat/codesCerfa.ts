import {
  entreeParCode,
  tableCaisseRetraiteComplementaire,
  tableDerniereClasse,
  tableDiplome,
  tableEmployeurSpecifique,
  tableModeContractuel,
  tableNationalite,
  tableNiveauDiplome,
  tableRegimeSocial,
  tableSexe,
  tableSituationAvantContrat,
  tableTypeContratApp,
  tableTypeDerogation,
  tableTypeEmployeur,
  type Table,
} from "@communs-opco/nomenclatures";
import type { ContratAControler } from "../ContratAControler";
import { accesseurChemin } from "../compile/accesseurChemin";
import { MemoireBornee } from "../compile/MemoireBornee";
import { texteLu } from "../compile/texteLu";
import type { VueContrat } from "../compile/VueContrat";
import { estRenseigne, Lecture } from "../Lecture";
import { representer } from "../moteur/representer";
import type { ConstatRegle, RegleSynchrone } from "../Regle";
import { documentationControle } from "./referencesJuridiques";

/** Champ codé du CERFA et sa table de codes (`@communs-opco/nomenclatures`). */
const CHAMPS_CODES: readonly (readonly [string, Table<{ readonly code: string }>])[] = [
  ["employeur.typeEmployeur", tableTypeEmployeur],
  ["employeur.employeurSpecifique", tableEmployeurSpecifique],
  ["apprenti.sexe", tableSexe],
  ["apprenti.nationalite", tableNationalite],
  ["apprenti.regimeSocial", tableRegimeSocial],
  ["apprenti.situationAvantContrat", tableSituationAvantContrat],
  ["apprenti.diplomePrepare", tableDiplome],
  ["apprenti.derniereClasse", tableDerniereClasse],
  ["apprenti.diplome", tableDiplome],
  ["maitre1.niveauDiplome", tableNiveauDiplome],
  ["maitre2.niveauDiplome", tableNiveauDiplome],
  ["contrat.modeContractuel", tableModeContractuel],
  ["contrat.typeContratApp", tableTypeContratApp],
  ["contrat.typeDerogation", tableTypeDerogation],
  ["formation.typeDiplome", tableDiplome],
];

// « Agric-Arrco » : coquille de la liste de référence, comparée comme « Agirc-Arrco ».
const formeCaisse = (t: string) => t.replace(/\s+/g, " ").trim().toLowerCase().replace("agric-arrco", "agirc-arrco");
let caisses: Set<string> | undefined;
/** Formes comparables des codes et libellés de la liste des caisses de retraite (calculées une fois). */
function caissesConnues(): Set<string> {
  caisses ??= new Set(tableCaisseRetraiteComplementaire.entrees.flatMap((e) => [formeCaisse(e.code), formeCaisse(e.libelle)]));
  return caisses;
}

/** Départements de naissance du CERFA : 01–19, 2A, 2B, 21–95, 99 (étranger), 971–974, 976. */
const DEPARTEMENT_NAISSANCE = /^(0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5]|99|97[1-46])$/;

/**
 * Chaque champ codé du CERFA contient un code de sa liste (type d'employeur, sexe, nationalité,
 * diplômes, type de contrat, dérogation, département de naissance…). La caisse de retraite,
 * saisie par son libellé, fait l'objet d'un avertissement si elle n'est pas dans la liste.
 *
 * @example
 * ```ts
 * evaluerRegles([regleCodesCerfa], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
// Critère de chaque table construit une fois (et non une fermeture par champ et par contrat).
const champsCodesCompiles = CHAMPS_CODES.map(([chemin, table]) => ({
  lire: accesseurChemin(chemin),
  verdicts: new MemoireBornee<boolean>(),
  dansLaTable: (code: string) => entreeParCode(table, code) !== undefined,
}));
const lireDepartement = accesseurChemin("apprenti.departementNaissance");
const lireCaisse = accesseurChemin("contrat.caisseRetraiteSupplementaire");
const caissesAdmises = new MemoireBornee<boolean>();

const caisseConnue = (libelle: string): boolean => caissesConnues().has(formeCaisse(libelle));

/** Garde : chaque champ codé renseigné est dans sa table, le département de naissance et la caisse aussi (mêmes critères que les constats). */
function codesDansLeursListes(vue: VueContrat): boolean {
  for (const { lire, verdicts, dansLaTable } of champsCodesCompiles) {
    const v = lire(vue.contrat);
    if (!estRenseigne(v)) continue;
    const code = texteLu(v);
    if (code === undefined || !verdicts.obtenir(code, dansLaTable)) return false;
  }
  const departement = lireDepartement(vue.contrat);
  if (estRenseigne(departement)) {
    const d = texteLu(departement);
    if (d !== undefined && !DEPARTEMENT_NAISSANCE.test(d.toUpperCase())) return false;
  }
  const caisse = lireCaisse(vue.contrat);
  if (estRenseigne(caisse)) {
    const c = texteLu(caisse);
    if (c !== undefined && !caissesAdmises.obtenir(c, caisseConnue)) return false;
  }
  return true;
}

export const regleCodesCerfa: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "contrat.codes.nomenclatures",
  titre: "Codes des listes du CERFA",
  description: "Chaque champ codé du CERFA FA13 (type d'employeur, sexe, nationalité, régime social, situation, diplômes, dernière classe, niveau du maître, mode contractuel, type de contrat, dérogation, département de naissance, caisse de retraite) contient une valeur de sa liste.",
  severite: "bloquant",
  references: [documentationControle("saisie", "tables de codes"), { titre: "CERFA FA13 n° 10103, notice et listes de codes (tables de @communs-opco/nomenclatures)" }],
  parametres: [],
  chemins: [...CHAMPS_CODES.map(([c]) => c), "apprenti.departementNaissance", "contrat.caisseRetraiteSupplementaire"],
  garde: codesDansLeursListes,
  evaluer(contrat) {
    const l = new Lecture(contrat);
    const constats: ConstatRegle[] = [];
    for (const [chemin, table] of CHAMPS_CODES) {
      if (!l.renseigne(chemin)) continue;
      const code = l.texte(chemin);
      if (code !== undefined && entreeParCode(table, code) !== undefined) continue;
      constats.push({
        statut: "non_conforme",
        chemins: [chemin],
        message: `Valeur hors liste pour ${chemin} : ${representer(l.brut(chemin))} n'est pas un code de la table « ${table.titre} ».`,
        details: { valeur: l.brut(chemin), table: table.id },
      });
    }
    const departement = l.texte("apprenti.departementNaissance");
    if (departement !== undefined && !DEPARTEMENT_NAISSANCE.test(departement.toUpperCase())) {
      constats.push({
        statut: "non_conforme",
        chemins: ["apprenti.departementNaissance"],
        message: "Le département de naissance doit être un code de 01 à 95, 2A, 2B, 971 à 974, 976 ou 99 (né(e) à l'étranger).",
        details: { valeur: departement },
      });
    }
    const caisse = l.texte("contrat.caisseRetraiteSupplementaire");
    if (caisse !== undefined) {
      const connue = caissesConnues().has(formeCaisse(caisse));
      if (!connue) {
        constats.push({
          statut: "non_conforme",
          severite: "avertissement",
          chemins: ["contrat.caisseRetraiteSupplementaire"],
          message: `La caisse de retraite « ${caisse} » ne figure pas dans la liste du CERFA.`,
          details: { valeur: caisse },
        });
      }
    }
    return constats;
  },
};
