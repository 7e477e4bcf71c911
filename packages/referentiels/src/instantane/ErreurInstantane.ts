/**
 * Instantané illisible : fichier absent, JSON invalide, format ou version inconnus.
 *
 * @example
 * ```ts
 * throw new ErreurInstantane("/tmp/ref/instantane.json.gz", "fichier absent");
 * ```
 */
export class ErreurInstantane extends Error {
  override readonly name = "ErreurInstantane";
  constructor(
    readonly chemin: string,
    raison: string,
  ) {
    super(`instantané ${chemin} : ${raison}`);
  }
}
