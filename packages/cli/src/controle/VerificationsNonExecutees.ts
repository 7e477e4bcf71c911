import type { Constat } from "@communs-opco/regles";
import type { VerificationNonExecutee } from "@communs-opco/referentiels";
import type { ResultatControle } from "./ResultatControle";
import { statutEnregistrement } from "./statutEnregistrement";

/**
 * Vérification non exécutée, telle qu'elle figure dans `resume.nonExecutees` de la sortie `--json`
 * de `opco controle` : une seule fois pour l'exécution, avec le nombre de contrats concernés.
 * `disponibilite: "indisponible"` : la partie ne s'exécute pour aucun contrat ; `"extrait"` : la
 * source est un échantillon, la partie ne s'exécute que pour les contrats qu'il couvre.
 *
 * @example
 * ```ts
 * const n: NonExecuteeResume = {
 *   regle: "prepaiement.siret.actif", partie: "activité de l'établissement employeur", disponibilite: "indisponible",
 *   raison: "API Entreprise : API Entreprise / Recherche d'entreprises en ligne uniquement", contrats: 489,
 * };
 * ```
 */
export interface NonExecuteeResume {
  readonly regle: string;
  readonly partie: string;
  readonly disponibilite: "indisponible" | "extrait";
  readonly raison: string;
  /** Contrats (lisibles) pour lesquels la partie n'a pas été exécutée. */
  readonly contrats: number;
}

/** Les 12 vérifications avant paiement, non demandées avec `--referentiel aucun`. */
const AUCUN: Omit<VerificationNonExecutee, "regle">[] = [
  {
    partie: "les 12 vérifications avant paiement (prepaiement.*)",
    entiere: true,
    disponibilite: "indisponible",
    source: "référentiels",
    raison: "vérifications avant paiement non demandées (--referentiel aucun)",
    concerne: () => false,
  },
];

/**
 * Rapport, **au niveau de l'exécution**, des vérifications que le référentiel choisi ne peut pas
 * exécuter (liste connue avant le premier contrat : `verificationsNonExecutables` de
 * `@communs-opco/referentiels`, d'après les capacités déclarées). Pour chaque enregistrement, les
 * constats indéterminés qui tiennent à ces limites sont retirés de ses constats (ils ne disent rien
 * du contrat) et comptés ici ; le statut est recalculé : `conforme_verifications_executees` au lieu
 * de `indetermine` quand rien d'autre ne manque. Mémoire bornée par le nombre de vérifications.
 *
 * @example
 * ```ts
 * const nonExecutees = new VerificationsNonExecutees(prepaiement?.nonExecutables(opco));
 * const resultat = nonExecutees.classer(await prepaiement.controler(enregistrement, { dateEvaluation }));
 * nonExecutees.resume(); // [{ regle: "prepaiement.siret.actif", partie: "activité de l'établissement employeur", contrats: 489, … }]
 * ```
 */
export class VerificationsNonExecutees {
  readonly #liste: readonly VerificationNonExecutee[];
  readonly #contrats: number[];
  /** Rangs dans la liste des vérifications de chaque règle : un constat n'est confronté qu'à celles de sa règle. */
  readonly #parRegle = new Map<string, number[]>();
  /** Passage (enregistrement classé) qui a compté chaque vérification en dernier. */
  readonly #marques: number[];
  #passage = 0;
  /** Vérifications avant paiement non demandées (`--referentiel aucun`). */
  readonly aucune: boolean;

  /** `liste` : celle des ports de l'exécution ; `undefined` : vérifications avant paiement non demandées (`--referentiel aucun`). */
  constructor(liste: readonly VerificationNonExecutee[] | undefined) {
    this.aucune = liste === undefined;
    this.#liste = liste ?? AUCUN.map((v) => ({ ...v, regle: "prepaiement.*" }));
    this.#contrats = this.#liste.map(() => 0);
    this.#marques = this.#liste.map(() => 0);
    this.#liste.forEach((v, j) => {
      const rangs = this.#parRegle.get(v.regle);
      if (rangs === undefined) this.#parRegle.set(v.regle, [j]);
      else rangs.push(j);
    });
  }

  /**
   * Retire d'un résultat les constats qui tiennent aux limites de l'exécution, note les
   * vérifications concernées (`nonExecutees`) et recalcule le statut. Un illisible est rendu tel quel.
   */
  classer(resultat: ResultatControle): ResultatControle {
    if (resultat.statut === "illisible") return resultat;
    // Liste des règles et copie des constats créées seulement au premier constat concerné : un
    // enregistrement sans vérification non exécutée ne coûte aucune allocation.
    let regles: string[] | undefined;
    let gardes: Constat[] | undefined;
    // Vérifications touchées par cet enregistrement, comptées une fois chacune (marque du passage, sans ensemble).
    const passage = ++this.#passage;
    const { constats } = resultat;
    for (let k = 0; k < constats.length; k++) {
      const c = constats[k] as Constat;
      // Première vérification de la liste qui reconnaît le constat : seules celles de sa règle le peuvent (`concerne`).
      let i = -1;
      const rangs = this.#parRegle.get(c.regle);
      if (rangs !== undefined) {
        for (const j of rangs) {
          if ((this.#liste[j] as VerificationNonExecutee).concerne(c)) {
            i = j;
            break;
          }
        }
      }
      if (i < 0) gardes?.push(c);
      else {
        gardes ??= constats.slice(0, k);
        if (this.#marques[i] !== passage) {
          this.#marques[i] = passage;
          this.#contrats[i] = (this.#contrats[i] ?? 0) + 1;
        }
        regles ??= [];
        if (!regles.includes(c.regle)) regles.push(c.regle);
      }
    }
    if (this.aucune) {
      this.#contrats[0] = (this.#contrats[0] ?? 0) + 1;
      (regles ??= []).push("prepaiement.*");
    }
    if (regles === undefined || regles.length === 0) return resultat;
    const restants = gardes ?? [...constats];
    return { ...resultat, constats: restants, statut: statutEnregistrement(restants, true), nonExecutees: regles };
  }

  /**
   * Ajoute les contrats comptés ailleurs (par un fil de calcul, sur la même liste), dans l'ordre de
   * {@link VerificationsNonExecutees.resume}.
   */
  ajouterDecomptes(contrats: readonly number[]): void {
    for (let i = 0; i < this.#contrats.length; i++) this.#contrats[i] = (this.#contrats[i] ?? 0) + (contrats[i] ?? 0);
  }

  /** Liste de l'exécution, dans l'ordre déclaré, avec le nombre de contrats concernés. */
  resume(): NonExecuteeResume[] {
    return this.#liste.map((v, i) => ({ regle: v.regle, partie: v.partie, disponibilite: v.disponibilite, raison: v.raison, contrats: this.#contrats[i] ?? 0 }));
  }

  /**
   * Ce qui mérite d'être dit au lecteur : les parties indisponibles pour toute l'exécution, et les
   * extraits qui ont effectivement manqué à au moins un contrat.
   */
  aSignaler(): NonExecuteeResume[] {
    return this.resume().filter((v) => v.disponibilite === "indisponible" || v.contrats > 0);
  }
}
