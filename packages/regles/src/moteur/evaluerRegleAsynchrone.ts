import type { ParametreConsulte } from "@communs-opco/parametres";
import type { ContexteEvaluation } from "../ContexteEvaluation";
import type { PreuvePoint } from "../PreuvePoint";
import type { ConstatRegle, ContexteRegle, RegleAsynchrone } from "../Regle";
import type { Explication } from "../Resultat";
import type { SansObjet } from "../SansObjet";
import { completerConstat } from "./completerConstat";
import { creerContexteRegle } from "./creerContexteRegle";
import { estApplicable } from "./estApplicable";
import { exigerPreuves } from "./exigerPreuves";
import { explication } from "./explication";
import { gelerExplication } from "./gelerExplication";
import { representer } from "./representer";
import { statutRegle } from "./statutRegle";

/**
 * Explications qui ne dépendent que de la règle (non applicable ; port requis absent, par liste
 * d'absents) : construites une fois, figées et partagées par `evaluerReglesEnMemoire`.
 */
export interface ExplicationsConstantes {
  nonApplicable?: Explication;
  readonly sansPort: Map<string, Explication>;
}

/** Évaluation d'une règle asynchrone en cours : traces partagées par la préparation et la conclusion. */
interface Evaluation {
  readonly consultes: ParametreConsulte<unknown>[];
  readonly preuves: PreuvePoint[];
  readonly sources: readonly string[];
}

/** Constat `indetermine` d'une règle dont la source manque ou a échoué : aucun de ses points n'est prouvé. */
function indetermine(regle: RegleAsynchrone<unknown, object>, e: Evaluation, message: string, details: Record<string, unknown>, manquants: string[]): Explication {
  const constats = [completerConstat(regle, { statut: "indetermine", message, details: { sources: [...e.sources], ...details }, manquants }, e.consultes)];
  const x = explication(regle, "indetermine", e.consultes, constats);
  const source = e.sources.length === 0 ? null : e.sources.map((p) => `ports.${p}`).join(", ");
  if (regle.points !== undefined && regle.points.length > 0) x.preuves = regle.points.map((point) => ({ point, etat: "non_prouve", source, raison: message }));
  return x;
}

/**
 * Avant tout appel aux ports : règle non applicable, `applicable` en erreur ou port requis absent
 * donnent directement l'explication ; sinon le contexte de la règle à lui passer.
 */
function preparer<E>(regle: RegleAsynchrone<E, object>, entree: E, contexte: ContexteEvaluation<object>, e: Evaluation, constantes?: ExplicationsConstantes): Explication | ContexteRegle<object> {
  try {
    if (!estApplicable(regle, entree, contexte)) {
      if (constantes === undefined) return explication(regle, "non_applicable", e.consultes, []);
      // Ne dépend que de la règle : construite une fois, figée et partagée.
      constantes.nonApplicable ??= gelerExplication(explication(regle, "non_applicable", [], []));
      return constantes.nonApplicable;
    }
  } catch (erreur) {
    return indetermine(regle as RegleAsynchrone<unknown, object>, e, `La règle ${regle.id} n'a pas pu être évaluée (erreur interne) : le point n'est pas vérifié.`, { erreur: representer(erreur) }, []);
  }
  const ports = (contexte.ports ?? {}) as Record<string, unknown>;
  // Chemin chaud (une fois par règle et par contrat) : aucune allocation quand tous les ports sont fournis.
  let manque = false;
  for (const p of e.sources) if (ports[p] === undefined || ports[p] === null) manque = true;
  if (manque) {
    const absents = e.sources.filter((p) => ports[p] === undefined || ports[p] === null);
    if (constantes !== undefined) {
      // Ne dépend que de la règle et des ports absents (aucun paramètre n'est encore consulté) : construite une fois par liste d'absents.
      const cle = absents.join(",");
      let x = constantes.sansPort.get(cle);
      if (x === undefined) {
        x = gelerExplication(preparer(regle, entree, contexte, { consultes: [], preuves: [], sources: e.sources }) as Explication);
        constantes.sansPort.set(cle, x);
      }
      return x;
    }
    return indetermine(
      regle as RegleAsynchrone<unknown, object>,
      e,
      `Vérification impossible : source non fournie (${absents.join(", ")}). Le point n'est pas vérifié.`,
      { portsAbsents: absents },
      absents.map((p) => `ports.${p}`),
    );
  }
  // Le contexte de la règle ne reprend que la date, le mode, le cadre et les ports : inutile de recopier le contexte quand les ports y sont.
  return creerContexteRegle(contexte.ports === undefined || contexte.ports === null ? { ...contexte, ports } : contexte, e.consultes, e.preuves);
}

