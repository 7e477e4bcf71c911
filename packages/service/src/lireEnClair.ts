import type { Context } from "hono";
import type { ContexteService } from "./ContexteService";
import type { EnvService } from "./EnvService";
import { ErreurProbleme } from "./ErreurProbleme";

/**
 * Lit le paramètre `enClair` d'une requête qui peut renvoyer des données du contrat : faux par
 * défaut (données personnelles masquées) ; `true` seulement si le service le permet
 * (`enClairAutorise`), sinon 403 en `application/problem+json`. Pose l'en-tête
 * `Donnees-Personnelles: masquees|en-clair` de la réponse et la variable `enClair` de la requête
 * (reprise par les réponses d'erreur) ; `poserEntete: false` pour une route qui écrit l'en-tête
 * elle-même dans sa réponse.
 *
 * @example
 * ```ts
 * const enClair = lireEnClair(c, contexte);
 * return c.json(protegerResultat(resultat, enClair));
 * ```
 */
export function lireEnClair(c: Context<EnvService>, contexte: ContexteService, options: { poserEntete?: boolean } = {}): boolean {
  const enClair = enClairDemande(c.req.query("enClair"), contexte);
  c.set("enClair", enClair);
  // Une route qui écrit elle-même l'en-tête dans sa réponse (`poserEntete: false`) évite de préparer des en-têtes.
  if (options.poserEntete !== false) c.header("donnees-personnelles", enTeteDonneesPersonnelles(enClair));
  return enClair;
}

/**
 * Vérifie la valeur brute du paramètre `enClair` (`undefined` : absent) : vrai pour `true`, faux
 * pour `false` ou l'absence ; 422 pour une autre valeur, 403 pour `true` si le service ne le permet pas.
 *
 * @example
 * ```ts
 * enClairDemande(undefined, contexte); // false
 * ```
 */
export function enClairDemande(brut: string | undefined, contexte: Pick<ContexteService, "enClairAutorise">): boolean {
  if (brut !== undefined && brut !== "true" && brut !== "false") throw new ErreurProbleme(422, "Paramètre invalide", "le paramètre enClair attend true ou false", { parametre: "enClair" });
  const enClair = brut === "true";
  if (enClair && !contexte.enClairAutorise) {
    throw new ErreurProbleme(403, "Données en clair non permises", "ce service masque les données personnelles de toutes ses réponses : enClair=true demande qu'il soit démarré avec OPCO_EN_CLAIR_AUTORISE=1 (ou opco serveur --en-clair-autorise)", { parametre: "enClair" });
  }
  return enClair;
}

/**
 * Valeur de l'en-tête `Donnees-Personnelles` d'une réponse.
 *
 * @example
 * ```ts
 * new Response(flux, { headers: { "donnees-personnelles": enTeteDonneesPersonnelles(false) } }); // "masquees"
 * ```
 */
export function enTeteDonneesPersonnelles(enClair: boolean): "masquees" | "en-clair" {
  return enClair ? "en-clair" : "masquees";
}
