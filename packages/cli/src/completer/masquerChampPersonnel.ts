import { masquerNir } from "@communs-opco/identifiants";
import { masquerDonneesPersonnelles } from "../controle/masquerDonneesPersonnelles";

const PERSONNES = /^(apprenti|maitre1|maitre2)\./;
const IDENTITE = /\.(nom|prenom|nomUsage|voie|numero|complement|communeNaissance)$/;

/**
 * Valeur d'un champ du brouillon prête à afficher : pour l'apprenti, son représentant légal et
 * les maîtres d'apprentissage, NIR masqué, date de naissance réduite à l'année, nom, prénom et
 * adresse réduits à l'initiale ; courriels et téléphones masqués partout.
 *
 * @example
 * ```ts
 * masquerChampPersonnel("apprenti.dateNaissance", "2007-03-14"); // "2007-**-**"
 * masquerChampPersonnel("employeur.siret", "80123456700015"); // "80123456700015"
 * ```
 */
export function masquerChampPersonnel(chemin: string, valeur: unknown): unknown {
  if (typeof valeur !== "string") return valeur;
  if (PERSONNES.test(chemin)) {
    if (chemin.endsWith(".nir")) return masquerNir(valeur);
    if (chemin.endsWith(".dateNaissance")) return valeur.replace(/^(\d{4}).*$/, "$1-**-**");
    if (IDENTITE.test(chemin)) return `${valeur.slice(0, 1)}***`;
  }
  return masquerDonneesPersonnelles(valeur);
}
