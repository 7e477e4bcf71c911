import { randomBytes } from "node:crypto";

/** Valeur du compteur au-delà de laquelle un nouveau préfixe est tiré (12 chiffres hexadécimaux). */
const COMPTEUR_MAX = 2 ** 48;

/**
 * Identifiants des requêtes (`X-Request-Id` quand le client n'en donne pas un sûr), de la forme d'un
 * UUID (36 caractères `[0-9a-f-]`, version 4, variante RFC 9562) mais sans tirage aléatoire par
 * requête : un **préfixe aléatoire propre au processus** (74 bits tirés de `crypto.randomBytes` au
 * démarrage) suivi d'un **compteur** sur les 12 derniers chiffres. Deux requêtes d'un même
 * processus ne partagent jamais d'identifiant (compteur) ; deux répliques non plus, sauf à tirer le
 * même préfixe (probabilité de l'ordre de n² / 2⁷⁵ pour n répliques). Après 2⁴⁸ requêtes, un nouveau
 * préfixe est tiré. Un identifiant ne dit rien de la requête (ni heure, ni client, ni contenu).
 *
 * @example
 * ```ts
 * const identifiants = new IdentifiantsRequete();
 * identifiants.suivant(); // "3f1c9a2e-7b40-4d1e-9c2a-000000000000"
 * identifiants.suivant(); // "3f1c9a2e-7b40-4d1e-9c2a-000000000001"
 * ```
 */
export class IdentifiantsRequete {
  #prefixe = "";
  #compteur = 0;

  constructor() {
    this.#tirer();
  }

  /** Identifiant suivant. */
  suivant(): string {
    if (this.#compteur >= COMPTEUR_MAX) this.#tirer();
    const n = this.#compteur++;
    return this.#prefixe + n.toString(16).padStart(12, "0");
  }

  /** Tire un nouveau préfixe : 8-4-4-4 chiffres hexadécimaux, version 4 et variante RFC 9562 posées. */
  #tirer(): void {
    const octets = randomBytes(10);
    octets[6] = (octets[6]! & 0x0f) | 0x40;
    octets[8] = (octets[8]! & 0x3f) | 0x80;
    const h = octets.toString("hex");
    this.#prefixe = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-`;
    this.#compteur = 0;
  }
}
