import type { NpecApplicable } from "./npec/NpecApplicable";
import type { CriteresNpec } from "./npec/rechercherNpec";
import type {
  CertificationReferentiel,
  ConventionReferentiel,
  EntrepriseReferentiel,
  HabilitationReferentiel,
  OpcoReferentiel,
  OrganismeReferentiel,
  Referentiel,
  ReponseReferentiel,
} from "./Referentiel";
import type { ReferentielEnMemoireSynchrone } from "./ReferentielEnMemoireSynchrone";

/**
 * Socle des référentiels tenus en mémoire : chaque question du {@link Referentiel} (asynchrone)
 * est la réponse de la face synchrone `enMemoire`, rendue dans une promesse. Une sous-classe ne
 * fournit que `nom` et `enMemoire` ; les vérifications avant paiement hors ligne interrogent
 * directement `enMemoire`, sans promesse.
 *
 * @example
 * ```ts
 * const referentiel: ReferentielSurMemoire = new ReferentielEnMemoire("démo", { opcoParIdcc: { "0478": { opco: "OPCO ATLAS", idcc: "0478" } } });
 * await referentiel.opcoDeIdcc("478"); // même réponse que referentiel.enMemoire.opcoDeIdcc("478"), dans une promesse
 * ```
 */
export abstract class ReferentielSurMemoire implements Referentiel {
  abstract readonly nom: string;
  /** Les mêmes questions, posées sans promesse. */
  abstract readonly enMemoire: ReferentielEnMemoireSynchrone;

  async certification(rncpOuCfd: string): Promise<ReponseReferentiel<CertificationReferentiel>> {
    return this.enMemoire.certification(rncpOuCfd);
  }

  async convention(idcc: string): Promise<ReponseReferentiel<ConventionReferentiel>> {
    return this.enMemoire.convention(idcc);
  }

  async conventionsDeApe(ape: string): Promise<ReponseReferentiel<{ idcc: string; part: number | null }[]>> {
    return this.enMemoire.conventionsDeApe(ape);
  }

  async opcoDeIdcc(idcc: string): Promise<ReponseReferentiel<OpcoReferentiel>> {
    return this.enMemoire.opcoDeIdcc(idcc);
  }

  async opcoDeSiret(siret: string): Promise<ReponseReferentiel<OpcoReferentiel>> {
    return this.enMemoire.opcoDeSiret(siret);
  }

  async npec(criteres: CriteresNpec): Promise<ReponseReferentiel<NpecApplicable>> {
    return this.enMemoire.npec(criteres);
  }

  async organisme(siretOuUai: string): Promise<ReponseReferentiel<OrganismeReferentiel>> {
    return this.enMemoire.organisme(siretOuUai);
  }

  async entreprise(siret: string): Promise<ReponseReferentiel<EntrepriseReferentiel>> {
    return this.enMemoire.entreprise(siret);
  }

  async habilitation(rncp: string, siret: string): Promise<ReponseReferentiel<HabilitationReferentiel>> {
    return this.enMemoire.habilitation(rncp, siret);
  }
}
