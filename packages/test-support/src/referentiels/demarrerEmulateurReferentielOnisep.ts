import type { OrganismeEmule } from "./OrganismeEmule";
import { ORGANISMES_EMULES } from "./organismesEmules";
import { demarrerServeurEmulateur, type EmulateurHttp, type OptionsEmulateur, type ReponseEmulateur } from "../ServeurEmulateur";

/**
 * Options de l'émulateur du Référentiel des organismes (ONISEP).
 *
 * @example
 * ```ts
 * const options: OptionsEmulateurReferentielOnisep = { limiteParSeconde: 6 };
 * ```
 */
export interface OptionsEmulateurReferentielOnisep extends OptionsEmulateur {
  /** @default ORGANISMES_EMULES */
  readonly organismes?: readonly OrganismeEmule[];
}

function liste(valeur: string | null): string[] | null {
  return valeur === null ? null : valeur.split(",").map((element) => element.trim()).filter((element) => element.length > 0);
}

/**
 * Démarre un émulateur local du Référentiel des organismes (`/api/v1`, sans authentification) :
 * `GET /api/v1/organismes` (filtres `sirets`, `uais`, `natures`, `etat_administratif`, `qualiopi` ;
 * pagination 1-based `page` / `items_par_page`, réponse `{organismes, pagination {page,
 * resultats_par_page, nombre_de_page, total}}`) et `GET /api/v1/organismes/:siret` (404 « Siret inconnu »).
 *
 * @example
 * ```ts
 * const emulateur = await demarrerEmulateurReferentielOnisep();
 * const client = creerClientReferentielOnisep({ urlBase: `${emulateur.url}/api/v1` });
 * ```
 */
export async function demarrerEmulateurReferentielOnisep(options: OptionsEmulateurReferentielOnisep = {}): Promise<EmulateurHttp> {
  const organismes = options.organismes ?? ORGANISMES_EMULES;
  const invalide = (message: string): ReponseEmulateur => ({
    statut: 400,
    corps: { statusCode: 400, error: "Bad Request", message: "Erreur de validation", details: [{ message }] },
  });
  return demarrerServeurEmulateur({
    ...options,
    routes: [
      {
        methode: "GET",
        motif: "/api/v1/organismes",
        gerer: (requete) => {
          const page = Number(requete.parametres.get("page") ?? "1");
          const parPage = Number(requete.parametres.get("items_par_page") ?? "10");
          if (!Number.isInteger(page) || page < 1 || !Number.isInteger(parPage) || parPage < 1) return invalide("pagination invalide");
          const sirets = liste(requete.parametres.get("sirets"));
          const uais = liste(requete.parametres.get("uais"));
          const natures = liste(requete.parametres.get("natures"));
          const etat = requete.parametres.get("etat_administratif");
          const qualiopi = requete.parametres.get("qualiopi");
          if (sirets?.some((s) => !/^(\d{9}|\d{14})$/.test(s)) === true) return invalide("sirets invalides");
          const filtres = organismes.filter(
            (o) =>
              (sirets === null || sirets.some((s) => o.siret.startsWith(s))) &&
              (uais === null || (o.uai !== undefined && uais.includes(o.uai))) &&
              (natures === null || natures.includes(o.nature)) &&
              (etat === null || o.etat_administratif === etat) &&
              (qualiopi === null || (o.qualiopi === true) === (qualiopi === "true")),
          );
          return {
            statut: 200,
            corps: {
              organismes: filtres.slice((page - 1) * parPage, page * parPage),
              pagination: { page, resultats_par_page: parPage, nombre_de_page: Math.ceil(filtres.length / parPage), total: filtres.length },
            },
          };
        },
      },
      {
        methode: "GET",
        motif: "/api/v1/organismes/:siret",
        gerer: (requete) => {
          const siret = requete.parametresChemin["siret"] ?? "";
          if (!/^\d{14}$/.test(siret)) return invalide("siret invalide");
          const organisme = organismes.find((o) => o.siret === siret);
          return organisme === undefined
            ? { statut: 404, corps: { statusCode: 404, error: "Not Found", message: "Siret inconnu" } }
            : { statut: 200, corps: organisme };
        },
      },
    ],
  });
}
