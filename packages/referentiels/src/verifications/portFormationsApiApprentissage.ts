import type { ClientApiApprentissage } from "../clients/apiApprentissage/creerClientApiApprentissage";
import type { Formation } from "../clients/apiApprentissage/schemaFormation";
import type { ReponseReferentiel, SourceReponse } from "../Referentiel";
import type { FormationCatalogue } from "./FormationCatalogue";
import type { PortFormations } from "./PortFormations";

const SOURCE: SourceReponse = { nom: "Catalogue des formations (API Apprentissage)", url: "https://api.apprentissage.beta.gouv.fr/api/formation/v1/search", date: null };

function versFormation(f: Formation): FormationCatalogue {
  const partie = (p: Formation["responsable"]) => ({ siret: p.organisme?.identifiant.siret ?? null, uai: p.organisme?.identifiant.uai ?? null, connu: p.connu });
  const adresse = f.lieu.adresse;
  return {
    cle: f.identifiant.cle_ministere_educatif,
    statut: f.statut.catalogue,
    rncp: f.certification.valeur?.identifiant.rncp ?? null,
    cfd: f.certification.valeur?.identifiant.cfd ?? null,
    certificationConnue: f.certification.connue,
    responsable: partie(f.responsable),
    formateur: partie(f.formateur),
    lieu: { uai: f.lieu.uai, siret: f.lieu.siret, codePostal: adresse?.code_postal ?? null, codeInsee: adresse?.commune.code_insee ?? null },
    sessions: f.sessions.map((s) => ({ debut: s.debut.slice(0, 10), fin: s.fin.slice(0, 10) })),
  };
}

/**
 * Port du catalogue des formations sur le client de l'API Apprentissage : toutes les pages de
 * `/formation/v1/search?rncp=…` (archivées comprises). Une erreur du client (réseau, délai, schéma)
 * donne une réponse `indisponible` qui nomme la source.
 *
 * @example
 * ```ts
 * const formations = portFormationsApiApprentissage(creerClientApiApprentissage({ cleApi }));
 * await evaluerReglesAsync(reglesPrepaiement(), contrat, { dateEvaluation: "2026-11-26", ports: { referentiel, formations } });
 * ```
 */
export function portFormationsApiApprentissage(client: ClientApiApprentissage): PortFormations {
  return {
    async rechercher({ rncp }): Promise<ReponseReferentiel<FormationCatalogue[]>> {
      try {
        const toutes: FormationCatalogue[] = [];
        for await (const page of client.rechercherFormations({ rncp, inclureArchivees: true })) toutes.push(...page.map(versFormation));
        if (toutes.length === 0) return { statut: "absent", raison: `aucune formation publiée ou archivée pour ${rncp}`, source: SOURCE };
        return { statut: "trouve", valeur: toutes, source: SOURCE };
      } catch (erreur) {
        return { statut: "indisponible", raison: erreur instanceof Error ? erreur.message : String(erreur), source: SOURCE };
      }
    },
  };
}
