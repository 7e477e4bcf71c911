/**
 * Conversion d'un champ texte du formulaire CERFA vers le standard (et retour) :
 * - `texte` : texte tel quel (espaces de bord retirés à la lecture) ;
 * - `code` : code d'une table du CERFA (ex. « 11 »), écrit tel quel ;
 * - `date` : `jj/mm/aaaa` sur le formulaire, `AAAA-MM-JJ` dans le standard ;
 * - `montant` : nombre décimal écrit avec une virgule (« 477,07 ») ;
 * - `entier` : nombre entier ;
 * - `rncp` : code RNCP écrit sans le préfixe « RNCP » (ajouté à la lecture) ;
 * - `marque` : booléen porté par un petit champ texte (« X » si vrai, vide sinon).
 *
 * @example
 * ```ts
 * const conversion: ConversionCerfa = "date";
 * ```
 */
export type ConversionCerfa = "texte" | "code" | "date" | "montant" | "entier" | "rncp" | "marque";

/**
 * Partie d'une adresse électronique répartie sur plusieurs champs du formulaire : partie
 * locale (avant « @ »), domaine, puis « suite » du domaine quand le champ est trop court.
 *
 * @example
 * ```ts
 * const partie: PartieCourriel = "domaine";
 * ```
 */
export type PartieCourriel = "local" | "domaine" | "suite";

/**
 * Propriété d'une ligne de rémunération portée par le formulaire (du, au, %, SMIC/SMC).
 *
 * @example
 * ```ts
 * const propriete: ProprieteRemuneration = "taux";
 * ```
 */
export type ProprieteRemuneration = "dateDebut" | "dateFin" | "taux" | "typeSalaire";

/**
 * Correspondance d'un champ AcroForm du CERFA FA13 avec le contrat standard. La nature
 * dit comment le champ est lu et écrit :
 * - `texte` : un champ texte ↔ un chemin pointé du standard, avec sa conversion ;
 * - `case` : une case à cocher, cochée quand la valeur du chemin vaut `valeurCochee`
 *   (les paires OUI/NON, F/M, privé/public sont deux entrées sur le même chemin) ;
 * - `numeroVoie` : le champ « N° » d'une adresse, qui porte le numéro suivi de l'indice
 *   de répétition (« 12 B ») ; `chemin` désigne l'objet adresse ;
 * - `courriel` : une partie d'adresse électronique coupée à « @ » (partie locale,
 *   domaine, puis « suite » du domaine pour les champs trop courts des maîtres) ;
 * - `remuneration` : une case du tableau des rémunérations (lignes 1.1 … 4.2).
 *
 * @example
 * ```ts
 * const champ: ChampCerfa = { champ: "Code RNCP", nature: "texte", chemin: "formation.rncp", conversion: "rncp" };
 * ```
 */
export type ChampCerfa =
  | { readonly champ: string; readonly nature: "texte"; readonly chemin: string; readonly conversion: ConversionCerfa }
  | { readonly champ: string; readonly nature: "case"; readonly chemin: string; readonly valeurCochee: string | boolean }
  | { readonly champ: string; readonly nature: "numeroVoie"; readonly chemin: string }
  | {
      readonly champ: string;
      readonly nature: "courriel";
      readonly chemin: string;
      readonly partie: PartieCourriel;
      /** Nombre maximal de caractères écrits dans ce champ avant de passer au champ « suite ». */
      readonly longueurMax?: number;
    }
  | { readonly champ: string; readonly nature: "remuneration"; readonly ordre: string; readonly propriete: ProprieteRemuneration };
