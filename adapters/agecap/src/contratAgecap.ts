import { estObjet, versFormat } from "@communs-opco/adaptateur";
import type { Dossier } from "@communs-opco/schemas";
import { versRemunerationsStructurees } from "./remunerationsStructurees.js";
import { tableAgecap } from "./tableAgecap.js";

function bloc(sortie: Record<string, unknown>, nom: string): Record<string, unknown> {
  const existant = sortie[nom];
  if (estObjet(existant)) return existant;
  const nouveau: Record<string, unknown> = {};
  sortie[nom] = nouveau;
  return nouveau;
}

/**
 * Convertit un dossier standard en contrat AGECAP (charge utile WS01 `POST contrats`).
 * Valeurs imposées par AGECAP quand le contrat n'en a pas : `typeDerogation` 99,
 * `caisseComplementaire` « NA », `dureeTravailHebdoMinutes` 0 (si les heures sont
 * connues), `autreAvantageEnNature` et `organismeFormation.formationInterne` à `false`.
 * `modeContractuel` reprend celui du contrat (l'application de référence forçait 1) ;
 * `noContrat` reprend le numéro du contrat (elle y mettait le numéro précédent). Le
 * responsable légal n'est transmis que pour un apprenti mineur non émancipé.
 *
 * @example
 * ```ts
 * contratAgecap({ contrat: { apprenti: { sexe: "F", departementNaissance: "75" } } });
 * // { alternant: { sexe: 2, departementNaissance: "075" }, employeur: { caisseComplementaire: "NA" }, detailsContrat: { typeDerogation: 99, … }, … }
 * ```
 */
export function contratAgecap(dossier: Dossier): Record<string, unknown> {
  const sortie = versFormat(dossier, tableAgecap);
  const contrat = dossier.contrat;
  const employeur = bloc(sortie, "employeur");
  employeur["caisseComplementaire"] ??= "NA";
  const details = bloc(sortie, "detailsContrat");
  details["typeDerogation"] ??= 99;
  if (details["dureeTravailHebdoHeures"] !== undefined) details["dureeTravailHebdoMinutes"] ??= 0;
  details["autreAvantageEnNature"] ??= false;
  const lignes = contrat?.contrat?.remunerationsAnnuelles;
  if (lignes !== undefined && lignes.length > 0) {
    details["remunerationsAnnuellesStructurees"] = {
      ...(estObjet(details["remunerationsAnnuellesStructurees"]) ? details["remunerationsAnnuellesStructurees"] : {}),
      ...versRemunerationsStructurees(lignes as Record<string, unknown>[]),
    };
  }
  const organisme = bloc(sortie, "organismeFormation");
  organisme["formationInterne"] ??= false;
  const alternant = sortie["alternant"];
  if (estObjet(alternant) && contrat?.apprenti?.apprentiMineurNonEmancipe !== true) delete alternant["responsableLegal"];
  return sortie;
}
