import { executerCli } from "./executerCli";
import { contexteProcessus } from "./contexteProcessus";
import { expliquerErreurSysteme } from "./sorties/expliquerErreurSysteme";
import { neutraliserSortie } from "./sorties/neutraliserSortie";

executerCli(process.argv.slice(2), contexteProcessus()).then(
  (code) => {
    process.exitCode = code;
  },
  (erreur: unknown) => {
    process.stderr.write(neutraliserSortie(`opco : ${expliquerErreurSysteme(erreur)}\n`));
    process.exitCode = 3;
  },
);
