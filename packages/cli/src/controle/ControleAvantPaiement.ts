import { evaluerReglesAsync, evaluerReglesEnMemoire, type Explication } from "@communs-opco/regles";
import type { Opco } from "@communs-opco/nomenclatures";
import { creerPortsPrepaiement, portsPrepaiementEnMemoire, referentielMemorise, registrePrepaiement, verificationsNonExecutables, type EnvironnementReferentiels, type OptionsClientsPrepaiement, type VerificationNonExecutee } from "@communs-opco/referentiels";
import type { BilanAvantPaiement } from "./BilanAvantPaiement";
import type { BilanMontantEnJeu } from "./BilanMontantEnJeu";
import type { EnregistrementControle } from "./controlerFichiers";
import type { ExportIndus } from "./ExportIndus";
import { identifiantContrat } from "./identifiantContrat";
import type { ReferentielControle } from "./resoudreReferentielControle";
import type { ResultatControle } from "./ResultatControle";
import { statutEnregistrement } from "./statutEnregistrement";
import { valoriserAvantPaiement } from "./valoriserAvantPaiement";

type Ports = Awaited<ReturnType<typeof creerPortsPrepaiement>>;
type Registre = ReturnType<typeof registrePrepaiement>;

/**
 * Suivi facultatif d'un contrôle en lot : bilans et export auxquels chaque enregistrement est ajouté.
 *
 * @example
 * ```ts
 * const suivi: SuiviAvantPaiement = { bilan: new BilanAvantPaiement(controle.registre().regles), montant: new BilanMontantEnJeu() };
 * ```
 */
export interface SuiviAvantPaiement {
  readonly bilan?: Pick<BilanAvantPaiement, "ajouter">;
  readonly montant?: Pick<BilanMontantEnJeu, "ajouter">;
  readonly indus?: Pick<ExportIndus, "ajouter">;
  /** Reçoit les explications des vérifications (statut de chaque règle, paramètres consultés). */
  readonly explications?: (explications: readonly Explication[]) => void;
}

/** Source des vérifications avant paiement telle qu'affichée (mode, dossier et date de construction de l'instantané). */
function decrireSource(referentiel: ReferentielControle, description: string): string {
  const { mode, instantane } = referentiel;
  const date = instantane === undefined ? "" : ` du ${instantane.construitLe.slice(0, 10)}`;
  if (mode === "local") return `instantané local ${referentiel.dossier ?? ""}${date}`;
  if (mode === "embarque") return `instantané embarqué${date}`;
  if (mode === "mixte") return `instantané embarqué${date}, puis ${description.replace(/^instantané (embarqué|local), puis /, "")}`;
  return description;
}

/**
 * Cœur des 12 vérifications avant paiement de `opco controle` (et du service HTTP) : les ports
 * du référentiel sont construits **une seule fois** ({@link ControleAvantPaiement.creer}), puis
 * chaque enregistrement déjà contrôlé par les règles du contrat reçoit les constats `prepaiement.*`,
 * son statut recalculé et, si son financement est suspendu, le montant en jeu (I-OPCO-INDUS).
 * Sans état entre deux enregistrements : un même objet sert des requêtes concurrentes.
 *
 * @example
 * ```ts
 * const controle = await ControleAvantPaiement.creer(await resoudreReferentielControle("embarque", "."), process.env);
 * const resultat = await controle.controler(enregistrement, { dateEvaluation: "2025-11-03" });
 * ```
 */
export class ControleAvantPaiement {
  readonly #referentiel: ReferentielControle;
  readonly #ports: Ports;
  /** Hors ligne : les mêmes ports en mémoire, pour évaluer les vérifications sans promesse. */
  readonly #enMemoire: ReturnType<typeof portsPrepaiementEnMemoire>;
  readonly #registres = new Map<string, Registre>();
  /** Source des vérifications, en français (« instantané embarqué du 2026-11-20 »…). */
  readonly source: string;

  private constructor(referentiel: ReferentielControle, ports: Ports, enMemoire?: ReturnType<typeof portsPrepaiementEnMemoire>) {
    this.#referentiel = referentiel;
    this.#ports = ports;
    this.#enMemoire = enMemoire;
    this.source = decrireSource(referentiel, ports.description);
  }

