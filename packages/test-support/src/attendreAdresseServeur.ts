import type { ChildProcessByStdio } from "node:child_process";
import type { Readable } from "node:stream";

/**
 * Attend qu'un processus `opco serveur` (ou tout serveur qui annonce « … à l'écoute sur http://… »
 * sur sa sortie standard) soit prêt et rend son adresse. Une fois l'adresse lue, la sortie standard
 * continue d'être lue et jetée (le journal JSON ne remplit pas le tampon du tube) ; si le processus
 * s'arrête avant l'annonce, la promesse est rejetée avec ce qu'il a écrit.
 *
 * @example
 * ```ts
 * const enfant = spawn(process.execPath, [bin, "serveur", "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
 * const url = await attendreAdresseServeur(enfant); // "http://127.0.0.1:41234"
 * ```
 */
export function attendreAdresseServeur(enfant: ChildProcessByStdio<null, Readable, Readable | null>): Promise<string> {
  return new Promise<string>((resoudre, rejeter) => {
    let sortie = "";
    const surArret = (code: number | null) => rejeter(new Error(`le serveur s'est arrêté (code ${String(code)}) avant d'être prêt : ${sortie}`));
    const lire = (morceau: string) => {
      sortie += morceau;
      const trouve = /à l'écoute sur (http:\/\/\S+)/.exec(sortie);
      if (trouve === null) return;
      enfant.stdout.off("data", lire);
      enfant.off("exit", surArret);
      enfant.stdout.resume();
      resoudre(trouve[1]!);
    };
    enfant.stdout.setEncoding("utf8");
    enfant.stdout.on("data", lire);
    enfant.once("exit", surArret);
  });
}
