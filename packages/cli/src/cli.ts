import { executerCli } from "./executerCli";
import { contexteProcessus } from "./contexteProcessus";
import { expliquerErreurSysteme } from "./sorties/expliquerErreurSysteme";

executerCli(process.argv.slice(2), contexteProcessus()).then(
  (code) => {
    process.exitCode = code;
  },
  (erreur: unknown) => {
    process.stderr.write(`opco : ${expliquerErreurSysteme(erreur)}\n`);
    process.exitCode = 3;
  },
);
