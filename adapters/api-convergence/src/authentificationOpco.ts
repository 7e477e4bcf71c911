import type { AuthentificationApiConvergence } from "./AuthentificationApiConvergence.js";
import type { ConfigurationClientOpco } from "./ConfigurationClientOpco.js";
import type { ProfilAuthentificationOpco } from "./ProfilAuthentificationOpco.js";

/**
 * Construit l'authentification du client à partir du profil de l'OPCO et de la
 * configuration du CFA. Lève une `TypeError` (avant tout appel, sans citer de valeur
 * secrète) si un identifiant requis par la saveur manque.
 *
 * @example
 * ```ts
 * authentificationOpco({ saveur: "azure_ad", confiance: "F", source: "…" }, { ...config, tenant: "t", clientId: "c", clientSecret: "s", scope: "api://x/.default" });
 * // { type: "oauth2", urlJeton: "https://login.microsoftonline.com/t/oauth2/v2.0/token", … }
 * ```
 */
export function authentificationOpco(profil: ProfilAuthentificationOpco, config: ConfigurationClientOpco): AuthentificationApiConvergence {
  const manquants: string[] = [];
  const exiger = (nom: keyof ConfigurationClientOpco): string => {
    const valeur = config[nom];
    if (typeof valeur !== "string" || valeur === "") {
      manquants.push(nom);
      return "";
    }
    return valeur;
  };
  let resultat: AuthentificationApiConvergence;
  switch (profil.saveur) {
    case "azure_ad": {
      const urlJeton = config.urlJeton ?? (config.tenant === undefined ? exiger("urlJeton") : `https://login.microsoftonline.com/${encodeURIComponent(config.tenant)}/oauth2/v2.0/token`);
      resultat = { type: "oauth2", urlJeton, clientId: exiger("clientId"), clientSecret: exiger("clientSecret"), scope: config.scope ?? exiger("scope") };
      break;
    }
    case "oidc_sans_scope":
      resultat = { type: "oauth2", urlJeton: exiger("urlJeton"), clientId: exiger("clientId"), clientSecret: exiger("clientSecret") };
      break;
    case "dpop": {
      if (config.clePrivee === undefined) manquants.push("clePrivee");
      const scope = config.scope ?? profil.scope;
      resultat = {
        type: "dpop",
        urlJeton: exiger("urlJeton"),
        clientId: exiger("clientId"),
        ...(config.clientSecret === undefined ? {} : { clientSecret: config.clientSecret }),
        ...(scope === undefined ? {} : { scope }),
        clePrivee: config.clePrivee ?? "",
      };
      break;
    }
    case "scope_api":
      resultat = { type: "oauth2", urlJeton: exiger("urlJeton"), clientId: exiger("clientId"), clientSecret: exiger("clientSecret"), scope: config.scope ?? profil.scope ?? "api.read api.write" };
      break;
  }
  if (manquants.length > 0) throw new TypeError(`Configuration incomplète pour l'authentification « ${profil.saveur} » : ${manquants.join(", ")}.`);
  return resultat;
}
