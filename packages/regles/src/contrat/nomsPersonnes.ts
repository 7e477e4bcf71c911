import type { ContratAControler } from "../ContratAControler";
import type { RegleSynchrone } from "../Regle";
import { gardeChamps } from "../compile/gardeChamps";
import { controlerChamps } from "./controlerChamps";
import { documentationControle, noticeCerfa } from "./referencesJuridiques";

const CHEMINS = [
  "apprenti.nom",
  "apprenti.nomUsage",
  "apprenti.prenom",
  "apprenti.responsableLegal.nom",
  "apprenti.responsableLegal.prenom",
  "maitre1.nom",
  "maitre1.prenom",
  "maitre2.nom",
  "maitre2.prenom",
] as const;

/**
 * Motif des noms de personnes (motif `nomPattern` du schéma) : lettres ASCII, lettres latines
 * accentuées de la liste du CERFA, espace, trait d'union, signes ´ ˆ `, et l'apostrophe (' et ’),
 * ajoutée par la spécification pour « O'Neil » ou « D'Angelo ».
 */
const NOM = /^[A-Za-zàâäãáåçéèêëîïìíñôöðòóõùúûüýÿÀÂÄÃÁÅÇÉÈÊËÎÏÌÍÑÔÖÐÒÓÕÙÚÛÜÝŸ ´ˆ`'’-]+$/;

/**
 * Les noms et prénoms (apprenti, représentant légal, maîtres) ne contiennent que les caractères
 * admis : lettres (accentuées comprises), espace, trait d'union, apostrophe (R-NOM).
 *
 * @example
 * ```ts
 * evaluerRegles([regleNomsPersonnes], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleNomsPersonnes: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "personnes.nom.caracteres",
  ecartReference: "l'application de référence refuse l'apostrophe (O'Neil, D'Angelo).",
  titre: "Caractères des noms et prénoms",
  description: "Les noms et prénoms ne contiennent que des lettres (accentuées comprises), des espaces, des traits d'union et des apostrophes ; ni chiffre ni autre signe.",
  severite: "bloquant",
  references: [noticeCerfa("rubriques « L'apprenti » et « Le maître d'apprentissage » : nom de naissance et prénom"), documentationControle("saisie", "R-NOM", "motif nomPattern, apostrophe admise (proposition)")],
  parametres: [],
  chemins: [...CHEMINS],
  idSpecification: ["R-NOM"],
  garde: gardeChamps(CHEMINS, (v) => typeof v === "string" && NOM.test(v.trim())),
  evaluer(contrat) {
    return controlerChamps(contrat, CHEMINS, (v, chemin) =>
      typeof v === "string" && NOM.test(v.trim()) ? null : { message: `Le champ ${chemin} ne doit contenir que des lettres, espaces, traits d'union et apostrophes.` },
    );
  },
};