  /**
   * Construit les ports des vérifications pour un référentiel résolu ; `undefined` pour le mode
   * `aucun` (règles du contrat seulement). Un instantané local s'utilise comme l'embarqué, hors ligne.
   * `reemploiParContrat` (service HTTP, où un même contrat revient) : hors ligne, les explications
   * propres à un contrat (activité des SIRET, OPCO de l'employeur) sont aussi réemployées, figées et
   * partagées, pour un contrat contrôlé de nouveau (`reemployerParContrat`, mémoire bornée) ; un lot,
   * où chaque contrat ne passe qu'une fois, s'en passe.
   */
  static async creer(
    referentiel: ReferentielControle,
    environnement: EnvironnementReferentiels = {},
    client?: OptionsClientsPrepaiement,
    options: { reemploiParContrat?: boolean } = {},
  ): Promise<ControleAvantPaiement | undefined> {
    const { mode, instantane } = referentiel;
    if (mode === "aucun") return undefined;
    const ports = await creerPortsPrepaiement(mode === "local" ? "embarque" : mode, { environnement, ...(instantane === undefined ? {} : { instantane }), ...(client === undefined ? {} : { client }) });
    // Hors ligne (instantané embarqué ou local) : vérifications évaluées sans promesse sur les ports en
    // mémoire ; chaque consultation est mémorisée par clé pour l'exécution (aussi pour la valorisation).
    if (mode === "embarque" || mode === "local") {
      return new ControleAvantPaiement(referentiel, { ...ports, ports: { ...ports.ports, referentiel: referentielMemorise(ports.ports.referentiel) } }, portsPrepaiementEnMemoire(ports.ports, { parContrat: options.reemploiParContrat === true }));
    }
    return new ControleAvantPaiement(referentiel, ports);
  }

  /** Mode du référentiel (`embarque`, `en-ligne`, `mixte`, `local`). */
  get mode(): ReferentielControle["mode"] {
    return this.#referentiel.mode;
  }

  /**
   * Vérifications (ou parties) que les ports de cette exécution ne peuvent pas exécuter, d'après
   * les capacités déclarées du référentiel, le catalogue fourni et l'OPCO payeur (`verificationsNonExecutables`).
   */
  nonExecutables(opco?: Opco): VerificationNonExecutee[] {
    return verificationsNonExecutables(this.#ports.ports, opco === undefined ? {} : { opcoPayeur: opco.nomOfficiel });
  }

  /** Registre des vérifications pour un OPCO payeur (PP-OPCO-NPEC), mis en cache par OPCO. */
  registre(opco?: Opco): Registre {
    const cle = opco?.nomOfficiel ?? "";
    let registre = this.#registres.get(cle);
    if (registre === undefined) {
      registre = registrePrepaiement(opco === undefined ? {} : { opcoPayeur: opco.nomOfficiel });
      this.#registres.set(cle, registre);
    }
    return registre;
  }

  /**
   * Ajoute les vérifications avant paiement au résultat d'un enregistrement (un illisible est rendu
   * tel quel) ; valorise le montant en jeu d'un contrat au financement suspendu.
   */
  async controler(enregistrement: EnregistrementControle, options: { dateEvaluation: string; opco?: Opco; suivi?: SuiviAvantPaiement }): Promise<ResultatControle> {
    const { valeur } = enregistrement;
    let { resultat } = enregistrement;
    if (resultat.statut === "illisible") return resultat;
    const { dateEvaluation, suivi } = options;
    // Mode explication : le bilan distingue « sans objet » (règle non applicable) de « conforme ».
    // Hors ligne, sans promesse (mêmes constats, explications et preuves) ; en ligne et mixte, en attendant les ports.
    const evaluation =
      this.#enMemoire === undefined
        ? await evaluerReglesAsync(this.registre(options.opco), valeur as object, { dateEvaluation, ports: this.#ports.ports, mode: "explication" })
        : evaluerReglesEnMemoire(this.registre(options.opco), valeur as object, { dateEvaluation, ports: this.#enMemoire, mode: "explication" });
    const avantPaiement = evaluation.constats;
    suivi?.bilan?.ajouter(avantPaiement, evaluation.explications);
    if (evaluation.explications !== undefined) suivi?.explications?.(evaluation.explications);
    const constats = [...resultat.constats, ...avantPaiement];
    resultat = { ...resultat, constats, statut: statutEnregistrement(constats) };
    // I-OPCO-INDUS : montant en jeu des contrats dont le financement est suspendu (écart bloquant avant paiement).
    const contrat = identifiantContrat(resultat.source, enregistrement.numeroDossier);
    const valorisation = await valoriserAvantPaiement({ valeur, constats: avantPaiement, referentiel: this.#ports.ports.referentiel, contrat, opco: options.opco?.slug ?? "inconnu", date: dateEvaluation });
    suivi?.montant?.ajouter(valorisation);
    if (valorisation.statut === "valorise") {
      suivi?.indus?.ajouter(valorisation.constats);
      return { ...resultat, avantPaiement: { statut: "valorise", regles: valorisation.constats.map((c) => c.regle), montantEnJeuCentimes: valorisation.montantEnJeuCentimes } };
    }
    if (valorisation.statut === "non_valorise") {
      const raison = valorisation.raisons.length === 0 ? "financement du contrat indéterminé" : valorisation.raisons.join(" ; ");
      return { ...resultat, avantPaiement: { statut: "non_valorise", regles: valorisation.regles, montantEnJeuCentimes: null, raison, raisons: valorisation.raisons } };
    }
    return resultat;
  }
}
