/**
 * Élément extrait d'un tableau JSON : son texte brut et la ligne où il commence, ou une erreur
 * de structure (élément tronqué, trop long, contenu après la fin du tableau).
 *
 * @example
 * ```ts
 * const e: ElementTableauJson = { texte: '{"a":1}', ligne: 2 };
 * ```
 */
export type ElementTableauJson = { readonly texte: string; readonly ligne: number } | { readonly erreur: string; readonly ligne: number };

const enum Etat {
  Avant,
  Entre,
  Element,
  Apres,
  Ignore,
}

const BLANCS = new Set([0x20, 0x09, 0x0a, 0x0d, 0xfeff]);

/**
 * Découpe **incrémentalement** un tableau JSON (`[ {…}, {…} ]`) en éléments, morceau par
 * morceau, en suivant les chaînes, les échappements et la profondeur : la mémoire utilisée ne
 * dépend que de la taille du plus grand élément (plafonnée par `tailleMax`), jamais de celle du
 * fichier. Un élément mal formé (p. ex. `{"a": }`) est rendu tel quel : c'est `JSON.parse` qui le
 * rejettera, et les éléments suivants sont quand même lus.
 *
 * Resynchronisation : un élément non terminé (accolade ou guillemet manquant) n'avale pas la suite
 * du fichier — dès qu'une ligne commence par `{` à une colonne inférieure ou égale à celle où il
 * avait commencé, il est rendu en erreur et un nouvel élément commence. Deux éléments sans
 * virgule entre eux (`{…}\n{…}`) sont rendus séparément, jamais fusionnés.
 *
 * @example
 * ```ts
 * const d = new DecoupeurTableauJson();
 * d.pousser('[{"a":1},\n{"b"');
 * d.pousser(':2}]'); // [{ texte: '{"b":2}', ligne: 2 }] (le premier élément a été rendu au premier appel)
 * d.terminer(); // []
 * ```
 */
export class DecoupeurTableauJson {
  private etat = Etat.Avant;
  private ligne = 1;
  private ligneElement = 1;
  private colonne = 0;
  private colonneElement = 0;
  /** Dans un élément ouvert, au début d'une ligne (seuls des blancs lus depuis le saut de ligne). */
  private debutLigne = false;
  /** L'élément en cours contient déjà une valeur complète (objet ou tableau refermé). */
  private valeurComplete = false;
  private profondeur = 0;
  private enChaine = false;
  private echappe = false;
  private morceaux: string[] = [];
  private taille = 0;
  private tropLong = false;

  /** @param tailleMax taille maximale d'un élément, en caractères (au-delà : élément illisible). */
  constructor(private readonly tailleMax = 16 * 1024 * 1024) {}

