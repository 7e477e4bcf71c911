import { calculerRemuneration, estDateIso, evaluerRegles, registreContrat, type ContratAControler, type EntreeRemuneration, type Resultat, type ResultatRemuneration } from "@communs-opco/regles";

/**
 * Résultat des contrôles en direct d'un contrat en cours de saisie : le résultat du moteur de
 * règles (constats et synthèse) et le calcul de la rémunération minimale, `undefined` tant que
 * les dates nécessaires ne sont pas saisies.
 *
 * @example
 * ```ts
 * const c: ControlesContrat = controlerContrat(contrat, "2026-11-26");
 * c.resultat.synthese.bloquants; // 0 quand plus rien ne bloque
 * ```
 */
export interface ControlesContrat {
  readonly resultat: Resultat;
  readonly remuneration: ResultatRemuneration | undefined;
}

function texte(x: unknown): string | undefined {
  return typeof x === "string" && x.trim() !== "" ? x.trim() : undefined;
}

function lire(contrat: Record<string, unknown>, chemin: string): unknown {
  let noeud: unknown = contrat;
  for (const segment of chemin.split(".")) {
    if (typeof noeud !== "object" || noeud === null) return undefined;
    noeud = (noeud as Record<string, unknown>)[segment];
  }
  return noeud;
}

function date(contrat: Record<string, unknown>, chemin: string): string | undefined {
  const v = texte(lire(contrat, chemin));
  return v !== undefined && estDateIso(v) ? v : undefined;
}

/** Département de l'employeur : saisi, ou déduit du code postal (Corse et outre-mer compris). */
function departementEmployeur(contrat: Record<string, unknown>): string | undefined {
  const saisi = texte(lire(contrat, "employeur.adresse.departement"));
  if (saisi !== undefined) return saisi;
  const cp = texte(lire(contrat, "employeur.adresse.codePostal"));
  if (cp === undefined || !/^\d{5}$/.test(cp)) return undefined;
  if (cp.startsWith("97")) return cp.slice(0, 3);
  if (cp.startsWith("20")) return Number(cp) < 20200 ? "2A" : "2B";
  return cp.slice(0, 2);
}

/**
 * Entrée du calcul de la rémunération minimale lue d'un contrat au format standard, `undefined`
 * tant que la date de naissance et les dates du contrat ne sont pas des dates valides.
 *
 * @example
 * ```ts
 * entreeRemuneration({ apprenti: { dateNaissance: "2007-03-14" }, contrat: { dateDebutContrat: "2024-09-02", dateFinContrat: "2026-08-31" } });
 * ```
 */
export function entreeRemuneration(contrat: Record<string, unknown>): EntreeRemuneration | undefined {
  const dateNaissance = date(contrat, "apprenti.dateNaissance");
  const dateDebutContrat = date(contrat, "contrat.dateDebutContrat");
  const dateFinContrat = date(contrat, "contrat.dateFinContrat");
  if (dateNaissance === undefined || dateDebutContrat === undefined || dateFinContrat === undefined) return undefined;
  const dateConclusion = date(contrat, "contrat.dateSignature");
  const departement = departementEmployeur(contrat);
  const smc = lire(contrat, "contrat.smc");
  return {
    dateNaissance,
    dateDebutContrat,
    dateFinContrat,
    ...(dateConclusion === undefined ? {} : { dateConclusion }),
    ...(departement === undefined ? {} : { departement }),
    ...(typeof smc === "number" && Number.isFinite(smc) && smc > 0 ? { smc } : {}),
    ...(lire(contrat, "employeur.privePublic") === "public" ? { employeurPublic: true } : {}),
    ...(lire(contrat, "apprenti.handicap") === true ? { rqth: true } : {}),
  };
}

/**
 * Contrôles en direct du formulaire, chargés à la demande (module séparé : il embarque le moteur
 * de règles, la table des codes postaux, celle des conventions collectives et zod) : règles
 * synchrones du contrat dans le cadre de la saisie, et lignes de rémunération minimale.
 *
 * @example
 * ```ts
 * const { resultat, remuneration } = controlerContrat(versContrat(brouillon), "2026-11-26");
 * ```
 */
export function controlerContrat(contrat: Record<string, unknown>, dateEvaluation: string): ControlesContrat {
  const resultat = evaluerRegles(registreContrat, contrat as ContratAControler, { dateEvaluation, cadre: "saisie" });
  const entree = entreeRemuneration(contrat);
  return { resultat, remuneration: entree === undefined ? undefined : calculerRemuneration(entree) };
}
