import type { Referentiel, ReponseReferentiel } from "./Referentiel";

/**
 * Compose deux référentiels : hors ligne d'abord, en ligne en secours. La réponse hors ligne est
 * gardée si elle est `trouve` ou `indetermine` ; sinon (`absent`, `indisponible`) on interroge le
 * référentiel en ligne. Si celui-ci est lui-même indisponible (ou lève une exception), on rend la
 * réponse hors ligne en y ajoutant la raison : jamais un silence pris pour une conformité.
 *
 * @example
 * ```ts
 * const referentiel = referentielMixte(new ReferentielHorsLigne(instantane), clientEnLigne);
 * await referentiel.certification("RNCP37566");
 * ```
 */
export function referentielMixte(horsLigne: Referentiel, enLigne: Referentiel): Referentiel {
  async function composer<T>(local: () => Promise<ReponseReferentiel<T>>, distant: () => Promise<ReponseReferentiel<T>>): Promise<ReponseReferentiel<T>> {
    const r1 = await local();
    if (r1.statut === "trouve" || r1.statut === "indetermine") return r1;
    let r2: ReponseReferentiel<T>;
    try {
      r2 = await distant();
    } catch (erreur) {
      r2 = { statut: "indisponible", raison: erreur instanceof Error ? erreur.message : String(erreur), source: { nom: enLigne.nom, date: null } };
    }
    if (r2.statut !== "indisponible") return r2;
    return { ...r1, raison: `${r1.raison} ; en ligne : ${r2.raison}` };
  }
  return {
    nom: `mixte (${horsLigne.nom}, puis ${enLigne.nom})`,
    certification: (code) => composer(() => horsLigne.certification(code), () => enLigne.certification(code)),
    convention: (idcc) => composer(() => horsLigne.convention(idcc), () => enLigne.convention(idcc)),
    conventionsDeApe: (ape) => composer(() => horsLigne.conventionsDeApe(ape), () => enLigne.conventionsDeApe(ape)),
    opcoDeIdcc: (idcc) => composer(() => horsLigne.opcoDeIdcc(idcc), () => enLigne.opcoDeIdcc(idcc)),
    opcoDeSiret: (siret) => composer(() => horsLigne.opcoDeSiret(siret), () => enLigne.opcoDeSiret(siret)),
    npec: (criteres) => composer(() => horsLigne.npec(criteres), () => enLigne.npec(criteres)),
    organisme: (cle) => composer(() => horsLigne.organisme(cle), () => enLigne.organisme(cle)),
    entreprise: (siret) => composer(() => horsLigne.entreprise(siret), () => enLigne.entreprise(siret)),
    habilitation: (rncp, siret) => composer(() => horsLigne.habilitation(rncp, siret), () => enLigne.habilitation(rncp, siret)),
  };
}
