import { protegerResultat, protegerTexte, protegerValeur, type ResultatControle } from "@communs-opco/cli";

/** Au-delà de cette longueur, `protegerTexte` ne retient pas ses textes : le service les retient ici. */
const LONGUEUR_RETENUE_CLI = 256;

/**
 * Protection des résultats de contrôle du service : **exactement** `protegerResultat` de la CLI
 * (même objet, mêmes clés dans le même ordre), mais les messages longs des constats (plus de 256
 * caractères, que `protegerTexte` ne retient pas : ceux des vérifications avant paiement qui citent
 * leur source) sont retenus ici, masqués une fois par texte distinct. Le masquage d'un message de
 * 500 caractères parcourt cinq expressions Unicode : d'une requête à l'autre, les mêmes messages
 * reviennent. Mémoire bornée : au plus `capacite` textes de `longueurMax` caractères au plus, par mode.
 *
 * @example
 * ```ts
 * const protection = new ProtectionResultats();
 * const publie = protection.proteger(resultat, false); // égal à protegerResultat(resultat, false)
 * ```
 */
export class ProtectionResultats {
  readonly #memoires = { masque: new Map<string, string>(), enClair: new Map<string, string>() };

  constructor(
    private readonly capacite = 1024,
    private readonly longueurMax = 4096,
  ) {}

  /** Texte protégé comme `protegerTexte(texte, enClair)`, retenu s'il est long. */
  texte(texte: string, enClair: boolean): string {
    if (texte.length <= LONGUEUR_RETENUE_CLI || texte.length > this.longueurMax) return protegerTexte(texte, enClair);
    const memoire = enClair ? this.#memoires.enClair : this.#memoires.masque;
    let protege = memoire.get(texte);
    if (protege === undefined) {
      protege = protegerTexte(texte, enClair);
      if (memoire.size >= this.capacite) memoire.clear();
      memoire.set(texte, protege);
    }
    return protege;
  }

  /** Résultat prêt à sortir, égal à `protegerResultat(resultat, enClair)`. */
  proteger(resultat: ResultatControle, enClair: boolean): ResultatControle {
    // Provenance et raison protégées par la CLI elle-même (la clé `constats` garde sa place).
    const base = protegerResultat(resultat.constats.length === 0 ? resultat : { ...resultat, constats: [] }, enClair);
    if (resultat.constats.length === 0) return base;
    return {
      ...base,
      constats: resultat.constats.map((c) => ({
        ...c,
        message: this.texte(c.message, enClair),
        details: protegerValeur(c.details, enClair) as typeof c.details,
      })),
    };
  }
}
