/**
 * Enregistrement lu par {@link AnalyseurCsv} : ses champs, ou la raison qui le rend illisible
 * (champ ou enregistrement trop long, guillemet jamais fermé), avec le numéro de la ligne physique
 * où il commence (1 = première ligne).
 *
 * @example
 * ```ts
 * const e: EnregistrementCsvLu = { ligne: 2, champs: ["DUPUIS", "Gaston"] };
 * const i: EnregistrementCsvLu = { ligne: 3, erreur: "champ de plus de 1048576 caractères : enregistrement illisible" };
 * ```
 */
export type EnregistrementCsvLu = { readonly ligne: number; readonly champs: string[] } | { readonly ligne: number; readonly erreur: string };

/**
 * Options de {@link AnalyseurCsv}.
 *
 * @example
 * ```ts
 * const o: OptionsAnalyseurCsv = { separateur: "|", guillemets: false, tailleMaxChamp: 65_536 };
 * ```
 */
export interface OptionsAnalyseurCsv {
  /** Séparateur de champs (un caractère). @default ";" */
  readonly separateur?: string;
  /**
   * Guillemets RFC 4180 (champ entre `"`, `""` pour un guillemet, sauts de ligne permis dans un
   * champ cité). `false` pour les formats sans guillemets (export BCN, sortie psql `|`). @default true
   */
  readonly guillemets?: boolean;
  /** Longueur maximale d'un champ, en caractères. @default 1048576 (1 Mi) */
  readonly tailleMaxChamp?: number;
  /** Longueur maximale d'un enregistrement (champs et séparateurs), en caractères. @default 8388608 (8 Mi) */
  readonly tailleMaxEnregistrement?: number;
  /** Rendre les lignes vides (`champs: []`) au lieu de les sauter. @default true */
  readonly lignesVides?: boolean;
}

/**
 * Limites par défaut d'un champ et d'un enregistrement CSV, en caractères.
 *
 * @example
 * ```ts
 * LIMITES_CSV.tailleMaxChamp; // 1048576
 * ```
 */
export const LIMITES_CSV = { tailleMaxChamp: 1_048_576, tailleMaxEnregistrement: 8_388_608 } as const;

const GUILLEMET = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Analyseur CSV en flux, unique pour tous les formats CSV et à séparateur (`;`, `,`, tabulation,
 * `|`) : on lui pousse des blocs de texte de taille quelconque, il rend les enregistrements
 * complets. Fins de ligne LF, CRLF ou CR seul ; BOM retiré ; guillemets RFC 4180 au choix.
 * Mémoire bornée : un champ ou un enregistrement plus long que sa limite n'est pas conservé —
 * l'enregistrement est rendu illisible avec la raison, la lecture reprend au suivant. Les champs
 * sont copiés par tranches, jamais caractère par caractère. Ne lève jamais d'exception.
 *
 * @example
 * ```ts
 * const a = new AnalyseurCsv({ separateur: ";" });
 * a.pousser('nom;prenom\r"DUPUIS";"Gas""ton"\n'); // [{ ligne: 1, champs: ["nom", "prenom"] }, { ligne: 2, champs: ["DUPUIS", 'Gas"ton'] }]
 * a.terminer(); // []
 * ```
 */
export class AnalyseurCsv {
  readonly #guillemets: boolean;
  readonly #tailleMaxChamp: number;
  readonly #tailleMaxEnregistrement: number;
  readonly #lignesVides: boolean;
  /** Caractères spéciaux hors guillemets : séparateur, fins de ligne et, s'ils sont actifs, guillemets. */
  readonly #speciaux: RegExp;
  #champs: string[] = [];
  #champ = "";
  #tailleEnregistrement = 0;
  #dansGuillemets = false;
  #guillemetPrecedent = false;
  #contenu = false;
  #ligne = 1;
  #debut = 1;
  #debutCitation = 1;
  #depassement: string | null = null;
  #crEnAttente = false;
  #premier = true;

