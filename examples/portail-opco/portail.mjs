// Portail d'exemple : npm run exemple:portail (à la racine du dépôt). Tourne jusqu'à Ctrl+C (arrêt
// gracieux). Port : variable PORT (par défaut 8080). Offres : variable COMMUNS_OPCO_LBA_JETON.
import { lancerPortail } from "./lancerPortail.mjs";

const port = process.env.PORT === undefined || process.env.PORT === "" ? 8080 : Number(process.env.PORT);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`PORT attend un port de 0 à 65535 (reçu : « ${process.env.PORT} »)`);
  process.exit(2);
}
try {
  const { service, formulaire } = await lancerPortail({ port });
  console.log(`Portail d'exemple à l'écoute sur ${service.url}/ (Ctrl+C pour arrêter)`);
  console.log(formulaire ? `Composants du formulaire servis à ${service.url}/formulaire/` : "Composants du formulaire absents : la page s'affiche sans eux.");
  if (process.env.COMMUNS_OPCO_LBA_JETON === undefined && process.env.COMMUNS_OPCO_API_APPRENTISSAGE_CLE === undefined) {
    console.log("Offres La bonne alternance : aucun jeton (COMMUNS_OPCO_LBA_JETON) ; le widget affichera « offres non configurées ».");
  }
} catch (erreur) {
  const code = erreur?.code;
  console.error(code === "EADDRINUSE" ? `le port ${port} est déjà utilisé : choisir un autre port avec PORT=8081` : `le portail n'a pas démarré : ${erreur?.message ?? erreur}`);
  process.exit(2);
}
