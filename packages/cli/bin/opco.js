#!/usr/bin/env node
// Lanceur du binaire `opco` : présent dans le dépôt pour que npm crée le lien dès `npm ci`,
// il charge la CLI compilée (`npm run build`).
import("../dist/cli.js").catch((erreur) => {
  if (erreur && erreur.code === "ERR_MODULE_NOT_FOUND") {
    process.stderr.write("opco : la CLI n'est pas compilée. Lancez d'abord « npm run build ».\n");
    process.exitCode = 2;
    return;
  }
  throw erreur;
});
