import { normaliserIdcc } from "./importeurs/normaliserIdcc";
import { normaliserRncp } from "./importeurs/normaliserRncp";
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
import { ReferentielSurMemoire } from "./ReferentielSurMemoire";

/**
 * Données d'un {@link ReferentielEnMemoire}. Une catégorie non fournie rend la méthode
 * correspondante `indisponible` ; une clé inconnue d'une catégorie fournie rend `absent`.
 *
 * @example
 * ```ts
 * const d: DonneesReferentielEnMemoire = { opcoParIdcc: { "0478": { opco: "OPCO ATLAS", idcc: "0478" } } };
 * ```
 */
export interface DonneesReferentielEnMemoire {
  certifications?: Record<string, CertificationReferentiel>;
  conventions?: Record<string, ConventionReferentiel>;
  conventionsDeApe?: Record<string, { idcc: string; part: number | null }[]>;
  opcoParIdcc?: Record<string, OpcoReferentiel>;
  opcoParSiret?: Record<string, OpcoReferentiel>;
  /** Valeurs NPEC connues ; la recherche retient la plus récente applicable à la date. */
  npec?: NpecApplicable[];
  organismes?: Record<string, OrganismeReferentiel>;
  entreprises?: Record<string, EntrepriseReferentiel>;
  habilitations?: HabilitationReferentiel[];
}

/**
 * Implémentation du port {@link Referentiel} sur des données en mémoire : pour les tests, les
 * démonstrations, ou pour exposer un cache applicatif déjà chargé comme référentiel.
 *
 * @example
 * ```ts
 * const r = new ReferentielEnMemoire("démo", { opcoParIdcc: { "0478": { opco: "OPCO ATLAS", idcc: "0478" } } });
 * await r.opcoDeIdcc("478"); // { statut: "trouve", valeur: { opco: "OPCO ATLAS", idcc: "0478" }, … }
 * ```
 */
export class ReferentielEnMemoire extends ReferentielSurMemoire {
  constructor(
    override readonly nom: string,
    readonly donnees: DonneesReferentielEnMemoire,
    readonly date: string | null = null,
  ) {
    super();
  }

  #chercher<T>(table: Record<string, T> | undefined, cle: string | null, libelle: string): ReponseReferentiel<T> {
    const source = { nom: this.nom, date: this.date };
    if (table === undefined) return { statut: "indisponible", raison: `${libelle} : donnée non fournie à ${this.nom}`, source };
    const valeur = cle === null ? undefined : table[cle];
    return valeur === undefined ? { statut: "absent", raison: `${libelle} inconnu de ${this.nom}`, source } : { statut: "trouve", valeur, source };
  }

  #certification(rncpOuCfd: string): ReponseReferentiel<CertificationReferentiel> {
    return this.#chercher(this.donnees.certifications, normaliserRncp(rncpOuCfd) ?? rncpOuCfd.trim().toUpperCase(), `certification ${rncpOuCfd}`);
  }
  #convention(idcc: string): ReponseReferentiel<ConventionReferentiel> {
    return this.#chercher(this.donnees.conventions, normaliserIdcc(idcc), `IDCC ${idcc}`);
  }
  #conventionsDeApe(ape: string): ReponseReferentiel<{ idcc: string; part: number | null }[]> {
    return this.#chercher(this.donnees.conventionsDeApe, ape.trim().toUpperCase(), `APE ${ape}`);
  }
  #opcoDeIdcc(idcc: string): ReponseReferentiel<OpcoReferentiel> {
    return this.#chercher(this.donnees.opcoParIdcc, normaliserIdcc(idcc), `IDCC ${idcc}`);
  }
  #opcoDeSiret(siret: string): ReponseReferentiel<OpcoReferentiel> {
    return this.#chercher(this.donnees.opcoParSiret, siret.trim(), `SIRET ${siret}`);
  }
  #organisme(siretOuUai: string): ReponseReferentiel<OrganismeReferentiel> {
    return this.#chercher(this.donnees.organismes, siretOuUai.trim().toUpperCase(), `organisme ${siretOuUai}`);
  }
  #entreprise(siret: string): ReponseReferentiel<EntrepriseReferentiel> {
    return this.#chercher(this.donnees.entreprises, siret.trim(), `entreprise ${siret}`);
  }
  #habilitation(rncp: string, siret: string): ReponseReferentiel<HabilitationReferentiel> {
    const table = this.donnees.habilitations === undefined ? undefined : Object.fromEntries(this.donnees.habilitations.map((h) => [`${h.rncp}|${h.siret}`, h]));
    return this.#chercher(table, `${normaliserRncp(rncp) ?? rncp}|${siret.trim()}`, `habilitation ${rncp} / ${siret}`);
  }
  #npec(criteres: CriteresNpec): ReponseReferentiel<NpecApplicable> {
    const source = { nom: this.nom, date: this.date };
    if (this.donnees.npec === undefined) return { statut: "indisponible", raison: `NPEC : donnée non fournie à ${this.nom}`, source };
    const rncp = criteres.rncp === undefined ? null : normaliserRncp(criteres.rncp);
    const idcc = normaliserIdcc(criteres.idcc);
    const candidates = this.donnees.npec
      .filter((n) => n.rncp === rncp && n.idcc === idcc && n.dateApplicabilite <= criteres.date)
      .sort((a, b) => b.dateApplicabilite.localeCompare(a.dateApplicabilite));
    const valeur = candidates[0];
    return valeur === undefined
      ? { statut: "absent", raison: `aucun NPEC pour ${criteres.rncp ?? "?"} et l'IDCC ${criteres.idcc} au ${criteres.date} dans ${this.nom}`, source }
      : { statut: "trouve", valeur, source };
  }

  /** Le même référentiel sans promesse (`evaluerReglesEnMemoire`) : mêmes réponses que les méthodes asynchrones. */
  override get enMemoire(): ReferentielEnMemoireSynchrone {
    this.#enMemoire ??= {
      nom: this.nom,
      certification: (rncpOuCfd) => this.#certification(rncpOuCfd),
      convention: (idcc) => this.#convention(idcc),
      conventionsDeApe: (ape) => this.#conventionsDeApe(ape),
      opcoDeIdcc: (idcc) => this.#opcoDeIdcc(idcc),
      opcoDeSiret: (siret) => this.#opcoDeSiret(siret),
      organisme: (siretOuUai) => this.#organisme(siretOuUai),
      entreprise: (siret) => this.#entreprise(siret),
      habilitation: (rncp, siret) => this.#habilitation(rncp, siret),
      npec: (criteres) => this.#npec(criteres),
    };
    return this.#enMemoire;
  }

  #enMemoire: ReferentielEnMemoireSynchrone | undefined;









}
