/**
 * Flux où la progression s'affiche (en pratique `process.stderr`) : seul un terminal (`isTTY`)
 * la reçoit ; `columns` borne la largeur de la ligne.
 *
 * @example
 * ```ts
 * const flux: FluxProgression = { isTTY: process.stderr.isTTY, columns: process.stderr.columns, write: (t) => process.stderr.write(t) };
 * ```
 */
export interface FluxProgression {
  readonly isTTY?: boolean | undefined;
  readonly columns?: number | undefined;
  write(texte: string): unknown;
}

/**
 * Options d'une {@link Progression}.
 *
 * @example
 * ```ts
 * const o: OptionsProgression = { flux: process.stderr, libelle: "Contrôle", total: 20_000 };
 * ```
 */
export interface OptionsProgression {
  flux: FluxProgression;
  /** Nom de l'étape affiché en tête de ligne (« Contrôle », « Index du lot »…). */
  libelle: string;
  /** Nombre total d'enregistrements attendus, s'il est connu : donne le pourcentage et le temps restant. */
  total?: number;
  /** Faux pour ne rien afficher (option `--silencieux`). Par défaut vrai. */
  actif?: boolean;
  /** Intervalle minimal entre deux affichages, en millisecondes (par défaut 100 : 10 fois par seconde au plus). */
  intervalleMs?: number;
  /** Horloge en millisecondes (par défaut `Date.now`). */
  horloge?: () => number;
}

/** Entier arrondi, milliers séparés par une espace simple (lisible dans tout terminal). */
function entier(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}

/** Durée lisible (« 45 s », « 3 min 05 s », « 1 h 02 min »). */
function duree(secondes: number): string {
  const s = Math.max(0, Math.round(secondes));
  if (s < 60) return `${String(s)} s`;
  if (s < 3600) return `${String(Math.floor(s / 60))} min ${String(s % 60).padStart(2, "0")} s`;
  return `${String(Math.floor(s / 3600))} h ${String(Math.floor((s % 3600) / 60)).padStart(2, "0")} min`;
}

/**
 * Progression d'une commande longue sur la sortie d'erreur d'un terminal : enregistrements lus,
 * débit (enregistrements par seconde) et, quand le total est connu, pourcentage et temps restant
 * estimé. La ligne est réécrite sur place, **10 fois par seconde au plus** ; rien n'est écrit si
 * le flux n'est pas un terminal (sortie redirigée, intégration continue) ni si elle est désactivée
 * (`--silencieux`). {@link Progression.terminer} efface la ligne avant le résumé.
 *
 * @example
 * ```ts
 * const progression = new Progression({ flux: process.stderr, libelle: "Contrôle", total: 20_000 });
 * for (const contrat of contrats) { controler(contrat); progression.avancer(1); }
 * progression.terminer();
 * ```
 */
export class Progression {
  readonly #flux: FluxProgression;
  readonly #libelle: string;
  readonly #total: number | undefined;
  readonly #actif: boolean;
  readonly #intervalleMs: number;
  readonly #horloge: () => number;
  #debut: number | undefined;
  #dernierAffichage = Number.NEGATIVE_INFINITY;
  #affichee = false;
  #lus = 0;

  constructor(options: OptionsProgression) {
    this.#flux = options.flux;
    this.#libelle = options.libelle;
    this.#total = options.total !== undefined && options.total > 0 ? options.total : undefined;
    this.#actif = options.actif !== false && options.flux.isTTY === true;
    this.#intervalleMs = options.intervalleMs ?? 100;
    this.#horloge = options.horloge ?? (() => Date.now());
  }

  /** Vrai si la progression s'affiche (terminal, non désactivée). */
  get active(): boolean {
    return this.#actif;
  }

  /** Enregistrements comptés jusqu'ici. */
  get lus(): number {
    return this.#lus;
  }

  /** Compte `n` enregistrements de plus ; réaffiche la ligne si l'intervalle minimal est écoulé. */
  avancer(n = 1): void {
    this.#lus += n;
    if (!this.#actif) return;
    const maintenant = this.#horloge();
    this.#debut ??= maintenant;
    if (maintenant - this.#dernierAffichage < this.#intervalleMs) return;
    this.#dernierAffichage = maintenant;
    this.#afficher(maintenant);
  }

  /** Texte de la ligne de progression à l'instant `maintenant`. */
  #ligne(maintenant: number): string {
    const ecoule = (maintenant - (this.#debut ?? maintenant)) / 1000;
    const parSeconde = ecoule > 0 ? this.#lus / ecoule : undefined;
    const morceaux = [`${this.#libelle} : ${entier(this.#lus)}${this.#total === undefined ? "" : ` / ${entier(this.#total)}`} enregistrement(s) lu(s)`];
    if (parSeconde !== undefined) morceaux.push(`${entier(parSeconde)}/s`);
    if (this.#total !== undefined) {
      morceaux.push(`${String(Math.min(100, Math.floor((this.#lus / this.#total) * 100)))} %`);
      if (parSeconde !== undefined && parSeconde > 0) morceaux.push(`reste ~${duree(Math.max(0, this.#total - this.#lus) / parSeconde)}`);
    }
    const texte = morceaux.join(" · ");
    const largeur = this.#flux.columns !== undefined && this.#flux.columns > 1 ? this.#flux.columns - 1 : undefined;
    return largeur === undefined ? texte : texte.slice(0, largeur);
  }

  #afficher(maintenant: number): void {
    // \r : retour en début de ligne ; ESC [2K : efface la ligne (la progression se réécrit sur place).
    this.#flux.write(`\r\u001b[2K${this.#ligne(maintenant)}`);
    this.#affichee = true;
  }

  /** Efface la ligne de progression (avant d'écrire le résumé) ; sans effet si rien n'a été affiché. */
  terminer(): void {
    if (!this.#affichee) return;
    this.#flux.write("\r\u001b[2K");
    this.#affichee = false;
  }
}
