import type { EntrepriseEmulee } from "./EntrepriseEmulee";
import { ORGANISMES_EMULES } from "./organismesEmules";

/**
 * Employeurs par défaut des émulateurs, dérivés des organismes de l'extrait réel : SIRET, adresse et
 * état administratif réels ; NAF 85.59A et IDCC 1516 (organismes de formation, OPCO AKTO) attribués
 * aux organismes privés, aucun IDCC ni OPCO aux organismes publics (SIREN commençant par 1 ou 2).
 * Le rattachement NAF/IDCC/OPCO est une hypothèse de démonstration, pas une donnée officielle.
 *
 * @example
 * ```ts
 * const prive = ENTREPRISES_EMULEES.find((e) => e.opco !== null);
 * ```
 */
export const ENTREPRISES_EMULEES: readonly EntrepriseEmulee[] = ORGANISMES_EMULES.map((organisme) => {
  const public_ = organisme.siret.startsWith("1") || organisme.siret.startsWith("2");
  const adresse = organisme.adresse;
  return {
    siret: organisme.siret,
    nom: `ORGANISME ${organisme.siret.slice(0, 9)}`,
    etatAdministratif: organisme.etat_administratif === "fermé" ? "F" : "A",
    naf: public_ ? "85.32Z" : "85.59A",
    idcc: public_ ? [] : ["1516"],
    trancheEffectif: public_ ? "22" : "11",
    adresse: adresse?.label ?? "",
    codePostal: adresse?.code_postal ?? null,
    commune: adresse?.code_insee ?? null,
    libelleCommune: adresse?.localite ?? null,
    opco: public_ ? null : { code: "1", nom: "AKTO" },
  } satisfies EntrepriseEmulee;
});
