import { dateDepuisJour, jourDepuisDate } from "@communs-opco/dates";
import { valeurParametre, type Parametre, type ParametreConsulte } from "@communs-opco/parametres";
import { medianeEtP90 } from "./quantile";

/**
 * États datés d'un dossier OPCO (cycle de vie de `opco-echanges.md` §7.1) :
 * `TRANSMIS` (réception par l'OPCO), `COMPLET` (dossier complet : départ du délai légal), `RETOUR`
 * (renvoi au CFA ou à l'employeur pour correction), `ENGAGE` / `REFUSE` (décision de prise en charge),
 * `DEPOSE` (dépôt DECA, n° DECA attribué), `ANNULE`.
 *
 * @example
 * ```ts
 * const e: EtatDossier = "ENGAGE";
 * ```
 */
export type EtatDossier = "TRANSMIS" | "COMPLET" | "RETOUR" | "ENGAGE" | "REFUSE" | "DEPOSE" | "ANNULE";

/**
 * Un dossier de contrat reçu par un OPCO et ses événements datés (`AAAA-MM-JJ`).
 *
 * @example
 * ```ts
 * const d: DossierOpco = {
 *   id: "D-1", opco: "akto", typeContrat: "11",
 *   evenements: [{ etat: "TRANSMIS", date: "2025-09-02" }, { etat: "ENGAGE", date: "2025-09-12" }, { etat: "DEPOSE", date: "2025-09-15" }],
 * };
 * ```
 */
export interface DossierOpco {
  id: string;
  opco: string;
  /** typeContratApp du CERFA : 11, 21, 22, 23 (contrats initiaux), 31 à 38 (avenants). */
  typeContrat?: string | number | undefined;
  evenements: readonly { etat: EtatDossier; date: string }[];
}

/**
 * Délais d'instruction d'un groupe (OPCO × mois de réception × catégorie), en jours calendaires.
 *
 * @example
 * ```ts
 * groupe.delaiDecision; // { mediane: 10, p90: 18, n: 42 }
 * ```
 */
export interface GroupeDelais {
  opco: string;
  /** Mois de réception `AAAA-MM`. */
  mois: string;
  categorie: "initial" | "avenant";
  dossiers: number;
  /** Réception → décision (ENGAGE ou REFUSE). */
  delaiDecision: { mediane: number | null; p90: number | null; n: number };
  /** Décision → dépôt DECA. */
  delaiDecisionDepot: { mediane: number | null; p90: number | null; n: number };
  /** Réception → dépôt DECA. */
  delaiEnregistrement: { mediane: number | null; p90: number | null; n: number };
  /** Dossiers décidés dans le délai légal compté depuis le dossier complet. */
  decidesDansDelai: number;
  /** Dossiers décidés après le délai, ou sans décision une fois le délai écoulé à la date d'évaluation (le silence vaut refus). */
  horsDelai: number;
  /** Dossiers sans décision dont le délai court encore : exclus de la part. */
  enCours: number;
  /** decidesDansDelai ÷ (decidesDansDelai + horsDelai), `null` si aucun. */
  partDansDelai: number | null;
  /** Nombre moyen de retours pour correction. */
  allersRetoursMoyen: number;
}

/**
 * Résultat de {@link delaisInstruction}.
 *
 * @example
 * ```ts
 * resultat.ecartes; // [{ id: "D-9", motif: "dossier annulé" }]
 * ```
 */
export interface ResultatDelais {
  groupes: GroupeDelais[];
  /** Dossiers non comptés (annulés, sans réception datée), avec le motif. */
  ecartes: { id: string; motif: string }[];
  /** Valeurs du délai légal consultées (selon la date de dossier complet de chaque dossier). */
  parametres: ParametreConsulte<number>[];
}

const INITIAUX = new Set(["11", "21", "22", "23"]);

/**
 * Indicateur d'impact I-OPCO-DELAI (`indicateurs.md` §7.2, proposition) : par OPCO et mois de
 * réception, médiane et 90ᵉ centile du délai réception → décision, décision → dépôt DECA et
 * réception → dépôt, et part des dossiers décidés dans le délai légal (paramètre daté fourni par
 * l'appelant, lu à la date où le dossier est complet ; le dossier est complet à sa réception sans
 * événement `COMPLET`). Contrats initiaux (types 11, 21, 22, 23) et avenants sont séparés ; les dossiers
 * annulés sont écartés. La date d'évaluation sert seulement aux dossiers encore sans décision.
 *
 * @example
 * ```ts
 * const r = delaisInstruction(dossiers, { delaiLegal: delaiDecisionOpco, dateEvaluation: "2025-12-31" });
 * r.groupes[0]; // { opco: "akto", mois: "2025-09", categorie: "initial", partDansDelai: 0.93, ... }
 * ```
 */
