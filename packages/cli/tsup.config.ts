import { defineConfig } from "tsup";
import { configurationTsup } from "../../tsup.config.base";

export default defineConfig([
  configurationTsup(),
  // Binaire : découpé en morceaux pour que chaque commande (et ses dépendances) ne soit chargée
  // qu'à son lancement (import dynamique dans src/commandes.ts).
  configurationTsup({ entry: { cli: "src/cli.ts" }, format: ["esm"], dts: false, clean: false, splitting: true }),
  // Fil de calcul de `opco controle --fils N` (node:worker_threads), chargé par son chemin.
  configurationTsup({ entry: { travailleurControle: "src/controle/parallele/travailleurControle.ts" }, format: ["esm"], dts: false, clean: false }),
]);
