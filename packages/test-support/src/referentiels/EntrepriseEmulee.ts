/**
 * Établissement employeur servi par les émulateurs SIRO, CFA Dock et Recherche d'entreprises.
 *
 * @example
 * ```ts
 * const e: EntrepriseEmulee = {
 *   siret: "42476141900045", nom: "EXEMPLE SAS", etatAdministratif: "A", naf: "56.10A", idcc: ["1979"],
 *   trancheEffectif: "12", adresse: "1 RUE DE LA PAIX 75002 PARIS", codePostal: "75002", commune: "75102",
 *   libelleCommune: "PARIS", opco: { code: "1", nom: "AKTO" },
 * };
 * ```
 */
export interface EntrepriseEmulee {
  siret: string;
  nom: string;
  /** `A` actif, `F` fermé (SIRENE). */
  etatAdministratif: "A" | "F";
  naf: string | null;
  idcc: string[];
  /** Tranche d'effectif salarié SIRENE (`NN`, `01`, `02`, `03`, `11`, `12`…), `null` si inconnue. */
  trancheEffectif: string | null;
  adresse: string;
  codePostal: string | null;
  /** Code INSEE de la commune. */
  commune: string | null;
  libelleCommune: string | null;
  /** OPCO de rattachement (SIRO), `null` si aucun. */
  opco: { code: string; nom: string } | null;
  /**
   * Code de réponse SIRO quand un OPCO est connu : `01` trouvé, `02` revendiqué (établissements
   * chiffrés), `03` déclaré par un OPCO. @default "01"
   */
  codeSiro?: "01" | "02" | "03";
}