/** Explication d'après ce que la règle a rendu (constats ou « sans objet ») et les preuves notées. */
function conclure(regle: RegleAsynchrone<unknown, object>, bruts: ConstatRegle[] | SansObjet, e: Evaluation): Explication {
  if (!Array.isArray(bruts)) {
    // Réponse « sans objet » : la source montre que la règle ne s'applique pas à l'entrée.
    const motif: unknown = (bruts as Partial<SansObjet> | null)?.sansObjet;
    if (typeof motif === "string") {
      // Le motif s'ajoute en dernier, comme l'aurait placé une copie de l'explication (même JSON), sans la copier.
      const x = explication(regle, "non_applicable", e.consultes, []);
      x.motifNonApplicable = motif;
      return x;
    }
    throw new TypeError("la règle n'a pas renvoyé de liste de constats");
  }
  const bilan = exigerPreuves(regle, e.preuves, bruts.map((c) => completerConstat(regle, c, e.consultes)), e.consultes);
  const x = explication(regle, statutRegle(bilan.constats), e.consultes, bilan.constats);
  if (bilan.preuves !== undefined) x.preuves = bilan.preuves;
  return x;
}

/** Source qui n'a pas répondu (rejet, exception) : `indetermine`, jamais conforme. */
function echec(regle: RegleAsynchrone<unknown, object>, e: Evaluation, erreur: unknown): Explication {
  const texte = representer(erreur);
  return indetermine(
    regle,
    e,
    `Vérification impossible : la source ${e.sources.join(", ")} n'a pas répondu (${texte}). Le point n'est pas vérifié.`,
    { erreur: texte },
    e.sources.map((p) => `ports.${p}`),
  );
}

/**
 * Évalue une règle asynchrone en attendant ses ports, sans jamais lever : port requis absent,
 * promesse rejetée ou exception donnent un constat `indetermine` qui nomme la source.
 */
export async function evaluerRegleAsynchrone<E>(regle: RegleAsynchrone<E, object>, entree: E, contexte: ContexteEvaluation<object>): Promise<Explication> {
  const e: Evaluation = { consultes: [], preuves: [], sources: regle.ports };
  const r = regle as RegleAsynchrone<unknown, object>;
  try {
    const preparation = preparer(regle, entree, contexte, e);
    if ("regle" in preparation) return preparation as Explication;
    return conclure(r, await regle.evaluer(entree, preparation as never), e);
  } catch (erreur) {
    return echec(r, e, erreur);
  }
}

/**
 * Évalue une règle à étapes dont les ports sont **en mémoire** : chaque consultation est un appel
 * direct au port, sans promesse. Même explication, octet pour octet, que {@link evaluerRegleAsynchrone}
 * sur les mêmes ports rendus asynchrones. Avec `constantes`, les explications qui ne dépendent que
 * de la règle (non applicable, port requis absent) sont construites une fois et partagées (figées).
 */
export function evaluerRegleEnMemoire<E>(
  regle: RegleAsynchrone<E, object> & Required<Pick<RegleAsynchrone<E, object>, "etapes">>,
  entree: E,
  contexte: ContexteEvaluation<object>,
  constantes?: ExplicationsConstantes,
): Explication {
  const e: Evaluation = { consultes: [], preuves: [], sources: regle.ports };
  const r = regle as RegleAsynchrone<unknown, object>;
  try {
    const preparation = preparer(regle, entree, contexte, e, constantes);
    if ("regle" in preparation) return preparation as Explication;
    const ctx = preparation as ContexteRegle<object> & { ports: Record<string, Record<string, (...a: unknown[]) => unknown> | undefined> };
    const etapes = regle.etapes(entree, ctx as never);
    let pas = etapes.next();
    while (pas.done !== true) {
      const { port, methode, arguments: args } = pas.value;
      let reponse: unknown;
      try {
        const cible = ctx.ports[port] as Record<string, (...a: unknown[]) => unknown>;
        reponse = (cible[methode] as (...a: unknown[]) => unknown).apply(cible, args as unknown[]);
        if (reponse instanceof Promise) {
          reponse.catch(() => undefined);
          throw new TypeError(`le port ${port} a rendu une promesse pour ${methode} : il n'est pas en mémoire`);
        }
      } catch (erreur) {
        pas = etapes.throw(erreur);
        continue;
      }
      pas = etapes.next(reponse);
    }
    return conclure(r, pas.value, e);
  } catch (erreur) {
    return echec(r, e, erreur);
  }
}
