import type { CapaciteReferentiel } from "./capacites/CapaciteReferentiel";
import type { Referentiel, ReponseReferentiel } from "./Referentiel";

const RANG = { complete: 2, extrait: 1, indisponible: 0 } as const;

/** Capacités du composé : pour chaque question, la meilleure des deux sources (le secours en ligne comble un extrait ou une absence). */
function meilleures(horsLigne: readonly CapaciteReferentiel[], enLigne: readonly CapaciteReferentiel[]): CapaciteReferentiel[] {
  return horsLigne.map((h) => {
    // une réponse hors ligne « trouve » n'est pas complétée en ligne : le NDA absent de l'instantané le reste
    if (h.question === "organisme.numeroActivite") return h;
    const l = enLigne.find((c) => c.question === h.question);
    if (l === undefined || RANG[l.disponibilite] <= RANG[h.disponibilite]) return h;
    return l;
  });
}

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
    capacites: () => meilleures(horsLigne.capacites?.() ?? [], enLigne.capacites?.() ?? []),
  };
}