  constructor(options: OptionsAnalyseurCsv = {}) {
    this.#guillemets = options.guillemets ?? true;
    this.#tailleMaxChamp = options.tailleMaxChamp ?? LIMITES_CSV.tailleMaxChamp;
    this.#tailleMaxEnregistrement = options.tailleMaxEnregistrement ?? LIMITES_CSV.tailleMaxEnregistrement;
    this.#lignesVides = options.lignesVides ?? true;
    const separateur = (options.separateur ?? ";").charAt(0).replace(/[\\\]^-]/gu, "\\$&");
    this.#speciaux = new RegExp(`[${separateur}\\n\\r${this.#guillemets ? '"' : ""}]`, "gu");
  }

  /** Analyse un bloc de texte ; rend les enregistrements terminés dans ce bloc. */
  pousser(bloc: string): EnregistrementCsvLu[] {
    const sortie: EnregistrementCsvLu[] = [];
    const n = bloc.length;
    let i = 0;
    if (this.#premier && n > 0) {
      this.#premier = false;
      if (bloc.charCodeAt(0) === 0xfeff) i = 1;
    }
    if (this.#crEnAttente && n > 0) {
      this.#crEnAttente = false;
      if (bloc.charCodeAt(i) === LF) i += 1;
    }
    let segment = i;
    while (i < n) {
      if (this.#dansGuillemets) {
        // champ cité : jusqu'au prochain guillemet, en comptant les lignes physiques
        const j = bloc.indexOf('"', i);
        const fin = j === -1 ? n : j;
        for (let k = bloc.indexOf("\n", i); k !== -1 && k < fin; k = bloc.indexOf("\n", k + 1)) this.#ligne += 1;
        if (j === -1) break;
        this.#ajouter(bloc, segment, j);
        segment = j + 1;
        this.#dansGuillemets = false;
        this.#guillemetPrecedent = true;
        i = j + 1;
        continue;
      }
      // hors guillemets : saut natif jusqu'au prochain caractère spécial (séparateur, guillemet, fin de ligne)
      this.#speciaux.lastIndex = i;
      const m = this.#speciaux.exec(bloc);
      const j = m === null ? n : m.index;
      if (j > i) {
        this.#contenu = true;
        this.#guillemetPrecedent = false;
      }
      if (m === null) break;
      i = j;
      const c = bloc.charCodeAt(i);
      if (c === GUILLEMET) {
        this.#ajouter(bloc, segment, i);
        segment = i + 1;
        if (this.#guillemetPrecedent) {
          this.#ajouter('"', 0, 1);
          this.#dansGuillemets = true;
        } else if (this.#champ === "" && this.#depassement === null) {
          this.#dansGuillemets = true;
          this.#debutCitation = this.#ligne;
        } else this.#ajouter('"', 0, 1);
        this.#guillemetPrecedent = false;
        this.#contenu = true;
      } else if (c === LF || c === CR) {
        this.#guillemetPrecedent = false;
        this.#ajouter(bloc, segment, i);
        this.#finEnregistrement(sortie);
        if (c === CR) {
          if (i + 1 < n) {
            if (bloc.charCodeAt(i + 1) === LF) i += 1;
          } else this.#crEnAttente = true;
        }
        this.#ligne += 1;
        this.#debut = this.#ligne;
        segment = i + 1;
      } else {
        this.#guillemetPrecedent = false;
        this.#ajouter(bloc, segment, i);
        segment = i + 1;
        this.#finChamp(true);
        this.#contenu = true;
      }
      i += 1;
    }
    this.#ajouter(bloc, segment, n);
    return sortie;
  }

  /** Fin du texte : rend le dernier enregistrement (ou l'erreur d'un guillemet jamais fermé). */
  terminer(): EnregistrementCsvLu[] {
    const sortie: EnregistrementCsvLu[] = [];
    if (this.#dansGuillemets) {
      sortie.push({ ligne: this.#debut, erreur: `Guillemet ouvert ligne ${String(this.#debutCitation)} et jamais fermé : la fin du fichier est tronquée.` });
    } else if (this.#contenu || this.#champ !== "" || this.#champs.length > 0 || this.#depassement !== null) this.#finEnregistrement(sortie);
    this.#champs = [];
    this.#champ = "";
    this.#dansGuillemets = false;
    this.#contenu = false;
    this.#depassement = null;
    return sortie;
  }

  #ajouter(texte: string, debut: number, fin: number): void {
    if (fin <= debut || this.#depassement !== null) return;
    const longueur = fin - debut;
    if (this.#champ.length + longueur > this.#tailleMaxChamp) {
      this.#depasser(`champ de plus de ${String(this.#tailleMaxChamp)} caractères`);
    } else if (this.#tailleEnregistrement + this.#champ.length + longueur > this.#tailleMaxEnregistrement) {
      this.#depasser(`enregistrement de plus de ${String(this.#tailleMaxEnregistrement)} caractères`);
    } else this.#champ += debut === 0 && fin === texte.length ? texte : texte.slice(debut, fin);
  }

  #depasser(raison: string): void {
    this.#depassement = `${raison} : enregistrement illisible, la lecture reprend à l'enregistrement suivant`;
    this.#champ = "";
    this.#champs = [];
  }

  #finChamp(suiviDUnSeparateur: boolean): void {
    if (this.#depassement === null) {
      this.#tailleEnregistrement += this.#champ.length + (suiviDUnSeparateur ? 1 : 0);
      if (this.#tailleEnregistrement > this.#tailleMaxEnregistrement) this.#depasser(`enregistrement de plus de ${String(this.#tailleMaxEnregistrement)} caractères`);
      else this.#champs.push(this.#champ);
    }
    this.#champ = "";
  }

  #finEnregistrement(sortie: EnregistrementCsvLu[]): void {
    this.#finChamp(false);
    if (this.#depassement !== null) sortie.push({ ligne: this.#debut, erreur: this.#depassement });
    else if (this.#contenu) sortie.push({ ligne: this.#debut, champs: this.#champs });
    else if (this.#lignesVides) sortie.push({ ligne: this.#debut, champs: [] });
    this.#champs = [];
    this.#tailleEnregistrement = 0;
    this.#contenu = false;
    this.#depassement = null;
    this.#guillemetPrecedent = false;
  }
}
