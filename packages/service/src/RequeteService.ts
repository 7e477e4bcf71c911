import type { Context } from "hono";
import type { EnvService } from "./EnvService";
import { lireOctets } from "./lireCorps";
import { lireEntete } from "./lireEntete";

/**
 * Requête telle qu'un traitement de route la lit, quel que soit le chemin qui l'a reçue : l'application
 * Hono ({@link requeteHono}) ou l'écoute directe du serveur Node (`ApplicationService.ecouteurNode`).
 * Un traitement écrit une fois sert ainsi les deux chemins, avec les mêmes paramètres, la même limite de
 * corps et le même suivi (titulaire, contrats, données en clair).
 *
 * @example
 * ```ts
 * const date = requete.parametre("date"); // "2025-11-03" ou undefined
 * const octets = await requete.octets(contexte.limiteCorpsOctets);
 * requete.contrats = 1;
 * ```
 */
export interface RequeteService {
  /** Paramètre de la requête (`?nom=`), décodé comme Hono le décode ; `undefined` s'il manque. */
  parametre(nom: string): string | undefined;
  /** En-tête de la requête (nom en minuscules) ; `undefined` s'il manque. */
  entete(nom: string): string | undefined;
  /** Corps entier en octets, refusé (413) au-delà de `limite` octets. */
  octets(limite: number): Promise<Uint8Array>;
  /**
   * Corps entier **déjà reçu**, lu sans attendre : présent sur l'écoute directe du serveur Node
   * (`ContexteService.routeDirecte`), qui reçoit le corps, dans la limite `limiteCorpsOctets` du
   * service, avant d'appeler le traitement ; 413 levé au-delà, comme `octets`. Absent (ou `undefined`
   * rendu) quand le corps n'est pas encore lu : lire alors `octets`.
   */
  octetsRecus?(): Uint8Array | undefined;
  /** OPCO titulaire de la clé d'API (ou `anonyme`). */
  readonly titulaire: string;
  /** Nombre de contrats contrôlés par la requête (usage, journal). */
  contrats: number;
  /** Vrai quand la requête obtient ses données personnelles en clair (les réponses d'erreur le reprennent). */
  enClair: boolean;
}

/**
 * Réponse JSON 200 d'un traitement : le corps déjà sérialisé (texte JSON, ou ses octets UTF-8, écrit
 * tel quel) et les en-têtes propres à la route ; le service y ajoute les siens (type, identifiant de requête, `RateLimit-*`).
 *
 * @example
 * ```ts
 * const reponse: ReponseService = { texte: JSON.stringify({ statut: "conforme", constats: [] }), entetes: { "donnees-personnelles": "masquees" } };
 * ```
 */
export interface ReponseService {
  readonly texte: string | Uint8Array;
  readonly entetes: Record<string, string>;
}

/**
 * La requête d'un contexte Hono, vue comme une {@link RequeteService} (variables `titulaire`,
 * `contrats` et `enClair` du contexte).
 *
 * @example
 * ```ts
 * const reponse = await traitement(requeteHono(c));
 * return reponseJson(c, reponse.texte, reponse.entetes);
 * ```
 */
export function requeteHono(c: Context<EnvService>): RequeteService {
  return {
    parametre: (nom) => c.req.query(nom),
    entete: (nom) => lireEntete(c, nom),
    octets: (limite) => lireOctets(c.req.raw, limite, lireEntete(c, "content-length")),
    get titulaire() {
      return c.get("titulaire");
    },
    get contrats() {
      return c.get("contrats");
    },
    set contrats(nombre: number) {
      c.set("contrats", nombre);
    },
    get enClair() {
      return c.get("enClair") === true;
    },
    set enClair(valeur: boolean) {
      c.set("enClair", valeur);
    },
  };
}
