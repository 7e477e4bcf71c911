/** Ports dont les explications propres à un contrat (clé qui cite un SIRET d'employeur ou les dates du contrat) peuvent être réemployées. */
const ports = new WeakSet<object>();

/**
 * Déclare des ports en mémoire (déjà passés à `memoriserExplications`) pour lesquels les
 * vérifications dont l'explication est **propre à un contrat** (`prepaiement.siret.actif`, et
 * `prepaiement.opco.npec` avec un OPCO payeur : leur clé d'entrées cite le SIRET de l'employeur ;
 * `prepaiement.certification.dates` : les deux dates du contrat) déclarent aussi leur clé d'entrées : un même contrat contrôlé de nouveau (service HTTP, même
 * contrat revalidé) réemploie leur explication, figée et partagée, au lieu de la reconstruire.
 * Sans cette déclaration (lot de `opco controle`, où chaque contrat ne passe qu'une fois), ces
 * explications ne sont jamais retenues : la mémoire des explications ne garde que celles que
 * plusieurs contrats partagent. Mémoire bornée dans les deux cas par la capacité de
 * `memoriserExplications`. Rend les mêmes ports.
 *
 * @example
 * ```ts
 * const enMemoire = reemployerParContrat(memoriserExplications({ referentiel: horsLigne.enMemoire }));
 * evaluerReglesEnMemoire(registrePrepaiement(), contrat, { dateEvaluation: "2025-11-03", mode: "explication", ports: enMemoire });
 * ```
 */
export function reemployerParContrat<P extends object>(portsEnMemoire: P): P {
  ports.add(portsEnMemoire);
  return portsEnMemoire;
}

/**
 * Les ports d'une évaluation permettent-ils le réemploi des explications propres à un contrat
 * ({@link reemployerParContrat}) ?
 *
 * @example
 * ```ts
 * cleEntrees: (contrat, contexte) => (reemploiParContrat(contexte.ports) ? cle(contrat) : undefined),
 * ```
 */
export function reemploiParContrat(portsEnMemoire: object | undefined): boolean {
  return portsEnMemoire !== undefined && portsEnMemoire !== null && ports.has(portsEnMemoire);
}
