import type { CriteresNpec } from "./npec/rechercherNpec";
import type { ReferentielEnMemoireSynchrone } from "./ReferentielEnMemoireSynchrone";

/** Une table de réponses par méthode, vidée quand elle dépasse sa capacité (mémoire bornée). */
function table<R>(capacite: number, consulter: (cle: string) => R): (cle: string) => R {
  const memoire = new Map<string, R>();
  return (cle) => {
    const connue = memoire.get(cle);
    if (connue !== undefined) return connue;
    const reponse = consulter(cle);
    if (memoire.size >= capacite) memoire.clear();
    memoire.set(cle, reponse);
    return reponse;
  };
}

/**
 * Mémorise, pour la durée d'une exécution, les réponses d'un référentiel **en mémoire** (sans
 * promesse, p. ex. `ReferentielHorsLigne.enMemoire`) : la même clé rend la même réponse, sans
 * refaire la recherche ni ses messages. Une table par méthode, clé = argument tel que reçu ;
 * mémoire bornée : une table qui atteint `capacite` clés est vidée. Une consultation qui lève
 * n'est pas retenue. Le référentiel enveloppé doit rester le même pendant l'exécution (un
 * instantané chargé) : à ne pas employer devant un service en ligne.
 *
 * @example
 * ```ts
 * const referentiel = memoriserReferentielEnMemoire(new ReferentielHorsLigne(await chargerInstantaneEmbarque()).enMemoire);
 * referentiel.organisme("13000492600015"); // recherche faite
 * referentiel.organisme("13000492600015"); // même réponse, sans nouvelle recherche
 * ```
 */
export function memoriserReferentielEnMemoire(referentiel: ReferentielEnMemoireSynchrone, options: { capacite?: number } = {}): ReferentielEnMemoireSynchrone {
  const capacite = options.capacite ?? 100_000;
  const certification = table(capacite, (c) => referentiel.certification(c));
  const convention = table(capacite, (c) => referentiel.convention(c));
  const conventionsDeApe = table(capacite, (c) => referentiel.conventionsDeApe(c));
  const opcoDeIdcc = table(capacite, (c) => referentiel.opcoDeIdcc(c));
  const opcoDeSiret = table(capacite, (c) => referentiel.opcoDeSiret(c));
  const organisme = table(capacite, (c) => referentiel.organisme(c));
  const entreprise = table(capacite, (c) => referentiel.entreprise(c));
  const npec = new Map<string, ReturnType<ReferentielEnMemoireSynchrone["npec"]>>();
  const habilitation = new Map<string, ReturnType<ReferentielEnMemoireSynchrone["habilitation"]>>();
  const retenir = <R>(memoire: Map<string, R>, cle: string, consulter: () => R): R => {
    const connue = memoire.get(cle);
    if (connue !== undefined) return connue;
    const reponse = consulter();
    if (memoire.size >= capacite) memoire.clear();
    memoire.set(cle, reponse);
    return reponse;
  };
  return {
    nom: referentiel.nom,
    certification,
    convention,
    conventionsDeApe,
    opcoDeIdcc,
    opcoDeSiret,
    organisme,
    entreprise,
    npec: (c: CriteresNpec) => retenir(npec, `${c.rncp ?? ""}\u0000${c.cfd ?? ""}\u0000${c.idcc}\u0000${c.date}`, () => referentiel.npec(c)),
    habilitation: (rncp: string, siret: string) => retenir(habilitation, `${rncp}\u0000${siret}`, () => referentiel.habilitation(rncp, siret)),
  };
}
