import { estObjet, validerCandidat, versStandard, type ResultatLecteur } from "@communs-opco/adaptateur";
import { lireDossier, type Dossier } from "@communs-opco/schemas";
import { CHAMPS_ECHEANCE, CHAMPS_FRAIS_ANNEXE } from "./echeancesApiConvergence.js";
import { FORMAT_API_CONVERGENCE, tableDossierApiConvergence } from "./tableDossierApiConvergence.js";
import type { ToleranceApiConvergence } from "./ToleranceApiConvergence.js";
import type { VersionProtocole } from "./VersionProtocole.js";

/**
 * Contexte de lecture d'un enregistrement : fichier (ou URL) et pointeur JSON pour
 * localiser les erreurs, OPCO émetteur (slug) quand il est connu, tolérances de lecture
 * activées (toutes par défaut), version de protocole de l'appel quand elle est connue, et
 * tolérances déjà appliquées à la réponse entière (enveloppe de page).
 *
 * @example
 * ```ts
 * const c: ContexteLecture = { fichier: "GET /v2/dossiers", pointeur: "/0", opco: "akto", tolerances: ["page_en_liste"] };
 * ```
 */
export interface ContexteLecture {
  readonly fichier: string;
  readonly pointeur?: string;
  readonly opco?: string;
  readonly tolerances?: readonly ToleranceApiConvergence[];
  readonly versionAttendue?: VersionProtocole;
  readonly tolerancesAppliquees?: readonly ToleranceApiConvergence[];
}

/**
 * Version de protocole d'un détail de dossier : `v2` si le bloc `cerfa.employeurV2`
 * est présent, `v1` sinon.
 *
 * @example
 * ```ts
 * versionDossierApiConvergence({ cerfa: { employeurV2: {} } }); // "v2"
 * ```
 */
export function versionDossierApiConvergence(brut: Record<string, unknown>): VersionProtocole {
  const cerfa = brut["cerfa"];
  return estObjet(cerfa) && "employeurV2" in cerfa && !("employeur" in cerfa) ? "v2" : "v1";
}

/**
 * Lit un détail de dossier API Convergence (`{cerfa, engagement, echeances,
 * engagementsFraisAnnexe, detailsFacturation}`, protocole v1 ou v2) vers le dossier
 * standard. Les champs hors table sont conservés sous `api-convergence:/pointeur` ;
 * `source` vaut `{ systeme: "api-convergence", version: "v1" | "v2" }`. Ne lève jamais
 * d'exception : une valeur non convertible donne une erreur localisée.
 *
 * @example
 * ```ts
 * const r = lireDossierApiConvergence(
 *   { cerfa: { numeroInterne: "A-1", etat: "RUPTU", contrat: { dateRupture: "2025-12-15T00:00:00+0000" } } },
 *   { fichier: "dossier.json" },
 * );
 * if (r.ok) r.valeur.etat; // "ROMPU"
 * ```
 */
export function lireDossierApiConvergence(brut: Record<string, unknown>, contexte: ContexteLecture): ResultatLecteur<Dossier> {
  const version = versionDossierApiConvergence(brut);
  const conversion = versStandard(brut, tableDossierApiConvergence(version));
  const candidat: Record<string, unknown> = { ...conversion.candidat };
  const extensions = { ...conversion.extensions };
  const origines = new Map(conversion.origines);
  const financement: Record<string, unknown> = estObjet(candidat["financement"]) ? { ...candidat["financement"] } : {};
  for (const [cle, liste, cible] of [
    ["echeances", CHAMPS_ECHEANCE, "echeances"],
    ["engagementsFraisAnnexe", CHAMPS_FRAIS_ANNEXE, "fraisAnnexes"],
  ] as const) {
    if (!(cle in brut)) continue;
    const { elements, inconnus } = liste.lire(brut[cle]);
    if (elements !== undefined && elements.length > 0) {
      financement[cible] = elements;
      origines.set(`financement.${cible}`, `/${cle}`);
    }
    for (const [chemin, valeur] of Object.entries(inconnus)) {
      extensions[`${FORMAT_API_CONVERGENCE}:/${cle}${chemin === "" ? "" : `/${chemin}`}`] = valeur;
    }
    if (Array.isArray(brut[cle]) && (brut[cle] as unknown[]).length === 0) extensions[`${FORMAT_API_CONVERGENCE}:/${cle}`] = [];
  }
  if (Object.keys(financement).length > 0) candidat["financement"] = financement;
  if (contexte.opco !== undefined) candidat["opco"] = contexte.opco;
  candidat["source"] = { systeme: FORMAT_API_CONVERGENCE, version };
  return validerCandidat(
    { candidat, extensions, origines },
    { lecteur: lireDossier, fichier: contexte.fichier, ...(contexte.pointeur === undefined ? {} : { pointeur: contexte.pointeur }) },
  );
}
