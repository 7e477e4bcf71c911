// Appel « témoin » du banc de pannes : une requête HTTP (node:http) dont l'issue exacte est relevée,
// là où autocannon ne donne que des comptes. Issues possibles :
// - `reponse` : réponse reçue entière (statut, type, corps texte, connexion réutilisée ou non) ;
// - `refusee` : connexion refusée (ECONNREFUSED), la requête n'est jamais partie ;
// - `coupeeSansReponse` : connexion établie puis fermée ou réinitialisée sans un seul octet de réponse ;
// - `coupeeEnCours` : réponse commencée (en-têtes reçus) puis interrompue : réponse à moitié écrite.
import { request } from "node:http";

/**
 * Envoie une requête et rend son issue (ne rejette jamais).
 * - `corps` : envoyé en une fois avec `Content-Length` ;
 * - `morceaux` : envoyés un à un en `Transfer-Encoding: chunked` (sans `Content-Length`) ;
 * - `agent` : un agent keep-alive pour réutiliser la connexion d'un appel à l'autre.
 */
export function appelTemoin(url, { methode = "POST", entetes = {}, corps, morceaux, agent } = {}) {
  return new Promise((resoudre) => {
    let connecte = false;
    let commencee = false;
    let fini = false;
    const finir = (issue) => {
      if (fini) return;
      fini = true;
      resoudre(issue);
    };
    const r = request(url, { method: methode, headers: entetes, ...(agent === undefined ? {} : { agent }) }, (reponse) => {
      commencee = true;
      const morceauxRecus = [];
      reponse.on("data", (m) => morceauxRecus.push(m));
      reponse.on("end", () => {
        // Fin du corps annoncée par le serveur (longueur atteinte ou dernier morceau reçu) : réponse entière.
        if (reponse.complete) finir({ issue: "reponse", statut: reponse.statusCode, type: String(reponse.headers["content-type"] ?? ""), connexion: reponse.headers.connection, corps: Buffer.concat(morceauxRecus).toString("utf8"), reutilisee: r.reusedSocket });
        else finir({ issue: "coupeeEnCours", statut: reponse.statusCode });
      });
      reponse.on("aborted", () => finir({ issue: "coupeeEnCours", statut: reponse.statusCode }));
      reponse.on("error", () => finir({ issue: "coupeeEnCours", statut: reponse.statusCode }));
    });
    r.on("socket", (socket) => {
      if (!socket.connecting) connecte = true;
      else socket.once("connect", () => (connecte = true));
    });
    r.on("error", (erreur) => {
      if (commencee) finir({ issue: "coupeeEnCours", code: erreur.code });
      else if (!connecte && erreur.code === "ECONNREFUSED") finir({ issue: "refusee", code: erreur.code });
      else finir({ issue: "coupeeSansReponse", code: erreur.code ?? erreur.message });
    });
    if (morceaux !== undefined) {
      for (const m of morceaux) r.write(m);
      r.end();
    } else r.end(corps);
  });
}

/** Compte les issues d'une liste d'appels, par nom d'issue (et statut HTTP pour les réponses). */
export function compterIssues(issues) {
  const comptes = {};
  for (const i of issues) {
    const cle = i.issue === "reponse" ? `reponse${i.statut}` : i.issue;
    comptes[cle] = (comptes[cle] ?? 0) + 1;
  }
  return comptes;
}
