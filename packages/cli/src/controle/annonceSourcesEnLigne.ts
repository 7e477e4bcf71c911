import type { EnvironnementReferentiels } from "@communs-opco/referentiels";

/**
 * Message (sortie d'erreur) qui annonce, avant le premier contrat, ce que `opco controle
 * --referentiel mixte|en-ligne` va faire : l'instantané d'abord (mixte), les services en ligne
 * contactés en secours (adresse de remplacement quand une variable d'environnement la donne), ceux
 * qui ne le seront pas faute de clé, et la borne d'attente de chaque appel. Ne cite jamais une clé.
 *
 * @example
 * ```ts
 * contexte.ecrireErreur(annonceSourcesEnLigne("mixte", process.env, 10));
 * ```
 */
export function annonceSourcesEnLigne(mode: "mixte" | "en-ligne", env: EnvironnementReferentiels, delaiSecondes: number): string {
  const adresse = (valeur: string | undefined) => (valeur === undefined || valeur === "" ? "" : ` (${valeur})`);
  const cle = (valeur: string | undefined) => valeur !== undefined && valeur !== "";
  const contactees = [
    `Recherche d'entreprises${adresse(env.COMMUNS_OPCO_RECHERCHE_ENTREPRISES_URL)}`,
    `Référentiel des organismes (ONISEP)${adresse(env.COMMUNS_OPCO_ONISEP_URL)}`,
    `CFA Dock${adresse(env.COMMUNS_OPCO_CFA_DOCK_URL)}`,
    ...(cle(env.COMMUNS_OPCO_API_APPRENTISSAGE_CLE) ? [`API Apprentissage${adresse(env.COMMUNS_OPCO_API_APPRENTISSAGE_URL)}`] : []),
    ...(cle(env.COMMUNS_OPCO_SIRO_CLE) ? [`SIRO${adresse(env.COMMUNS_OPCO_SIRO_URL)}`] : []),
  ];
  const sansCle = [...(cle(env.COMMUNS_OPCO_API_APPRENTISSAGE_CLE) ? [] : ["API Apprentissage (COMMUNS_OPCO_API_APPRENTISSAGE_CLE absente)"]), ...(cle(env.COMMUNS_OPCO_SIRO_CLE) ? [] : ["SIRO (COMMUNS_OPCO_SIRO_CLE absente)"])];
  return (
    `Référentiel ${mode} : ${mode === "mixte" ? "instantané embarqué d'abord, puis en secours " : ""}services en ligne contactés : ${contactees.join(", ")}` +
    `${sansCle.length === 0 ? "" : ` ; non contactés : ${sansCle.join(", ")}`}.\n` +
    `Chaque appel attend au plus ${String(delaiSecondes)} s (--delai-max) ; une source injoignable est coupée après quelques échecs et signalée ici` +
    `${mode === "mixte" ? " : les réponses de l'instantané sont alors gardées et ce qu'il ne prouve pas reste indéterminé" : ""}.\n`
  );
}
