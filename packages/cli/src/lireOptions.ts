import { parseArgs, type ParseArgsConfig } from "node:util";
import { ErreurUsage } from "./ErreurUsage";

type Options = NonNullable<ParseArgsConfig["options"]>;
type Resultat<T extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>>;

/**
 * Analyse les arguments d'une commande avec `node:util.parseArgs` en mode strict et traduit
 * les erreurs d'analyse en {@link ErreurUsage} (message en français, code de sortie 2).
 *
 * @example
 * ```ts
 * const { values, positionals } = lireOptions(["--json", "123"], { json: { type: "boolean" } });
 * ```
 */
export function lireOptions<T extends Options>(args: string[], options: T): Resultat<T> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (erreur) {
    const code = (erreur as { code?: string }).code;
    const message = erreur instanceof Error ? erreur.message : String(erreur);
    const option = /'([^']+)'/.exec(message)?.[1] ?? "";
    switch (code) {
      case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
        throw new ErreurUsage(`option inconnue : ${option}`);
      case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
        throw new ErreurUsage(`valeur manquante ou invalide pour l'option ${option}`);
      default:
        throw new ErreurUsage(`arguments invalides : ${message}`);
    }
  }
}