export function delaisInstruction(
  dossiers: readonly DossierOpco[],
  options: { delaiLegal: Parametre<number>; dateEvaluation: string },
): ResultatDelais {
  const evaluation = jourDepuisDate(options.dateEvaluation);
  const ecartes: ResultatDelais["ecartes"] = [];
  const parametres = new Map<string, ParametreConsulte<number>>();
  const groupes = new Map<string, { g: GroupeDelais; dec: number[]; dep: number[]; enr: number[]; retours: number }>();
  for (const d of dossiers) {
    const premier = (etats: EtatDossier[]): number | undefined => {
      let min: number | undefined;
      for (const e of d.evenements) {
        const j = jourDepuisDate(e.date);
        if (etats.includes(e.etat) && !Number.isNaN(j) && (min === undefined || j < min)) min = j;
      }
      return min;
    };
    if (d.evenements.some((e) => e.etat === "ANNULE")) {
      ecartes.push({ id: d.id, motif: "dossier annulé" });
      continue;
    }
    const reception = premier(["TRANSMIS"]);
    if (reception === undefined) {
      ecartes.push({ id: d.id, motif: "aucune date de réception (événement TRANSMIS) exploitable" });
      continue;
    }
    const receptionDate = d.evenements.find((e) => e.etat === "TRANSMIS" && jourDepuisDate(e.date) === reception)!.date;
    const complet = premier(["COMPLET"]) ?? reception;
    const decision = premier(["ENGAGE", "REFUSE"]);
    const depot = premier(["DEPOSE"]);
    const categorie = INITIAUX.has(String(d.typeContrat ?? "11")) ? "initial" : "avenant";
    const mois = receptionDate.slice(0, 7);
    const cle = `${d.opco}|${mois}|${categorie}`;
    let entree = groupes.get(cle);
    if (entree === undefined) {
      entree = {
        g: {
          opco: d.opco, mois, categorie, dossiers: 0,
          delaiDecision: { mediane: null, p90: null, n: 0 }, delaiDecisionDepot: { mediane: null, p90: null, n: 0 }, delaiEnregistrement: { mediane: null, p90: null, n: 0 },
          decidesDansDelai: 0, horsDelai: 0, enCours: 0, partDansDelai: null, allersRetoursMoyen: 0,
        },
        dec: [], dep: [], enr: [], retours: 0,
      };
      groupes.set(cle, entree);
    }
    entree.g.dossiers++;
    entree.retours += d.evenements.filter((e) => e.etat === "RETOUR").length;
    const parametre = valeurParametre(options.delaiLegal, dateDepuisJour(complet));
    if (parametre !== undefined) parametres.set(`${parametre.id}@${parametre.dateEffet}`, parametre);
    if (decision !== undefined) entree.dec.push(decision - reception);
    if (decision !== undefined && depot !== undefined) entree.dep.push(depot - decision);
    if (depot !== undefined) entree.enr.push(depot - reception);
    if (parametre === undefined) continue;
    const limite = complet + parametre.valeur;
    if (decision !== undefined) {
      if (decision <= limite) entree.g.decidesDansDelai++;
      else entree.g.horsDelai++;
    } else if (evaluation > limite) {
      entree.g.horsDelai++;
    } else {
      entree.g.enCours++;
    }
  }
  const resultat = [...groupes.values()].map(({ g, dec, dep, enr, retours }) => ({
    ...g,
    delaiDecision: medianeEtP90(dec),
    delaiDecisionDepot: medianeEtP90(dep),
    delaiEnregistrement: medianeEtP90(enr),
    partDansDelai: g.decidesDansDelai + g.horsDelai === 0 ? null : g.decidesDansDelai / (g.decidesDansDelai + g.horsDelai),
    allersRetoursMoyen: g.dossiers === 0 ? 0 : retours / g.dossiers,
  }));
  resultat.sort((a, b) => a.opco.localeCompare(b.opco) || a.mois.localeCompare(b.mois) || (a.categorie === b.categorie ? 0 : a.categorie === "initial" ? -1 : 1));
  return { groupes: resultat, ecartes, parametres: [...parametres.values()] };
}

