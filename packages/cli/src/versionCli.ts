import manifeste from "../package.json";

/**
 * Version du paquet `@communs-opco/cli` (celle de son package.json, intégrée à la compilation),
 * affichée par `opco --version`.
 *
 * @example
 * ```ts
 * versionCli; // "0.1.0"
 * ```
 */
export const versionCli: string = manifeste.version;
