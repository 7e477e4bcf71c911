import { executerCli } from "./executerCli";
import { contexteProcessus } from "./contexteProcessus";

executerCli(process.argv.slice(2), contexteProcessus()).then(
  (code) => {
    process.exitCode = code;
  },
  (erreur: unknown) => {
    process.stderr.write(`opco : erreur inattendue : ${erreur instanceof Error ? erreur.message : String(erreur)}\n`);
    process.exitCode = 1;
  },
);
