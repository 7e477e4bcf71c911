import type { Constat } from "@communs-opco/regles";
import type { Referentiel } from "../Referentiel";
import type { CapaciteReferentiel, QuestionReferentiel } from "./CapaciteReferentiel";

/**
 * Vérification avant paiement (ou l'une de ses parties) que les ports d'une exécution ne permettent
 * pas d'exécuter, connue **avant** le premier contrat d'après les capacités déclarées du
 * référentiel ({@link Referentiel.capacites}), les ports fournis et les options :
 * - `disponibilite: "indisponible"` : la partie n'est exécutée pour aucun contrat (source en ligne
 *   uniquement, catalogue non fourni, OPCO payeur non donné…) ;
 * - `disponibilite: "extrait"` : la source est un échantillon ; la partie n'est exécutée que pour
 *   les contrats dont la clé figure dans l'extrait.
 *
 * `concerne(constat)` reconnaît le constat indéterminé qui tient à cette limite de l'exécution (et
 * non à une donnée du contrat) : il relève du rapport de l'exécution, pas du statut du contrat.
 *
 * @example
 * ```ts
 * const v: VerificationNonExecutee = {
 *   regle: "prepaiement.siret.actif", partie: "activité de l'établissement employeur", entiere: false,
 *   disponibilite: "indisponible", source: "API Entreprise", raison: "API Entreprise / Recherche d'entreprises en ligne uniquement",
 *   concerne: (c) => (c.manquants ?? []).includes("ports.referentiel:API Entreprise"),
 * };
 * ```
 */
export interface VerificationNonExecutee {
  /** Identifiant de la vérification (`prepaiement.*`). */
  readonly regle: string;
  /** Partie non exécutée, en français (« activité de l'établissement employeur »), ou « toute la vérification ». */
  readonly partie: string;
  /** Vrai quand la vérification entière est non exécutée. */
  readonly entiere: boolean;
  readonly disponibilite: "indisponible" | "extrait";
  /** Source en cause (nom des réponses du référentiel, « catalogue des formations », « OPCO payeur »). */
  readonly source: string;
  /** Pourquoi, en français (ce qui manque et comment y remédier). */
  readonly raison: string;
  /** Vrai si ce constat indéterminé découle de cette limite de l'exécution ; toujours faux pour un constat d'une autre règle que `regle`. */
  concerne(constat: Pick<Constat, "regle" | "statut" | "message" | "manquants" | "details">): boolean;
}

/** Besoin déclaré d'une vérification : une question au référentiel, avec la partie qui en dépend. */
interface Besoin {
  readonly regle: string;
  readonly partie: string;
  readonly question: QuestionReferentiel;
  /** La partie est toute la vérification. */
  readonly entiere?: boolean;
  /** Filtre supplémentaire quand plusieurs parties interrogent la même source. */
  readonly precis?: (constat: Pick<Constat, "message">) => boolean;
}

/**
 * Questions posées au référentiel par chacune des 12 vérifications (spécification `referentiels.md`
 * §5). L'OPCO d'un SIRET (SIRO) n'y figure pas : la table IDCC → OPCO, complète et embarquée, le
 * remplace quand il manque.
 */
const BESOINS: readonly Besoin[] = [
  { regle: "prepaiement.certification.existence", partie: "certification", question: "certification", entiere: true },
  { regle: "prepaiement.certification.apprentissage", partie: "certification", question: "certification", entiere: true },
  { regle: "prepaiement.certification.dates", partie: "certification", question: "certification", entiere: true },
  { regle: "prepaiement.cfa.connu", partie: "CFA", question: "organisme", entiere: true },
  { regle: "prepaiement.siret.actif", partie: "activité de l'établissement employeur", question: "entreprise" },
  { regle: "prepaiement.siret.actif", partie: "activité du CFA", question: "organisme" },
  { regle: "prepaiement.qualiopi", partie: "certification Qualiopi du CFA", question: "organisme" },
  { regle: "prepaiement.qualiopi", partie: "numéro de déclaration d'activité (NDA) du CFA", question: "organisme.numeroActivite", precis: (c) => c.message.includes("(NDA)") },
  { regle: "prepaiement.habilitation", partie: "habilitation de l'organisme", question: "habilitation", entiere: true },
  { regle: "prepaiement.formation.lieu", partie: "lieux de formation du CFA", question: "organisme" },
  { regle: "prepaiement.opco.npec", partie: "convention collective de l'employeur", question: "convention" },
  { regle: "prepaiement.opco.npec", partie: "NPEC applicable", question: "npec" },
  { regle: "prepaiement.coherence", partie: "UAI du CFA", question: "organisme" },
];

