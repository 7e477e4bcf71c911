/** Valeurs calculées pendant l'évaluation synchrone en cours : (objet, clé) → valeur. */
interface MemoireEvaluation {
  readonly objets: object[];
  readonly cles: string[];
  readonly valeurs: unknown[];
}

let courante: MemoireEvaluation | undefined;

/**
 * Exécute `evaluation` (synchrone) avec une mémoire propre : pendant son exécution, et
 * seulement pendant elle, {@link memoriserPendantEvaluation} partage un calcul entre les règles
 * évaluées sur la même entrée. La mémoire précédente est rétablie à la fin (évaluations
 * imbriquées), même si `evaluation` lève.
 *
 * @example
 * ```ts
 * const resultat = avecMemoireEvaluation(() => regles.map((r) => evaluerRegleSynchrone(r, entree, contexte)));
 * ```
 */
export function avecMemoireEvaluation<T>(evaluation: () => T): T {
  const precedente = courante;
  courante = { objets: [], cles: [], valeurs: [] };
  try {
    return evaluation();
  } finally {
    courante = precedente;
  }
}

/**
 * Calcul partagé entre les règles d'une même évaluation synchrone (ex. la rémunération légale
 * d'un contrat, lue par quatre règles) : la valeur de `calcul` est retenue pour le couple
 * (`objet`, `cle`) jusqu'à la fin de l'évaluation en cours. Hors d'une évaluation du moteur
 * (règle appelée directement, évaluation asynchrone), `calcul` est simplement exécuté. Un calcul
 * qui lève n'est pas retenu : chaque règle reçoit l'exception, comme sans mémoire. La valeur
 * partagée ne doit pas être modifiée par les règles.
 *
 * @example
 * ```ts
 * const lu = memoriserPendantEvaluation(contrat, "remuneration.lecture", () => lire(contrat));
 * ```
 */
export function memoriserPendantEvaluation<T>(objet: object, cle: string, calcul: () => T): T {
  const memoire = courante;
  if (memoire === undefined) return calcul();
  for (let i = 0; i < memoire.cles.length; i++) {
    if (memoire.objets[i] === objet && memoire.cles[i] === cle) return memoire.valeurs[i] as T;
  }
  const valeur = calcul();
  memoire.objets.push(objet);
  memoire.cles.push(cle);
  memoire.valeurs.push(valeur);
  return valeur;
}
