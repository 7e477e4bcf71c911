import { creerSchemaIdentifiant } from "./creerSchemaIdentifiant";
import type { ErreurIdentifiant } from "./ErreurIdentifiant";
import { nettoyerSaisie } from "./nettoyerSaisie";
import type { ResultatIdentifiant } from "./ResultatIdentifiant";
import { resultatInvalide } from "./resultatInvalide";

/**
 * Contrôle un numéro DECA de contrat ou d'avenant (`noContrat`, `noAvenant`,
 * `numeroContratPrecedent`) : 15 caractères, masque `DEP AAAA MM NN NNNN` (règle R-NUM,
 * `opco-echanges.md` §4.2). Forme canonique :
 * `^(0\d\d|02[AB]|97[12346])\d{4}(0[1-9]|1[0-2])(NC|\d{2})\d{4}$`.
 * Normalisation : espaces et tirets retirés, majuscules (`nc`, `2a` acceptés).
 *
 * Codes d'erreur : `numero_deca.vide`, `numero_deca.longueur`, `numero_deca.departement`,
 * `numero_deca.annee`, `numero_deca.mois`, `numero_deca.format`.
 *
 * @example
 * ```ts
 * verifierNumeroDeca("02b202212000000"); // { valide: true, normalise: "02B202212000000" }
 * verifierNumeroDeca("075 2024 09 NC 0123"); // { valide: true, normalise: "075202409NC0123" }
 * ```
 */
export function verifierNumeroDeca(valeur: string): ResultatIdentifiant {
  const numero = nettoyerSaisie(valeur);
  if (numero === "") return resultatInvalide("numero_deca.vide", "le numéro DECA est vide");
  if (numero.length !== 15) {
    return resultatInvalide("numero_deca.longueur", `le numéro DECA doit comporter 15 caractères (${numero.length} reçus)`);
  }
  const erreurs: ErreurIdentifiant[] = [];
  if (!/^(?:0\d\d|02[AB]|97[12346])$/.test(numero.slice(0, 3))) {
    erreurs.push({
      code: "numero_deca.departement",
      message: "le numéro DECA doit commencer par un département sur 3 caractères (075, 02A, 02B, 971 à 974, 976)",
    });
  }
  if (!/^\d{4}$/.test(numero.slice(3, 7))) {
    erreurs.push({ code: "numero_deca.annee", message: "les caractères 4 à 7 du numéro DECA doivent être une année sur 4 chiffres" });
  }
  if (!/^(?:0[1-9]|1[0-2])$/.test(numero.slice(7, 9))) {
    erreurs.push({ code: "numero_deca.mois", message: "les caractères 8 et 9 du numéro DECA doivent être un mois de 01 à 12" });
  }
  if (!/^(?:NC|\d{2})\d{4}$/.test(numero.slice(9))) {
    erreurs.push({
      code: "numero_deca.format",
      message: "les 6 derniers caractères du numéro DECA doivent être « NC » ou 2 chiffres, suivis de 4 chiffres",
    });
  }
  return erreurs.length === 0 ? { valide: true, normalise: numero } : { valide: false, erreurs };
}

/**
 * Schéma zod normalisant d'un numéro DECA (voir {@link verifierNumeroDeca}).
 *
 * @example
 * ```ts
 * schemaNumeroDeca.parse("02b202212000000"); // "02B202212000000"
 * ```
 */
export const schemaNumeroDeca = creerSchemaIdentifiant(verifierNumeroDeca);
