// Démarre le service Communs OPCO avec la page du portail servie à « / » (dossier public/) et, quand
// le paquet @communs-opco/formulaire-web est installé, ses composants servis à « /formulaire/ ».
// Utilisé par portail.mjs (npm run exemple:portail) et verifier.mjs (npm start, lancé par la CI).
import { fileURLToPath } from "node:url";
import { dossierFormulaireWeb } from "@communs-opco/cli";
import { demarrerService, modulesStandard, servirRessources } from "@communs-opco/service";

const PUBLIC = fileURLToPath(new URL("./public/", import.meta.url));

/**
 * @param {{ port?: number, hote?: string, signaux?: boolean, journal?: import("pino").Logger }} options
 * @returns {Promise<{ service: import("@communs-opco/service").ServiceDemarre, formulaire: boolean }>}
 */
export async function lancerPortail(options = {}) {
  const dossierFormulaire = await dossierFormulaireWeb((texte) => process.stderr.write(texte));
  const service = await demarrerService({
    port: options.port ?? 8080,
    hote: options.hote ?? "127.0.0.1",
    signaux: options.signaux ?? true,
    referentiels: ["embarque"],
    ...(options.journal === undefined ? {} : { journal: options.journal }),
    ...(dossierFormulaire === undefined ? {} : { dossierFormulaire }),
    // La page du portail à la racine ; les chemins sans fichier passent aux routes du service.
    modules: [...modulesStandard, servirRessources("/", PUBLIC, { nom: "portail", laisserPasser: true })],
  });
  return { service, formulaire: dossierFormulaire !== undefined };
}
