import type { CriteresNpec } from "./npec/rechercherNpec";
import type { Referentiel } from "./Referentiel";

/**
 * Enveloppe un référentiel **en mémoire** (instantané embarqué ou local) pour la durée d'une
 * exécution : chaque consultation est mémorisée par clé (méthode et arguments), et la même
 * réponse — la même promesse déjà résolue — est rendue aux consultations suivantes. Un lot où
 * reviennent les mêmes CFA, certifications et conventions ne refait ni la recherche ni les
 * messages. Mémoire bornée : au-delà de `capacite` clés, les moins récemment lues sont oubliées.
 *
 * À ne pas employer devant un service en ligne (dont la réponse peut changer pendant l'exécution
 * ou échouer passagèrement) : les modes en ligne et mixte gardent leur propre cache.
 *
 * @example
 * ```ts
 * const referentiel = referentielMemorise(new ReferentielHorsLigne(await chargerInstantaneEmbarque()));
 * await referentiel.organisme("13000492600015"); // recherche faite
 * await referentiel.organisme("13000492600015"); // même réponse, sans nouvelle recherche
 * ```
 */
export function referentielMemorise(referentiel: Referentiel, options: { capacite?: number } = {}): Referentiel {
  const capacite = options.capacite ?? 100_000;
  const memoire = new Map<string, Promise<unknown>>();
  function memoriser<T>(cle: string, consulter: () => Promise<T>): Promise<T> {
    const connue = memoire.get(cle);
    if (connue !== undefined) {
      // Ordre de la Map = ordre de dernière lecture : la plus ancienne est évincée la première.
      memoire.delete(cle);
      memoire.set(cle, connue);
      return connue as Promise<T>;
    }
    const reponse = consulter();
    memoire.set(cle, reponse);
    if (memoire.size > capacite) {
      const ancienne = memoire.keys().next();
      if (ancienne.done !== true) memoire.delete(ancienne.value);
    }
    // Une consultation qui échoue n'est pas retenue : la suivante réessaie.
    reponse.catch(() => memoire.delete(cle));
    return reponse;
  }
  const cleNpec = (c: CriteresNpec) => `npec\u0000${c.rncp ?? ""}\u0000${c.cfd ?? ""}\u0000${c.idcc}\u0000${c.date}`;
  return {
    nom: referentiel.nom,
    certification: (code) => memoriser(`certification\u0000${code}`, () => referentiel.certification(code)),
    convention: (idcc) => memoriser(`convention\u0000${idcc}`, () => referentiel.convention(idcc)),
    conventionsDeApe: (ape) => memoriser(`ape\u0000${ape}`, () => referentiel.conventionsDeApe(ape)),
    opcoDeIdcc: (idcc) => memoriser(`opcoIdcc\u0000${idcc}`, () => referentiel.opcoDeIdcc(idcc)),
    opcoDeSiret: (siret) => memoriser(`opcoSiret\u0000${siret}`, () => referentiel.opcoDeSiret(siret)),
    npec: (criteres) => memoriser(cleNpec(criteres), () => referentiel.npec(criteres)),
    organisme: (cle) => memoriser(`organisme\u0000${cle}`, () => referentiel.organisme(cle)),
    entreprise: (siret) => memoriser(`entreprise\u0000${siret}`, () => referentiel.entreprise(siret)),
    habilitation: (rncp, siret) => memoriser(`habilitation\u0000${rncp}\u0000${siret}`, () => referentiel.habilitation(rncp, siret)),
    // Les capacités déclarées (sources complètes, extraites ou absentes) restent celles du référentiel enveloppé.
    ...(referentiel.capacites === undefined ? {} : { capacites: () => referentiel.capacites?.() ?? [] }),
  };
}