  /** Traite un morceau de texte ; renvoie les éléments terminés dans ce morceau. */
  pousser(morceau: string): ElementTableauJson[] {
    const sortie: ElementTableauJson[] = [];
    let debut = -1;
    for (let i = 0; i < morceau.length; i++) {
      const c = morceau.charCodeAt(i);
      switch (this.etat) {
        case Etat.Avant:
          if (BLANCS.has(c)) break;
          if (c === 0x5b /* [ */) this.etat = Etat.Entre;
          else {
            sortie.push({ erreur: "le fichier JSON doit contenir un objet ou un tableau d'objets", ligne: this.ligne });
            this.etat = Etat.Ignore;
          }
          break;
        case Etat.Entre:
          if (BLANCS.has(c) || c === 0x2c /* , */) break;
          if (c === 0x5d /* ] */) {
            this.etat = Etat.Apres;
            break;
          }
          this.etat = Etat.Element;
          this.ligneElement = this.ligne;
          this.colonneElement = this.colonne;
          this.debutLigne = false;
          this.valeurComplete = false;
          this.profondeur = 0;
          this.enChaine = false;
          this.echappe = false;
          this.morceaux = [];
          this.taille = 0;
          this.tropLong = false;
          debut = i;
          i--; // le caractère est traité par l'état Element
          continue;
        case Etat.Element:
          if (debut < 0) debut = i;
          if (this.debutLigne && c !== 0x20 && c !== 0x09 && c !== 0x0d) {
            this.debutLigne = false;
            if (c === 0x7b /* { */ && this.colonne <= this.colonneElement) {
              // Élément précédent non terminé : rendu en erreur, lecture reprise ici.
              sortie.push(this.abandonner());
              debut = -1;
              this.etat = Etat.Entre;
              i--;
              continue;
            }
          }
          if (!this.enChaine && this.valeurComplete && this.profondeur === 0 && (c === 0x7b || c === 0x5b)) {
            // Virgule manquante entre deux éléments : le premier est rendu, le second commence ici.
            sortie.push(this.fermer(morceau, debut, i));
            debut = -1;
            this.etat = Etat.Entre;
            i--;
            continue;
          }
          if (c === 0x0a && (this.enChaine || this.profondeur > 0)) this.debutLigne = true;
          if (this.enChaine) {
            if (this.echappe) this.echappe = false;
            else if (c === 0x5c /* \ */) this.echappe = true;
            else if (c === 0x22 /* " */) this.enChaine = false;
          } else if (c === 0x22) this.enChaine = true;
          else if (c === 0x7b /* { */ || c === 0x5b) this.profondeur++;
          else if (c === 0x7d /* } */ || c === 0x5d) {
            if (this.profondeur === 0) {
              // `]` final du tableau : l'élément (primitif) se termine ici.
              sortie.push(this.fermer(morceau, debut, i));
              debut = -1;
              this.etat = Etat.Apres;
            } else {
              this.profondeur--;
              if (this.profondeur === 0) this.valeurComplete = true;
            }
          } else if (c === 0x2c && this.profondeur === 0) {
            sortie.push(this.fermer(morceau, debut, i));
            debut = -1;
            this.etat = Etat.Entre;
          }
          break;
        case Etat.Apres:
          if (!BLANCS.has(c)) {
            sortie.push({ erreur: "contenu inattendu après la fin du tableau JSON", ligne: this.ligne });
            this.etat = Etat.Ignore;
          }
          break;
        case Etat.Ignore:
          break;
      }
      if (c === 0x0a) {
        this.ligne++;
        this.colonne = 0;
      } else this.colonne++;
    }
    if (this.etat === Etat.Element && debut >= 0) this.accumuler(morceau.slice(debut));
    return sortie;
  }

  /**
   * Fin du texte : un élément commencé et non terminé (tableau non fermé) est rendu tel quel ;
   * `JSON.parse` dira s'il est complet (seul le `]` final manquait) ou tronqué.
   */
  terminer(): ElementTableauJson[] {
    if (this.etat !== Etat.Element) return [];
    this.etat = Etat.Ignore;
    return [this.fermer("", 0, 0)];
  }

  /** Abandonne l'élément en cours (non terminé) : erreur localisée à sa première ligne. */
  private abandonner(): ElementTableauJson {
    this.morceaux = [];
    this.taille = 0;
    return { erreur: "élément JSON non terminé (accolade, crochet ou guillemet manquant) : lecture reprise à l'élément suivant", ligne: this.ligneElement };
  }

  private accumuler(texte: string): void {
    if (this.tropLong) return;
    this.taille += texte.length;
    if (this.taille > this.tailleMax) {
      this.tropLong = true;
      this.morceaux = [];
    } else this.morceaux.push(texte);
  }

  private fermer(morceau: string, debut: number, fin: number): ElementTableauJson {
    this.accumuler(morceau.slice(debut, fin));
    const ligne = this.ligneElement;
    if (this.tropLong) {
      this.morceaux = [];
      return { erreur: `élément trop long (plus de ${this.tailleMax} caractères)`, ligne };
    }
    const texte = this.morceaux.length === 1 ? (this.morceaux[0] ?? "") : this.morceaux.join("");
    this.morceaux = [];
    return { texte: texte.trimEnd(), ligne };
  }
}
