import type { EntrepriseEmulee } from "./EntrepriseEmulee";
import { ENTREPRISES_EMULEES } from "./entreprisesEmulees";
import { demarrerServeurEmulateur, type EmulateurHttp, type OptionsEmulateur } from "../ServeurEmulateur";

/**
 * Options de l'émulateur de l'API Recherche d'entreprises.
 *
 * @example
 * ```ts
 * const options: OptionsEmulateurRechercheEntreprises = { limiteParSeconde: 7 };
 * ```
 */
export interface OptionsEmulateurRechercheEntreprises extends OptionsEmulateur {
  /** @default ENTREPRISES_EMULEES */
  readonly entreprises?: readonly EntrepriseEmulee[];
}

function etablissement(entreprise: EntrepriseEmulee, siege: boolean): Record<string, unknown> {
  return {
    siret: entreprise.siret,
    activite_principale: entreprise.naf,
    adresse: entreprise.adresse,
    code_postal: entreprise.codePostal,
    commune: entreprise.commune,
    libelle_commune: entreprise.libelleCommune,
    est_siege: siege,
    etat_administratif: entreprise.etatAdministratif,
    liste_idcc: entreprise.idcc.length === 0 ? null : entreprise.idcc,
    tranche_effectif_salarie: entreprise.trancheEffectif,
  };
}

/**
 * Démarre un émulateur local de l'API Recherche d'entreprises (`recherche-entreprises.api.gouv.fr`,
 * sans authentification) : `GET /search?q=<SIREN|SIRET|texte>&page=&per_page=` (25 par page au plus)
 * → `{results [{siren, nom_complet, etat_administratif, activite_principale, tranche_effectif_salarie,
 * siege, matching_etablissements, complements {liste_idcc}}], total_results, page, per_page, total_pages}`.
 *
 * @example
 * ```ts
 * const emulateur = await demarrerEmulateurRechercheEntreprises();
 * const client = creerClientRechercheEntreprises({ urlBase: emulateur.url });
 * ```
 */
export async function demarrerEmulateurRechercheEntreprises(
  options: OptionsEmulateurRechercheEntreprises = {},
): Promise<EmulateurHttp> {
  const entreprises = options.entreprises ?? ENTREPRISES_EMULEES;
  return demarrerServeurEmulateur({
    ...options,
    routes: [
      {
        methode: "GET",
        motif: "/search",
        gerer: (requete) => {
          const q = (requete.parametres.get("q") ?? "").replace(/\s+/g, "");
          const page = Number(requete.parametres.get("page") ?? "1");
          const parPage = Number(requete.parametres.get("per_page") ?? "10");
          if (q.length < 3 || !Number.isInteger(page) || page < 1 || !Number.isInteger(parPage) || parPage < 1 || parPage > 25) {
            return { statut: 400, corps: { erreur: "Veuillez indiquer un paramètre de recherche valide." } };
          }
          const siren = /^\d{9}(\d{5})?$/.test(q) ? q.slice(0, 9) : null;
          const trouvees = entreprises.filter((e) =>
            siren === null ? e.nom.toLowerCase().includes(q.toLowerCase()) : e.siret.startsWith(siren),
          );
          const parSiren = new Map<string, EntrepriseEmulee[]>();
          for (const e of trouvees) parSiren.set(e.siret.slice(0, 9), [...(parSiren.get(e.siret.slice(0, 9)) ?? []), e]);
          const resultats = [...parSiren.entries()].map(([code, etablissements]) => {
            const siege = etablissements[0] as EntrepriseEmulee;
            const correspondants = q.length === 14 ? etablissements.filter((e) => e.siret === q) : etablissements;
            return {
              siren: code,
              nom_complet: siege.nom,
              nom_raison_sociale: siege.nom,
              nombre_etablissements: etablissements.length,
              etat_administratif: etablissements.some((e) => e.etatAdministratif === "A") ? "A" : "C",
              activite_principale: siege.naf,
              tranche_effectif_salarie: siege.trancheEffectif,
              siege: etablissement(siege, true),
              matching_etablissements: correspondants.map((e) => etablissement(e, e === siege)),
              complements: { liste_idcc: [...new Set(etablissements.flatMap((e) => e.idcc))] },
            };
          });
          return {
            statut: 200,
            corps: {
              results: resultats.slice((page - 1) * parPage, page * parPage),
              total_results: resultats.length,
              page,
              per_page: parPage,
              total_pages: Math.ceil(resultats.length / parPage),
            },
          };
        },
      },
    ],
  });
}
