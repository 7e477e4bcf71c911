/**
 * Ports **en mémoire** d'une évaluation synchrone (`evaluerReglesEnMemoire`) : les mêmes ports que
 * ceux d'une évaluation asynchrone, dont chaque méthode rend sa réponse directement au lieu d'une
 * promesse (instantané embarqué ou local déjà chargé, table en mémoire).
 *
 * @example
 * ```ts
 * interface PortsDns { dns: { domaineExiste(domaine: string): Promise<boolean> } }
 * const ports: PortsEnMemoire<PortsDns> = { dns: { domaineExiste: (d) => d === "exemple.fr" } };
 * ```
 */
export type PortsEnMemoire<Ports extends object> = {
  [K in keyof Ports]: { [M in keyof Ports[K]]: Ports[K][M] extends (...args: infer A) => Promise<infer R> ? (...args: A) => R : Ports[K][M] };
};
