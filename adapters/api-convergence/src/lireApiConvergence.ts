import { estObjet, lireElementsJson, type ResultatLecteur, type SourceDonnees } from "@communs-opco/adaptateur";
import type { Dossier } from "@communs-opco/schemas";
import { lireEnregistrementApiConvergence } from "./lireEnregistrementApiConvergence.js";
import { natureEnregistrementApiConvergence } from "./natureEnregistrementApiConvergence.js";
import { normaliserPageApiConvergence } from "./normaliserPageApiConvergence.js";
import { TOLERANCES_API_CONVERGENCE, type ToleranceApiConvergence } from "./ToleranceApiConvergence.js";

const ENVELOPPES = ["EtatDossierResult", "factures", "dossiers", "resultats"] as const;

/**
 * Éléments d'une réponse JSON de l'API Convergence, avec leur chemin : une liste, une
 * enveloppe paginée (`EtatDossierResult` pour les dossiers, `factures` pour les
 * factures, `{total, count, page}`), ou un objet seul (réponse « objet au lieu d'une
 * liste » d'AFDAS).
 *
 * @example
 * ```ts
 * elementsReponseApiConvergence({ total: 1, count: 1, page: 1, EtatDossierResult: [{ etat: "ENGAGE" }] });
 * // [{ valeur: { etat: "ENGAGE" }, segments: ["EtatDossierResult", 0] }]
 * ```
 */
export function elementsReponseApiConvergence(racine: unknown): { valeur: unknown; segments: (string | number)[] }[] {
  if (Array.isArray(racine)) return racine.map((valeur, i) => ({ valeur, segments: [i] }));
  if (estObjet(racine)) {
    for (const cle of ENVELOPPES) {
      const liste = racine[cle];
      if (Array.isArray(liste) && !(cle === "dossiers" && natureEnregistrementApiConvergence(racine) === "etat_facture")) {
        return liste.map((valeur, i) => ({ valeur, segments: [cle, i] }));
      }
    }
  }
  return [{ valeur: racine, segments: [] }];
}

/**
 * Lit une réponse ou un fichier JSON de l'API Convergence (détails de dossiers v1/v2,
 * états de dossiers, états de factures, conventions, certificats ; liste, enveloppe
 * paginée ou objet seul) : un résultat par enregistrement, valeur standard ou erreur
 * localisée par pointeur JSON. Les tolérances activées (toutes par défaut) redressent les
 * variantes de forme (page enveloppée dans une liste…) et sont notées dans
 * `source.tolerances`. Les octets illisibles ou le JSON tronqué donnent une seule erreur.
 * Ne lève jamais d'exception.
 *
 * @example
 * ```ts
 * for await (const r of lireApiConvergence({ nom: "etats.json", octets })) {
 *   if (r.ok) console.log(r.valeur.numeroInterne, r.valeur.etat);
 *   else console.error(r.erreur.source.pointeur, r.erreur.message);
 * }
 * ```
 */
export function lireApiConvergence(
  source: SourceDonnees,
  opco?: string,
  tolerances: readonly ToleranceApiConvergence[] = TOLERANCES_API_CONVERGENCE,
): AsyncGenerator<ResultatLecteur<Dossier>> {
  let enveloppe: ToleranceApiConvergence[] = [];
  const elements = (racine: unknown) => {
    const page = normaliserPageApiConvergence(racine, tolerances);
    enveloppe = page.appliquees.filter((t) => t === "page_en_liste");
    const trouves = elementsReponseApiConvergence(page.corps);
    return enveloppe.length === 0 ? trouves : trouves.map((e) => ({ ...e, segments: [0, ...e.segments] }));
  };
  return lireElementsJson(source, elements, ({ valeur }, emplacement) =>
    lireEnregistrementApiConvergence(valeur, { ...emplacement, ...(opco === undefined ? {} : { opco }), tolerances, tolerancesAppliquees: enveloppe }),
  );
}