/** Constat indéterminé dont la réponse est « indisponible » parce que la clé manque d'un extrait. */
function manqueDeLExtrait(c: Pick<Constat, "statut" | "details">): boolean {
  const details = c.details as { source?: { couverture?: unknown }; statutReponse?: unknown } | undefined;
  return c.statut === "indetermine" && details?.statutReponse === "indisponible" && details.source?.couverture === "extrait";
}

/**
 * Vérifications avant paiement (ou parties) que ces ports ne peuvent pas exécuter, déduites des
 * **capacités déclarées** (jamais du décompte des résultats) : questions à une source indisponible
 * ou réduite à un extrait, catalogue des formations non fourni (`PP-FORMATION` et le code diplôme
 * de `PP-CROSS`), OPCO payeur non donné (rattachement de `PP-OPCO-NPEC`). Un référentiel sans
 * `capacites()` est supposé complet.
 *
 * @example
 * ```ts
 * const { ports } = await creerPortsPrepaiement("embarque");
 * verificationsNonExecutables(ports).map((v) => `${v.regle} (${v.partie}) : ${v.raison}`);
 * // ["prepaiement.siret.actif (activité de l'établissement employeur) : API Entreprise / Recherche d'entreprises en ligne uniquement", …]
 * ```
 */
export function verificationsNonExecutables(
  ports: { readonly referentiel: Referentiel; readonly formations?: unknown },
  options: { readonly opcoPayeur?: string } = {},
): VerificationNonExecutee[] {
  const capacites = new Map<QuestionReferentiel, CapaciteReferentiel>((ports.referentiel.capacites?.() ?? []).map((c) => [c.question, c]));
  const resultat: VerificationNonExecutee[] = [];
  for (const besoin of BESOINS) {
    const c = capacites.get(besoin.question);
    if (c === undefined || c.disponibilite === "complete") continue;
    const marqueur = `ports.referentiel:${c.source}`;
    const precis = besoin.precis ?? (() => true);
    resultat.push({
      regle: besoin.regle,
      partie: besoin.entiere === true ? "toute la vérification" : besoin.partie,
      entiere: besoin.entiere === true && c.disponibilite === "indisponible",
      disponibilite: c.disponibilite,
      source: c.source,
      raison: `${c.source} : ${c.raison ?? (c.disponibilite === "extrait" ? "extrait" : "source indisponible")}`,
      concerne:
        c.disponibilite === "extrait"
          ? (constat) => constat.regle === besoin.regle && manqueDeLExtrait(constat) && precis(constat)
          : (constat) => constat.regle === besoin.regle && constat.statut === "indetermine" && (constat.manquants ?? []).includes(marqueur) && precis(constat),
    });
  }
  if (ports.formations === undefined || ports.formations === null) {
    const catalogue = "catalogue des formations (API Apprentissage, en ligne)";
    const raison = `${catalogue} : non fourni (clé COMMUNS_OPCO_API_APPRENTISSAGE_CLE et --referentiel en-ligne ou mixte)`;
    const marque = (regle: string) => (constat: Pick<Constat, "regle" | "statut" | "manquants">) => constat.regle === regle && constat.statut === "indetermine" && (constat.manquants ?? []).includes("ports.formations");
    resultat.push(
      { regle: "prepaiement.formation.offre", partie: "toute la vérification", entiere: true, disponibilite: "indisponible", source: catalogue, raison, concerne: marque("prepaiement.formation.offre") },
      { regle: "prepaiement.coherence", partie: "code diplôme du catalogue", entiere: false, disponibilite: "indisponible", source: catalogue, raison, concerne: marque("prepaiement.coherence") },
    );
  }
  if (options.opcoPayeur === undefined) {
    resultat.push({
      regle: "prepaiement.opco.npec",
      partie: "rattachement de l'employeur à l'OPCO payeur",
      entiere: false,
      disponibilite: "indisponible",
      source: "OPCO payeur",
      raison: "OPCO payeur non donné (option --opco)",
      concerne: (constat) => constat.regle === "prepaiement.opco.npec" && constat.statut === "indetermine" && (constat.manquants ?? []).includes("opcoPayeur"),
    });
  }
  return resultat;
}
