import { completude, type Completude, type Constat } from "@communs-opco/regles";
import type { Brouillon } from "./Brouillon";
import type { Provenance } from "./Provenance";
import { versContrat } from "./versContrat";

/**
 * Complétude d'un bloc du brouillon : celle du moteur de règles, plus le nombre de champs
 * renseignés du bloc par provenance (`saisie`, `profil`, `referentiel`, `deduction`).
 *
 * @example
 * ```ts
 * const b: CompletudeBlocBrouillon = { bloc: "formation", champs: 10, invalides: 4, pourcentage: 60, chemins: ["formation.typeDiplome"], provenances: { saisie: 1, profil: 0, referentiel: 3, deduction: 0 } };
 * ```
 */
export type CompletudeBlocBrouillon = Completude["blocs"][number] & { provenances: { saisie: number; profil: number; referentiel: number; deduction: number } };

/**
 * Complétude du brouillon par bloc.
 *
 * @example
 * ```ts
 * const c: CompletudeBrouillon = completudeBrouillon(brouillon);
 * c.complet; // false tant qu'un bloc n'est pas à 100 %
 * ```
 */
export interface CompletudeBrouillon {
  blocs: CompletudeBlocBrouillon[];
  complet: boolean;
}

const PREFIXES_BLOC: Readonly<Record<string, readonly string[]>> = {
  employeur: ["employeur."],
  apprenti: ["apprenti."],
  maitre: ["maitre1.", "maitre2."],
  contrat: ["contrat."],
  formation: ["formation.", "organismeFormation.", "etablissementFormation."],
  signatures: ["signatures."],
};

function genre(p: Provenance): "saisie" | "profil" | "referentiel" | "deduction" {
  if (p === "saisie") return "saisie";
  return p.startsWith("profil:") ? "profil" : p.startsWith("deduction:") ? "deduction" : "referentiel";
}

/**
 * Complétude d'un brouillon par bloc du CERFA (employeur, apprenti, maître, contrat, formation,
 * signatures), calculée par `completude` de `@communs-opco/regles` sur la table des champs
 * obligatoires du moteur (présences conditionnelles comprises) : rien n'est redéfini ici. Les
 * constats d'une évaluation peuvent être passés pour compter comme incomplets les champs visés
 * par un constat bloquant.
 *
 * @example
 * ```ts
 * completudeBrouillon(brouillon).blocs.map((b) => `${b.bloc} : ${b.pourcentage} %`);
 * ```
 */
export function completudeBrouillon(brouillon: Brouillon, constats: readonly Constat[] = []): CompletudeBrouillon {
  const c = completude(versContrat(brouillon), constats);
  const blocs = c.blocs.map((b): CompletudeBlocBrouillon => {
    const provenances = { saisie: 0, profil: 0, referentiel: 0, deduction: 0 };
    const prefixes = PREFIXES_BLOC[b.bloc] ?? [];
    for (const [chemin, champ] of Object.entries(brouillon.champs)) {
      if (prefixes.some((p) => chemin.startsWith(p))) provenances[genre(champ.provenance)] += 1;
    }
    return { ...b, provenances };
  });
  return { blocs, complet: c.complet };
}
