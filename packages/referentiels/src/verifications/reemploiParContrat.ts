import { MemoireBornee } from "@communs-opco/regles";

/** Marque d'une clé d'entrées : `revue` dès sa deuxième rencontre. */
interface Rencontre {
  revue: boolean;
}

/**
 * Clés d'entrées déjà vues une fois, par ports déclarés : une explication propre à un contrat n'est
 * retenue qu'à la deuxième rencontre de sa clé (contrat renvoyé), jamais pour un contrat qui ne passe
 * qu'une fois (aucune explication figée ni retenue pour lui).
 */
const vues = new WeakMap<object, MemoireBornee<Rencontre>>();
/** Clés vues retenues au plus, par ports (vidées au-delà : mémoire bornée face à des contrats tous différents). */
const VUES_MAX = 4096;

/**
 * Déclare des ports en mémoire (déjà passés à `memoriserExplications`) pour lesquels les
 * vérifications dont l'explication est **propre à un contrat** (`prepaiement.siret.actif`, et
 * `prepaiement.opco.npec` avec un OPCO payeur : leur clé d'entrées cite le SIRET de l'employeur ;
 * `prepaiement.certification.dates` : les deux dates du contrat) déclarent aussi leur clé d'entrées
 * dès la **deuxième** rencontre d'un même contrat (service HTTP, même contrat revalidé) : il
 * réemploie alors leur explication, figée et partagée, au lieu de la reconstruire. Un contrat vu une
 * seule fois (lot de `opco controle`, ou requêtes toutes différentes) n'en retient aucune. Mémoire
 * bornée : au plus 4 096 clés vues par ports, et la capacité de `memoriserExplications` par règle.
 * Rend les mêmes ports.
 *
 * @example
 * ```ts
 * const enMemoire = reemployerParContrat(memoriserExplications({ referentiel: horsLigne.enMemoire }));
 * evaluerReglesEnMemoire(registrePrepaiement(), contrat, { dateEvaluation: "2025-11-03", mode: "explication", ports: enMemoire });
 * ```
 */
export function reemployerParContrat<P extends object>(portsEnMemoire: P): P {
  if (!vues.has(portsEnMemoire)) vues.set(portsEnMemoire, new MemoireBornee<Rencontre>(VUES_MAX));
  return portsEnMemoire;
}

/**
 * Les ports d'une évaluation permettent-ils le réemploi des explications propres à un contrat
 * ({@link reemployerParContrat}) ?
 *
 * @example
 * ```ts
 * reemploiParContrat(contexte.ports); // true pour les ports du service HTTP
 * ```
 */
export function reemploiParContrat(portsEnMemoire: object | undefined): boolean {
  return portsEnMemoire !== undefined && portsEnMemoire !== null && vues.has(portsEnMemoire);
}

/**
 * Clé d'entrées d'une explication propre à un contrat, pour `cleEntrees` : rendue seulement sur des
 * ports {@link reemployerParContrat} et si cette clé a déjà été vue (deuxième rencontre du même
 * contrat) ; `undefined` sinon (l'explication est construite sans être retenue).
 *
 * @example
 * ```ts
 * cleEntrees: (contrat, contexte) => cleReemployable(contexte.ports, "prepaiement.siret.actif", cleDesChemins(["employeur.siret"]), contrat),
 * ```
 */
export function cleReemployable(portsEnMemoire: object | undefined, regle: string, cleDe: (entree: unknown) => string | undefined, entree: unknown): string | undefined {
  if (portsEnMemoire === undefined || portsEnMemoire === null) return undefined;
  const deja = vues.get(portsEnMemoire);
  if (deja === undefined) return undefined;
  const cle = cleDe(entree);
  if (cle === undefined) return undefined;
  const rencontre = deja.obtenir(`${regle}|${cle}`, () => ({ revue: false }));
  if (rencontre.revue) return cle;
  rencontre.revue = true;
  return undefined;
}
