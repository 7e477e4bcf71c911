// Vérification du portail d'exemple (npm start ; la CI lance ainsi chaque exemple) : démarre le
// service sur un port libre de 127.0.0.1, vérifie la page « / », sa feuille de charte, « /sante »
// et « /formulaire/ » quand les composants sont installés, puis arrête le service. Sortie 0 si tout
// répond comme attendu ; jamais de serveur laissé en marche.
import pino from "pino";
import { lancerPortail } from "./lancerPortail.mjs";

const { service, formulaire } = await lancerPortail({ port: 0, signaux: false, journal: pino({ level: "warn" }) });
console.log(`Portail d'exemple démarré sur ${service.url}`);
const echecs = [];
async function verifier(chemin, attendu) {
  const reponse = await fetch(`${service.url}${chemin}`, { signal: AbortSignal.timeout(10_000) });
  const texte = await reponse.text();
  const ok = reponse.status === attendu.statut && (attendu.type === undefined || (reponse.headers.get("content-type") ?? "").startsWith(attendu.type)) && (attendu.contient ?? []).every((t) => texte.includes(t));
  console.log(`${ok ? "ok  " : "ÉCHEC"} GET ${chemin} → ${reponse.status} ${reponse.headers.get("content-type") ?? ""}`);
  if (!ok) echecs.push(chemin);
}
try {
  await verifier("/", { statut: 200, type: "text/html", contient: ["<cerfa-apprentissage", "<offres-alternance", "/formulaire/cerfa-apprentissage.js", "/formulaire/offres-alternance.js"] });
  await verifier("/charte.css", { statut: 200, type: "text/css", contient: ["--cerfa-couleur-principale", "::part("] });
  await verifier("/portail.js", { statut: 200, type: "text/javascript" });
  await verifier("/sante", { statut: 200, type: "application/json", contient: ['"ok"'] });
  if (formulaire) {
    await verifier("/formulaire/cerfa-apprentissage.js", { statut: 200, type: "text/javascript" });
    await verifier("/formulaire/offres-alternance.js", { statut: 200, type: "text/javascript" });
  } else {
    await verifier("/formulaire/cerfa-apprentissage.js", { statut: 404, type: "application/problem+json" });
  }
} catch (erreur) {
  console.error(`Le portail n'a pas répondu : ${erreur?.message ?? erreur}`);
  echecs.push("(connexion)");
} finally {
  await service.arreter();
}
console.log(echecs.length === 0 ? "Portail d'exemple vérifié, service arrêté." : `Échecs : ${echecs.join(", ")}`);
process.exitCode = echecs.length === 0 ? 0 : 1;
