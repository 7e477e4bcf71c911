import { attendreEtapes } from "../attendreEtapes";
import type { EtapesRegle } from "../Consultation";
import { consulter } from "../consulter";
import { Lecture } from "../Lecture";
import type { PortHistoriqueContrats, ReponseHistoriqueContrats } from "./PortHistoriqueContrats";

/**
 * Issue de la recherche du contrat précédent : trouvé (lu par une `Lecture`, avec sa source), ou
 * inconnu avec la raison et ce qui manque.
 *
 * @example
 * ```ts
 * const p: ContratPrecedentCherche = { trouve: false, raison: "numéro du contrat précédent non renseigné", manquants: ["contrat.numeroContratPrecedent"] };
 * ```
 */
export type ContratPrecedentCherche =
  | { trouve: true; lecture: Lecture; numero: string | undefined; source: string }
  | { trouve: false; raison: string; manquants: string[] };

const NUMERO = "contrat.numeroContratPrecedent";

/**
 * Étapes de {@link chercherContratPrecedent} : le port `historique` est consulté par `consulter`
 * (sans promesse quand il est en mémoire, `evaluerReglesEnMemoire`) ; `historique` n'est lu que pour
 * savoir s'il est fourni et s'il sait chercher par l'identité de l'apprenti. Ne lève jamais : une
 * erreur du port devient « inconnu » avec sa raison.
 *
 * @example
 * ```ts
 * const p = yield* etapesContratPrecedent(contrat, contexte.ports.historique);
 * ```
 */
export function* etapesContratPrecedent(contrat: object, historique: unknown): EtapesRegle<ContratPrecedentCherche> {
  const l = new Lecture(contrat);
  const numero = l.texte(NUMERO);
  if (historique === undefined) {
    return { trouve: false, raison: `historique des dossiers non fourni (port « historique »)${numero === undefined ? " et numéro du contrat précédent non renseigné" : ` pour retrouver le contrat ${numero}`}`, manquants: ["ports.historique", ...(numero === undefined ? [NUMERO] : [])] };
  }
  try {
    if (numero !== undefined) {
      const r = yield* consulter<ReponseHistoriqueContrats>("historique", "contratPrecedent", numero);
      if (r.statut === "trouve") return { trouve: true, lecture: new Lecture(r.contrat), numero, source: r.source };
      return { trouve: false, raison: `contrat précédent ${numero} : ${r.raison} (${r.source})`, manquants: [`ports.historique:${r.source}`] };
    }
    const nom = l.texte("apprenti.nom");
    const prenom = l.texte("apprenti.prenom");
    const dateNaissance = l.date("apprenti.dateNaissance");
    const avant = l.date("contrat.dateSignature") ?? l.date("contrat.dateDebutContrat");
    if ((historique as Partial<PortHistoriqueContrats> | null)?.dernierContratDeLApprenti === undefined || nom === undefined || prenom === undefined || dateNaissance === undefined || avant === undefined) {
      return { trouve: false, raison: "numéro du contrat précédent non renseigné", manquants: [NUMERO] };
    }
    const nir = l.texte("apprenti.nir");
    const r = yield* consulter<ReponseHistoriqueContrats>("historique", "dernierContratDeLApprenti", { nom, prenom, dateNaissance, ...(nir === undefined ? {} : { nir }) }, avant);
    if (r.statut === "trouve") return { trouve: true, lecture: new Lecture(r.contrat), numero: undefined, source: r.source };
    return { trouve: false, raison: `numéro du contrat précédent non renseigné ; dernier contrat de l'apprenti : ${r.raison} (${r.source})`, manquants: [NUMERO, `ports.historique:${r.source}`] };
  } catch {
    return { trouve: false, raison: "l'historique des dossiers n'a pas répondu", manquants: ["ports.historique"] };
  }
}

/**
 * Cherche le contrat précédent d'un contrat successif dans l'historique des dossiers : par
 * `contrat.numeroContratPrecedent`, sinon par l'identité de l'apprenti quand le port le permet.
 * Ne lève jamais : une erreur du port devient « inconnu » avec sa raison (étapes :
 * {@link etapesContratPrecedent}).
 *
 * @example
 * ```ts
 * const p = await chercherContratPrecedent(contrat, contexte.ports.historique);
 * if (!p.trouve) return [contratPrecedentInconnu("Rémunération minimale (D6222-29)", p)];
 * ```
 */
export function chercherContratPrecedent(contrat: object, port: PortHistoriqueContrats | undefined): Promise<ContratPrecedentCherche> {
  return attendreEtapes(etapesContratPrecedent(contrat, port), { historique: port });
}
