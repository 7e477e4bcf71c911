import { estObjet } from "@communs-opco/adaptateur";
import { ecrireDateApiConvergence } from "./ecrireDateApiConvergence.js";
import type { FormeDate } from "./FormeDate.js";
import { lireDateApiConvergence } from "./lireDateApiConvergence.js";

/** Champ d'un élément de liste de l'API et son nom standard, avec conversion de date éventuelle. */
interface ChampListe {
  readonly api: string;
  readonly standard: string;
  readonly date?: boolean;
  readonly versApi?: (valeur: unknown) => unknown;
}

/**
 * Correspondance des éléments d'une liste de l'API Convergence (échéances, frais
 * annexes) : les champs connus sont renommés, les autres renvoyés à part pour être
 * conservés en extension (rien n'est perdu).
 *
 * @example
 * ```ts
 * const { elements, inconnus } = CHAMPS_ECHEANCE.lire([{ numero: 1, montantTotal: 10, x: 1 }]);
 * // elements: [{ numero: 1, montant: 10 }] ; inconnus: { "0/x": 1 }
 * ```
 */
export interface ListeApiConvergence {
  lire(valeur: unknown): { elements: Record<string, unknown>[] | undefined; inconnus: Record<string, unknown> };
  ecrire(valeur: unknown, forme: FormeDate): Record<string, unknown>[] | undefined;
  readonly champs: readonly ChampListe[];
}

function liste(champs: readonly ChampListe[]): ListeApiConvergence {
  return {
    champs,
    lire(valeur) {
      const inconnus: Record<string, unknown> = {};
      if (!Array.isArray(valeur)) {
        if (valeur !== undefined && valeur !== null) inconnus[""] = valeur;
        return { elements: undefined, inconnus };
      }
      const elements = valeur.map((element, i) => {
        if (!estObjet(element)) {
          inconnus[String(i)] = element;
          return {};
        }
        const sortie: Record<string, unknown> = {};
        for (const [cle, v] of Object.entries(element)) {
          const champ = champs.find((c) => c.api === cle);
          if (champ === undefined) inconnus[`${i}/${cle}`] = v;
          else if (v !== null && v !== undefined && v !== "") sortie[champ.standard] = champ.date === true ? lireDateApiConvergence(v) : v;
        }
        return sortie;
      });
      return { elements, inconnus };
    },
    ecrire(valeur, forme) {
      if (!Array.isArray(valeur)) return undefined;
      return valeur.map((element: unknown) => {
        const sortie: Record<string, unknown> = {};
        if (!estObjet(element)) return sortie;
        for (const champ of champs) {
          const v = element[champ.standard];
          if (v === undefined) continue;
          sortie[champ.api] = champ.date === true ? ecrireDateApiConvergence(v, forme) : champ.versApi === undefined ? v : champ.versApi(v);
        }
        return sortie;
      });
    },
  };
}

/**
 * Échéances API Convergence (`echeances[]`, §1.6) ↔ `financement.echeances` :
 * `montantTotal` ↔ `montant`, `dateOuverture` ↔ `date`, dates converties.
 *
 * @example
 * ```ts
 * CHAMPS_ECHEANCE.lire([{ numero: 1, codification: "E2", montantTotal: 3798.8 }]).elements;
 * // [{ numero: 1, codification: "E2", montant: 3798.8 }]
 * ```
 */
export const CHAMPS_ECHEANCE = liste([
  { api: "numero", standard: "numero" },
  { api: "codification", standard: "codification" },
  { api: "montantTotal", standard: "montant" },
  { api: "montantRegle", standard: "montantRegle" },
  { api: "montantEnCoursInstruction", standard: "montantEnCoursInstruction" },
  { api: "dateOuverture", standard: "date", date: true },
  { api: "dateDebut", standard: "dateDebut", date: true },
  { api: "dateFin", standard: "dateFin", date: true },
  { api: "iban", standard: "iban" },
]);

/** Orthographe des natures de frais dans l'API (exemples publics « Restauration », « Premierequipement » ; les autres sont [I]). */
const NATURES_API: Readonly<Record<string, string>> = {
  RESTAURATION: "Restauration",
  HEBERGEMENT: "Hebergement",
  PREMIER_EQUIPEMENT: "Premierequipement",
  MOBILITE_INTERNATIONALE: "Mobilite",
  AUTRE: "Autre",
};

/**
 * Frais annexes API Convergence (`engagementsFraisAnnexe[]`, §1.6 et §6.5) ↔
 * `financement.fraisAnnexes` : `natureFrais` ↔ `nature` (normalisée par le standard :
 * `Restauration` → `RESTAURATION`, `Premierequipement` → `PREMIER_EQUIPEMENT`).
 *
 * @example
 * ```ts
 * CHAMPS_FRAIS_ANNEXE.lire([{ natureFrais: "Restauration", quantite: 100, prixUnitaire: 3, montantTotal: 300 }]).elements;
 * ```
 */
export const CHAMPS_FRAIS_ANNEXE = liste([
  { api: "natureFrais", standard: "nature", versApi: (v) => (typeof v === "string" ? (NATURES_API[v] ?? v) : v) },
  { api: "quantite", standard: "quantite" },
  { api: "prixUnitaire", standard: "prixUnitaire" },
  { api: "montantTotal", standard: "montantTotal" },
]);
