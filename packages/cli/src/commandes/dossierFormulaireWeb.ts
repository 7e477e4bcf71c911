/** Point d'entrée Node du paquet du formulaire web : il donne le dossier de ses fichiers construits. */
const MODULE_RESSOURCES = "@communs-opco/formulaire-web/ressources";

/**
 * Dossier des fichiers construits du formulaire web (`@communs-opco/formulaire-web`), que
 * `opco serveur` sert à `/formulaire/`. Paquet absent (ou sans `cheminRessources()`) : `undefined`
 * et un avis en français par `avertir` ; le service démarre alors sans `/formulaire/`.
 * `importer` est injectable (tests) ; par défaut, l'import dynamique du paquet.
 *
 * @example
 * ```ts
 * const dossier = await dossierFormulaireWeb((texte) => process.stderr.write(texte));
 * await demarrerService({ port: 8080, ...(dossier === undefined ? {} : { dossierFormulaire: dossier }) });
 * ```
 */
export async function dossierFormulaireWeb(avertir: (texte: string) => void, importer: (nom: string) => Promise<unknown> = (nom) => import(nom)): Promise<string | undefined> {
  try {
    const module = (await importer(MODULE_RESSOURCES)) as { cheminRessources?: unknown };
    if (typeof module.cheminRessources !== "function") throw new TypeError("cheminRessources absent");
    const dossier: unknown = (module.cheminRessources as () => unknown)();
    if (typeof dossier !== "string" || dossier === "") throw new TypeError("chemin vide");
    return dossier;
  } catch {
    avertir("Avis : formulaire web non servi à /formulaire/ (paquet @communs-opco/formulaire-web absent : npm install @communs-opco/formulaire-web).\n");
    return undefined;
  }
}
