import type { ClientApiApprentissage } from "../clients/apiApprentissage/creerClientApiApprentissage";
import type { ReponseReferentiel, SourceReponse } from "../Referentiel";
import type { CommuneGeographie, PortGeographie } from "./PortGeographie";

const SOURCE: SourceReponse = { nom: "API Apprentissage (géographie)", url: "https://api.apprentissage.beta.gouv.fr/api/geographie/v1/commune/search", date: null };

/**
 * Port géographique sur le client de l'API Apprentissage : `GET /geographie/v1/commune/search?code=`
 * filtré sur les communes dont le code postal est celui demandé (la route répond aussi sur un code
 * INSEE). Une erreur du client donne `indisponible` ; un code sans commune, `absent`.
 *
 * @example
 * ```ts
 * const geographie = portGeographieApiApprentissage(creerClientApiApprentissage({ cleApi }));
 * await evaluerReglesAsync(reglesPrepaiement(), contrat, { dateEvaluation: "2026-11-26", ports: { referentiel, geographie } });
 * ```
 */
export function portGeographieApiApprentissage(client: ClientApiApprentissage): PortGeographie {
  return {
    async communesDuCodePostal(codePostal): Promise<ReponseReferentiel<CommuneGeographie[]>> {
      const code = codePostal.trim();
      if (!/^\d{5}$/.test(code)) return { statut: "absent", raison: `code postal mal formé : « ${codePostal} »`, source: SOURCE };
      try {
        const communes = (await client.communes(code)).filter((c) => c.code.postaux.includes(code));
        if (communes.length === 0) return { statut: "absent", raison: `aucune commune pour le code postal ${code}`, source: SOURCE };
        return {
          statut: "trouve",
          source: SOURCE,
          valeur: communes.map((c) => ({ nom: c.nom, codeInsee: c.code.insee, codesPostaux: c.code.postaux, anciennes: c.anciennes.map((a) => a.nom), arrondissements: c.arrondissements.map((a) => a.nom) })),
        };
      } catch (erreur) {
        return { statut: "indisponible", raison: erreur instanceof Error ? erreur.message : String(erreur), source: SOURCE };
      }
    },
  };
}
