import { readFileSync } from "node:fs";
import type { ClientApiConvergence, ConfigurationClientOpco } from "@communs-opco/adaptateur-api-convergence";
import { ErreurUsage } from "../ErreurUsage";
import { opcosConvergence } from "./opcosConvergence";

/** Préfixe des variables d'environnement du client API Convergence de la CLI. */
const P = "COMMUNS_OPCO_CONVERGENCE_";

/**
 * Crée le client API Convergence d'un OPCO à partir des variables d'environnement (les
 * secrets ne passent jamais par la ligne de commande) : `COMMUNS_OPCO_CONVERGENCE_URL`
 * (URL de base), `_CLE` (clé d'API du CFA), `_URL_JETON`, `_CLIENT_ID`, `_CLIENT_SECRET`,
 * `_SCOPE`, `_TENANT` (Azure AD), `_CLE_PRIVEE` (chemin d'une clé PEM, DPoP). Un slug inconnu
 * ou une variable manquante est une erreur d'utilisation qui ne cite aucune valeur.
 *
 * @example
 * ```ts
 * const client = clientDepuisEnvironnement("akto", process.env);
 * ```
 */
export function clientDepuisEnvironnement(slug: string, environnement: NodeJS.ProcessEnv): ClientApiConvergence {
  const opco = opcosConvergence.get(slug);
  if (opco === undefined) throw new ErreurUsage(`OPCO inconnu : ${slug} (attendu : ${[...opcosConvergence.keys()].join(", ")})`);
  const lire = (nom: string): string | undefined => {
    const v = environnement[`${P}${nom}`];
    return v === undefined || v === "" ? undefined : v;
  };
  const baseUrl = lire("URL");
  const cleApi = lire("CLE");
  const manquantes = [baseUrl === undefined ? `${P}URL` : undefined, cleApi === undefined ? `${P}CLE` : undefined].filter((x) => x !== undefined);
  if (manquantes.length > 0) throw new ErreurUsage(`variables d'environnement manquantes : ${manquantes.join(", ")}`);
  const chemin = lire("CLE_PRIVEE");
  let clePrivee: string | undefined;
  if (chemin !== undefined) {
    try {
      clePrivee = readFileSync(chemin, "utf8");
    } catch {
      throw new ErreurUsage(`clé privée illisible (${P}CLE_PRIVEE)`);
    }
  }
  const facultatives: Record<string, string> = {};
  for (const [variable, cle] of [["URL_JETON", "urlJeton"], ["CLIENT_ID", "clientId"], ["CLIENT_SECRET", "clientSecret"], ["SCOPE", "scope"], ["TENANT", "tenant"]] as const) {
    const valeur = lire(variable);
    if (valeur !== undefined) facultatives[cle] = valeur;
  }
  const config: ConfigurationClientOpco = {
    baseUrl: baseUrl ?? "",
    cleApi: cleApi ?? "",
    editeur: "Communs OPCO",
    logiciel: "opco",
    version: "1",
    ...facultatives,
    ...(clePrivee === undefined ? {} : { clePrivee }),
  };
  try {
    return opco.creerClient(config);
  } catch (erreur) {
    throw new ErreurUsage(`configuration incomplète pour ${opco.opco.nomOfficiel} : ${erreur instanceof Error ? erreur.message : "erreur"}`);
  }
}
