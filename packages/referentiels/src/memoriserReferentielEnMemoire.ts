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
 * refaire la recherche ni ses messages. Une table par méthode, clé = argument tel que reçu (sauf
 * `npec`, transmis tel quel : sa réponse cite la date du contrat, et `ReferentielHorsLigne` mémorise
 * déjà sa recherche par période d'applicabilité) ;
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
  // Méthode à deux arguments : tables imbriquées (un niveau par argument) plutôt qu'une clé
  // composée, pour ne pas construire ni hacher une chaîne à chaque consultation.
  let entreesImbriquees = 0;
  const habilitation = new Map<string, Map<string, ReturnType<ReferentielEnMemoireSynchrone["habilitation"]>>>();
  const sous = <V>(memoire: Map<string, Map<string, V>>, cle: string): Map<string, V> => {
    let table = memoire.get(cle);
    if (table === undefined) {
      table = new Map<string, V>();
      memoire.set(cle, table);
    }
    return table;
  };
  /** Vide les tables imbriquées qui ont atteint leur capacité (avant d'y descendre). */
  const borner = (): void => {
    if (entreesImbriquees < capacite) return;
    habilitation.clear();
    entreesImbriquees = 0;
  };
  const retenir = <R>(memoire: Map<string, R>, cle: string, consulter: () => R): R => {
    const connue = memoire.get(cle);
    if (connue !== undefined) return connue;
    const reponse = consulter();
    entreesImbriquees++;
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
    // Non mémorisé ici : la réponse cite la date du contrat, presque propre à chaque contrat ; le
    // référentiel hors ligne mémorise déjà sa recherche par période d'applicabilité du NPEC.
    npec: (c: CriteresNpec) => referentiel.npec(c),
    habilitation: (rncp: string, siret: string) => {
      borner();
      return retenir(sous(habilitation, rncp), siret, () => referentiel.habilitation(rncp, siret));
    },
  };
}
