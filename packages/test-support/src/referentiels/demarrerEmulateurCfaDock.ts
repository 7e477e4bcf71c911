import type { EntrepriseEmulee } from "./EntrepriseEmulee";
import { ENTREPRISES_EMULEES } from "./entreprisesEmulees";
import { demarrerServeurEmulateur, type EmulateurHttp, type OptionsEmulateur } from "../ServeurEmulateur";

/**
 * Options de l'émulateur CFA Dock (« quel OPCO ? »).
 *
 * @example
 * ```ts
 * const options: OptionsEmulateurCfaDock = { limiteParSeconde: 0.5 };
 * ```
 */
export interface OptionsEmulateurCfaDock extends OptionsEmulateur {
  /** @default ENTREPRISES_EMULEES */
  readonly entreprises?: readonly EntrepriseEmulee[];
}

const LIMITE_LOT = 100;

/**
 * Démarre un émulateur local de l'API CFA Dock de recherche d'OPCO : `GET /api/opcos?siret=` (ou `?idcc=`) →
 * `{filters, idcc (nombre), opcoName, opcoSiren, searchStatus ("OK" | "NOT_FOUND"), url}` et
 * `POST /api/opcos` (tableau de 100 `{siret}` au plus, 400 au-delà) → `{found: […]}`.
 * La recherche se fait au SIREN (9 premiers chiffres), comme le service réel.
 *
 * @example
 * ```ts
 * const emulateur = await demarrerEmulateurCfaDock();
 * const client = creerClientCfaDock({ urlBase: `${emulateur.url}/api` });
 * ```
 */
export async function demarrerEmulateurCfaDock(options: OptionsEmulateurCfaDock = {}): Promise<EmulateurHttp> {
  const entreprises = options.entreprises ?? ENTREPRISES_EMULEES;
  const rechercher = (siret: string): Record<string, unknown> => {
    const entreprise = entreprises.find((e) => e.siret === siret) ?? entreprises.find((e) => e.siret.slice(0, 9) === siret.slice(0, 9));
    const idcc = entreprise?.idcc[0];
    if (entreprise?.opco === null || entreprise === undefined) {
      return { filters: { siret, idcc: null }, idcc: null, opcoName: null, opcoSiren: null, searchStatus: "NOT_FOUND", url: null };
    }
    return {
      filters: { siret, idcc: null },
      idcc: idcc === undefined ? null : Number(idcc),
      opcoName: entreprise.opco.nom,
      opcoSiren: null,
      searchStatus: "OK",
      url: null,
    };
  };
  return demarrerServeurEmulateur({
    ...options,
    routes: [
      {
        methode: "GET",
        motif: "/api/opcos",
        gerer: (requete) => {
          const siret = requete.parametres.get("siret");
          const idcc = requete.parametres.get("idcc");
          if (siret === null && idcc !== null && /^\d{1,4}$/.test(idcc)) {
            const entreprise = entreprises.find((e) => e.opco !== null && e.idcc.some((code) => Number(code) === Number(idcc)));
            return {
              statut: 200,
              corps: {
                filters: { siret: null, idcc: Number(idcc) },
                idcc: Number(idcc),
                opcoName: entreprise?.opco?.nom ?? null,
                opcoSiren: null,
                searchStatus: entreprise === undefined ? "NOT_FOUND" : "OK",
                url: null,
              },
            };
          }
          if (siret === null || !/^(\d{9}|\d{14})$/.test(siret)) return { statut: 400, corps: { message: "siret invalide" } };
          return { statut: 200, corps: rechercher(siret) };
        },
      },
      {
        methode: "POST",
        motif: "/api/opcos",
        gerer: (requete) => {
          const corps = requete.corps;
          if (!Array.isArray(corps)) return { statut: 400, corps: { message: "un tableau de {siret} est attendu" } };
          if (corps.length > LIMITE_LOT) return { statut: 400, corps: { message: `${LIMITE_LOT} SIRET au plus par requête` } };
          const sirets = corps.map((element: unknown) =>
            typeof element === "object" && element !== null && "siret" in element ? String(element.siret) : "",
          );
          return { statut: 200, corps: { found: sirets.map(rechercher) } };
        },
      },
    ],
  });
}
