import { evaluerRegles, registreContrat, type Resultat } from "@communs-opco/regles";
import { contratExemple, lireContrat, type Contrat } from "@communs-opco/schemas";

/** Un cas de l'exemple : un nom lisible et le résultat du contrôle. */
export interface CasControle {
  nom: string;
  resultat: Resultat;
}

/**
 * Contrôle trois variantes du contrat d'exemple à une date d'évaluation explicite :
 * le contrat tel quel, un contrat trop court, et une saisie « papier » (dates `JJ/MM/AAAA`,
 * cases `oui`/`non`) normalisée par l'entrée tolérante avant contrôle.
 */
export function controlerContrats(dateEvaluation: string): CasControle[] {
  const tropCourt: Contrat = structuredClone(contratExemple);
  tropCourt.contrat = { ...tropCourt.contrat, dateFinContrat: "2024-12-31" };

  const saisie = JSON.parse(JSON.stringify(contratExemple)) as Record<string, Record<string, unknown>>;
  saisie["contrat"]!["dateDebutContrat"] = "02/09/2024";
  saisie["apprenti"]!["handicap"] = "non";
  const lu = lireContrat(saisie);
  const normalise = lu.ok ? lu.contrat : contratExemple;

  return [
    { nom: "contrat d'exemple", resultat: evaluerRegles(registreContrat, contratExemple, { dateEvaluation }) },
    { nom: "contrat de moins de 6 mois", resultat: evaluerRegles(registreContrat, tropCourt, { dateEvaluation }) },
    { nom: "saisie papier normalisée", resultat: evaluerRegles(registreContrat, normalise, { dateEvaluation }) },
  ];
}
