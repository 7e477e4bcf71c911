import { accesseursContrat } from "./generated/accesseursContrat";
import { estDateIso } from "./dates/estDateIso";
import type { ConstatRegle } from "./Regle";

/**
 * Lecteur de chaque chemin déjà lu (une seule recherche par lecture) : accesseur généré au build
 * pour un chemin du contrat standard (accès de propriétés fixes), sinon lecture clé par clé du
 * chemin découpé une fois. Borné : au-delà, un chemin nouveau est lu sans être retenu.
 */
const lecteurs = new Map<string, (racine: unknown) => unknown>(accesseursContrat);
const LECTEURS_MAX = 50_000;

function lectureCleParCle(cles: readonly string[]): (racine: unknown) => unknown {
  return (racine) => {
    let courant = racine;
    for (const cle of cles) {
      if (courant === null || typeof courant !== "object") return undefined;
      courant = (courant as Record<string, unknown>)[cle];
    }
    return courant;
  };
}

/**
 * Lit la valeur d'un chemin pointé (`apprenti.adresse.codePostal`) dans un objet, sans jamais
 * lever ; `undefined` si un maillon manque ou n'est pas un objet.
 *
 * @example
 * ```ts
 * valeurAuChemin({ a: { b: 1 } }, "a.b"); // 1
 * valeurAuChemin({ a: null }, "a.b"); // undefined
 * ```
 */
export function valeurAuChemin(objet: unknown, chemin: string): unknown {
  let lecteur = lecteurs.get(chemin);
  if (lecteur === undefined) {
    lecteur = lectureCleParCle(chemin.split("."));
    if (lecteurs.size < LECTEURS_MAX) lecteurs.set(chemin, lecteur);
  }
  return lecteur(objet);
}

/**
 * Une valeur est-elle renseignée ? `undefined`, `null`, une chaîne vide ou faite d'espaces, et un
 * tableau vide ne le sont pas.
 *
 * @example
 * ```ts
 * estRenseigne("  "); // false
 * estRenseigne(false); // true
 * ```
 */
export function estRenseigne(valeur: unknown): boolean {
  if (valeur === undefined || valeur === null) return false;
  if (typeof valeur === "string") {
    // Premier caractère ASCII imprimable hors espace : renseigné sans rogner (aucune allocation).
    const c = valeur.charCodeAt(0);
    return (c > 32 && c < 127) || valeur.trim() !== "";
  }
  if (Array.isArray(valeur)) return valeur.length > 0;
  return true;
}

/**
 * Lecture typée et tracée des champs d'une entrée par une règle : chaque lecteur renvoie la valeur
 * au bon type ou `undefined`, et retient les chemins absents ou mal formés pour produire un
 * constat `indetermine` qui les nomme.
 *
 * @example
 * ```ts
 * const l = new Lecture(contrat);
 * const debut = l.date("contrat.dateDebutContrat");
 * const fin = l.date("contrat.dateFinContrat");
 * if (debut === undefined || fin === undefined) return [l.indetermine()];
 * ```
 */
export class Lecture {
  /** Chemins absents. */
  readonly absents: string[] = [];
  /** Chemins présents mais mal formés. */
  readonly invalides: string[] = [];

  constructor(private readonly entree: unknown) {}

  /** Valeur brute (sans contrôle de type ni trace). */
  brut(chemin: string): unknown {
    return valeurAuChemin(this.entree, chemin);
  }

  /** Le champ est-il renseigné ? (sans trace) */
  renseigne(chemin: string): boolean {
    return estRenseigne(this.brut(chemin));
  }

  /** Date `AAAA-MM-JJ` valide. */
  date(chemin: string): string | undefined {
    return this.lire(chemin, (v) => (estDateIso(v) ? v : undefined));
  }

  /** Texte non vide, sans espaces autour. Un nombre est lu comme texte (codes numériques). */
  texte(chemin: string): string | undefined {
    return this.lire(chemin, (v) => {
      if (typeof v === "string") return v.trim();
      if (typeof v === "number" && Number.isFinite(v)) return String(v);
      return undefined;
    });
  }

  /** Booléen. */
  booleen(chemin: string): boolean | undefined {
    return this.lire(chemin, (v) => (typeof v === "boolean" ? v : undefined));
  }

  /** Nombre fini. */
  nombre(chemin: string): number | undefined {
    return this.lire(chemin, (v) => (typeof v === "number" && Number.isFinite(v) ? v : undefined));
  }

  /** Booléen facultatif : absent vaut `false` (case non cochée), sans être compté comme manquant. */
  coche(chemin: string): boolean {
    const v = this.brut(chemin);
    if (!estRenseigne(v)) return false;
    if (typeof v === "boolean") return v;
    this.invalides.push(chemin);
    return false;
  }

  /** Chemins manquants ou invalides lus jusqu'ici. */
  manquants(): string[] {
    return [...new Set([...this.absents, ...this.invalides])];
  }

  /** Constat `indetermine` nommant les données manquantes ou mal formées. */
  indetermine(message?: string): ConstatRegle {
    const manquants = this.manquants();
    const texte =
      message ??
      `Vérification impossible : ${manquants.length > 1 ? "données manquantes ou invalides" : "donnée manquante ou invalide"} (${manquants.join(", ")}).`;
    return { statut: "indetermine", message: texte, manquants, details: { absents: [...this.absents], invalides: [...this.invalides] } };
  }

  private lire<T>(chemin: string, convertir: (v: unknown) => T | undefined): T | undefined {
    const v = this.brut(chemin);
    if (!estRenseigne(v)) {
      this.absents.push(chemin);
      return undefined;
    }
    const t = convertir(v);
    if (t === undefined) this.invalides.push(chemin);
    return t;
  }
}
