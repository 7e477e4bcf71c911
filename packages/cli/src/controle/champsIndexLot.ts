import { Lecture } from "@communs-opco/regles";

/**
 * Champs d'un contrat que l'index du lot retient, déjà lus au bon type : ce que la lecture du lot
 * (quelle qu'elle soit) remet à `IndexLot.ajouter`.
 *
 * @example
 * ```ts
 * const champs: ChampsIndexLot = { siret: "80123456700015", maitres: [{ nom: "Dupont", prenom: "Paul", dateNaissance: "1978-05-02" }], dateDebut: "2024-09-02", dateFin: "2026-08-31", typeContratApp: "11", noContrat: "069202409000001", numeroContratPrecedent: undefined };
 * ```
 */
export interface ChampsIndexLot {
  /** `employeur.siret`, brut. */
  readonly siret: unknown;
  /** `maitre1` puis `maitre2` : nom, prénom et date de naissance bruts (absents : `undefined`). */
  readonly maitres: readonly { readonly nom: unknown; readonly prenom: unknown; readonly dateNaissance: unknown }[];
  /** `contrat.dateDebutContrat` si c'est une date `AAAA-MM-JJ` qui existe. */
  readonly dateDebut: string | undefined;
  /** `contrat.dateRupture`, à défaut `contrat.dateFinContrat`, si c'est une date `AAAA-MM-JJ` qui existe. */
  readonly dateFin: string | undefined;
  /** Textes sans espaces autour (un nombre est lu comme texte). */
  readonly typeContratApp: string | undefined;
  readonly noContrat: string | undefined;
  readonly numeroContratPrecedent: string | undefined;
}

/**
 * Lit dans un contrat normalisé les champs que retient l'index du lot (voir {@link ChampsIndexLot}),
 * par les lecteurs typés des règles (`Lecture`).
 *
 * @example
 * ```ts
 * champsIndexLot({ contrat: { typeContratApp: " 21 ", numeroContratPrecedent: "069202209000111" } }).typeContratApp; // "21"
 * ```
 */
export function champsIndexLot(contrat: object): ChampsIndexLot {
  const l = new Lecture(contrat);
  return {
    siret: l.brut("employeur.siret"),
    maitres: [
      { nom: l.brut("maitre1.nom"), prenom: l.brut("maitre1.prenom"), dateNaissance: l.brut("maitre1.dateNaissance") },
      { nom: l.brut("maitre2.nom"), prenom: l.brut("maitre2.prenom"), dateNaissance: l.brut("maitre2.dateNaissance") },
    ],
    dateDebut: l.date("contrat.dateDebutContrat"),
    dateFin: l.date("contrat.dateRupture") ?? l.date("contrat.dateFinContrat"),
    typeContratApp: l.texte("contrat.typeContratApp"),
    noContrat: l.texte("contrat.noContrat"),
    numeroContratPrecedent: l.texte("contrat.numeroContratPrecedent"),
  };
}
