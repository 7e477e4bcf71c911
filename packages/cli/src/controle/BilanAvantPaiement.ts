import type { Constat, Explication } from "@communs-opco/regles";

/**
 * Décompte d'une vérification avant paiement sur l'ensemble des enregistrements contrôlés :
 * prouvée conforme, non conforme, ou indéterminée (et, dans ce cas, la source manquante la plus
 * fréquente).
 *
 * @example
 * ```ts
 * const v: DecompteVerification = {
 *   regle: "prepaiement.siret.actif", titre: "SIRET actif", conformes: 0, nonConformes: 0, nonConformesAvertissement: 0, indetermines: 489, nonExecutees: 0, sansObjet: 0,
 *   sourceManquante: { libelle: "API Entreprise (en ligne)", enregistrements: 489 },
 * };
 * ```
 */
export interface DecompteVerification {
  readonly regle: string;
  readonly titre: string;
  readonly conformes: number;
  readonly nonConformes: number;
  /** Parmi les non conformes, ceux dont les écarts ne sont que des avertissements. */
  readonly nonConformesAvertissement: number;
  readonly indetermines: number;
  /** Enregistrements où la vérification n'a pas été exécutée, en tout ou partie, faute de source dans l'exécution (et rien d'autre relevé). */
  readonly nonExecutees: number;
  /** Enregistrements où la vérification est sans objet (règle non applicable, p. ex. habilitation d'un diplôme d'État). */
  readonly sansObjet: number;
  /** Source (ou donnée) manquante la plus fréquente parmi les indéterminés, `undefined` s'il n'y en a pas. */
  readonly sourceManquante?: { readonly libelle: string; readonly enregistrements: number };
}

/** Libellé lisible d'une entrée `manquants` d'un constat indéterminé. */
function libelleManquant(manquant: string): string {
  if (manquant === "opcoPayeur") return "OPCO payeur (option --opco)";
  if (manquant === "ports.formations") return "catalogue des formations (API Apprentissage, en ligne)";
  if (manquant.startsWith("ports.formations:")) return `catalogue des formations (${manquant.slice("ports.formations:".length)})`;
  if (manquant.startsWith("ports.referentiel:")) {
    const source = manquant.slice("ports.referentiel:".length);
    return source === "API Entreprise" || source === "SIRO (France compétences)" ? `${source} (en ligne)` : source;
  }
  if (manquant.startsWith("ports.")) return `source ${manquant.slice("ports.".length)}`;
  return `${manquant} (absent, invalide ou introuvable)`;
}

/**
 * Accumule, pour chacune des vérifications avant paiement (`prepaiement.*`), le nombre
 * d'enregistrements où elle est prouvée conforme, non conforme ou indéterminée, et la source qui
 * manque le plus souvent pour conclure : ce qu'un OPCO a pu prouver hors ligne, et ce qui reste à
 * vérifier. Mémoire bornée par le nombre de vérifications et de sources distinctes.
 *
 * Une vérification est **non conforme** pour un enregistrement si l'un de ses constats l'est (quelle
 * que soit sa gravité), sinon **indéterminée** si l'un de ses constats l'est, sinon **conforme**
 * (aucun constat) : la même logique que le statut de l'enregistrement.
 *
 * @example
 * ```ts
 * const bilan = new BilanAvantPaiement(registrePrepaiement().regles);
 * bilan.ajouter(resultat.constats); // pour chaque enregistrement lisible
 * bilan.decomptes(); // [{ regle: "prepaiement.identifiants.syntaxe", conformes: 480, … }, …]
 * ```
 */
export class BilanAvantPaiement {
  private readonly parRegle = new Map<string, { titre: string; conformes: number; nonConformes: number; nonConformesAvertissement: number; indetermines: number; nonExecutees: number; sansObjet: number; manquants: Map<string, number> }>();
  private enregistrementsVus = 0;

  constructor(regles: readonly { readonly id: string; readonly titre: string }[]) {
    for (const r of regles) this.parRegle.set(r.id, { titre: r.titre, conformes: 0, nonConformes: 0, nonConformesAvertissement: 0, indetermines: 0, nonExecutees: 0, sansObjet: 0, manquants: new Map() });
  }

  /** Nombre d'enregistrements évalués (lisibles). */
  get enregistrements(): number {
    return this.enregistrementsVus;
  }

  /**
   * Ajoute les constats d'un enregistrement évalué (les constats d'autres règles sont ignorés) ;
   * avec les explications du moteur (mode explication), une règle non applicable compte « sans
   * objet » et non « conforme » ; une règle de `nonExecutees` (non exécutée pour cet enregistrement,
   * en tout ou partie, faute de source) compte « non exécutée » et non « conforme ».
   */
  ajouter(constats: readonly Pick<Constat, "regle" | "statut" | "severite" | "manquants">[], explications?: readonly Pick<Explication, "regle" | "statut">[], nonExecutees: readonly string[] = []): void {
    const nonApplicables = new Set((explications ?? []).filter((e) => e.statut === "non_applicable").map((e) => e.regle));
    this.enregistrementsVus++;
    const parRegle = new Map<string, Pick<Constat, "regle" | "statut" | "severite" | "manquants">[]>();
    for (const c of constats) {
      if (!this.parRegle.has(c.regle)) continue;
      const liste = parRegle.get(c.regle);
      if (liste === undefined) parRegle.set(c.regle, [c]);
      else liste.push(c);
    }
    for (const [regle, compteur] of this.parRegle) {
      const siens = parRegle.get(regle) ?? [];
      const ecarts = siens.filter((c) => c.statut === "non_conforme");
      if (ecarts.length > 0) {
        compteur.nonConformes++;
        if (ecarts.every((c) => c.severite === "avertissement")) compteur.nonConformesAvertissement++;
      } else if (siens.length > 0) {
        compteur.indetermines++;
        const sources = new Set(siens.flatMap((c) => c.manquants ?? []).map(libelleManquant));
        for (const s of sources) compteur.manquants.set(s, (compteur.manquants.get(s) ?? 0) + 1);
      } else if (nonExecutees.includes(regle)) compteur.nonExecutees++;
      else if (nonApplicables.has(regle)) compteur.sansObjet++;
      else compteur.conformes++;
    }
  }

  /** Décomptes par vérification, dans l'ordre du registre. */
  decomptes(): DecompteVerification[] {
    return [...this.parRegle].map(([regle, c]) => {
      const principale = [...c.manquants].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
      return {
        regle,
        titre: c.titre,
        conformes: c.conformes,
        nonConformes: c.nonConformes,
        nonConformesAvertissement: c.nonConformesAvertissement,
        indetermines: c.indetermines,
        nonExecutees: c.nonExecutees,
        sansObjet: c.sansObjet,
        ...(principale === undefined ? {} : { sourceManquante: { libelle: principale[0], enregistrements: principale[1] } }),
      };
    });
  }
}
