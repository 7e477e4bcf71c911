/**
 * Taille maximale par défaut de l'entrée standard lue **d'un bloc** (`-` donné à une commande qui
 * lit tout son document : `convertir`, `statut`, `signature`, `indicateurs`…) : 64 Mio. Au-delà, la
 * commande s'arrête (code 3) au lieu de charger l'entrée en mémoire. `opco controle -` et
 * `opco financement -` n'y sont pas soumis : ils recopient l'entrée standard dans un fichier
 * temporaire au fil de la lecture, puis la lisent en flux.
 *
 * @example
 * ```ts
 * TAILLE_MAX_ENTREE_STANDARD; // 67108864
 * ```
 */
const TAILLE_MAX_ENTREE_STANDARD = 64 * 1024 * 1024;

/**
 * Taille maximale de l'entrée standard lue d'un bloc : la variable `OPCO_TAILLE_MAX_ENTREE_STANDARD`
 * (octets, entier positif) l'emporte sur {@link TAILLE_MAX_ENTREE_STANDARD} ; une autre valeur est
 * ignorée.
 *
 * @example
 * ```ts
 * tailleMaxEntreeStandard({ OPCO_TAILLE_MAX_ENTREE_STANDARD: "1000" }); // 1000
 * tailleMaxEntreeStandard({}); // 67108864
 * ```
 */
export function tailleMaxEntreeStandard(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const brut = env["OPCO_TAILLE_MAX_ENTREE_STANDARD"];
  if (brut !== undefined && /^\d+$/.test(brut.trim()) && Number(brut) > 0) return Number(brut);
  return TAILLE_MAX_ENTREE_STANDARD;
}
