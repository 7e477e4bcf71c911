import { rapportDepuisTable, type Adaptateur, type CorrespondanceChamp } from "@communs-opco/adaptateur";
import type { Dossier } from "@communs-opco/schemas";
import { detecterApiConvergence } from "./detecterApiConvergence.js";
import type { OptionsEcritureApiConvergence } from "./dossierApiConvergence.js";
import { CHAMPS_ECHEANCE, CHAMPS_FRAIS_ANNEXE } from "./echeancesApiConvergence.js";
import { ecrireApiConvergence } from "./ecrireApiConvergence.js";
import { lireApiConvergence } from "./lireApiConvergence.js";
import { tableCertificatApiConvergence } from "./tableCertificatApiConvergence.js";
import { tableConventionApiConvergence } from "./tableConventionApiConvergence.js";
import { FORMAT_API_CONVERGENCE, tableDossierApiConvergence } from "./tableDossierApiConvergence.js";
import { tableEtatDossierApiConvergence } from "./tableEtatDossierApiConvergence.js";
import { tableEtatFactureApiConvergence } from "./tableEtatFactureApiConvergence.js";
import { DESCRIPTIONS_TOLERANCES, TOLERANCES_API_CONVERGENCE, type ToleranceApiConvergence } from "./ToleranceApiConvergence.js";

/**
 * Options d'un adaptateur API Convergence : OPCO (slug) pour une variante propre à un
 * OPCO (`api-convergence:akto`), options d'écriture (version, forme des dates) et
 * tolérances de lecture activées (toutes par défaut).
 *
 * @example
 * ```ts
 * const o: OptionsAdaptateurApiConvergence = { opco: "akto", ecriture: { version: "v2" } };
 * ```
 */
export interface OptionsAdaptateurApiConvergence {
  readonly opco?: string;
  readonly libelleOpco?: string;
  readonly ecriture?: OptionsEcritureApiConvergence;
  readonly tolerances?: readonly ToleranceApiConvergence[];
}

function correspondance(tolerances: readonly ToleranceApiConvergence[]): CorrespondanceChamp[] {
  const liste = (cle: string, cible: string, champs: typeof CHAMPS_ECHEANCE.champs): CorrespondanceChamp[] =>
    champs.map((c) => ({
      champSource: `/${cle}/*/${c.api}`,
      traitement: "standard",
      cheminStandard: `financement.${cible}[].${c.standard}`,
      ...(c.date === true ? { conversion: "horodatage ↔ date AAAA-MM-JJ" } : {}),
    }));
  const v1 = rapportDepuisTable(tableDossierApiConvergence("v1"), [
    { source: "/detailsFacturation/periodesFraisAnnexes", raison: "Conservé en extension." },
    { source: "/*", raison: "Tout autre champ est conservé sous « api-convergence:/pointeur »." },
  ]);
  const v2 = rapportDepuisTable(tableDossierApiConvergence("v2")).champs.filter((c) => c.champSource.includes("employeurV2"));
  return [
    ...v1.champs.filter((c) => c.traitement !== "ignore"),
    ...v2,
    ...liste("echeances", "echeances", CHAMPS_ECHEANCE.champs),
    ...liste("engagementsFraisAnnexe", "fraisAnnexes", CHAMPS_FRAIS_ANNEXE.champs),
    ...rapportDepuisTable(tableEtatDossierApiConvergence).champs.map((c) => ({ ...c, champSource: `/EtatDossierResult/*${c.champSource}` })),
    ...rapportDepuisTable(tableEtatFactureApiConvergence).champs.map((c) => ({ ...c, champSource: `/factures/*${c.champSource}` })),
    ...rapportDepuisTable(tableConventionApiConvergence()).champs.map((c) => ({ ...c, champSource: `convention:${c.champSource}` })),
    ...rapportDepuisTable(tableCertificatApiConvergence()).champs.map((c) => ({ ...c, champSource: `certificat:${c.champSource}` })),
    ...tolerances.map(
      (t): CorrespondanceChamp => ({
        champSource: `tolérance:${t}`,
        traitement: "standard",
        cheminStandard: "source.tolerances[]",
        conversion: `${DESCRIPTIONS_TOLERANCES[t]} Noté dans source.tolerances de chaque enregistrement lu ainsi.`,
      }),
    ),
  ];
}

/**
 * Crée l'adaptateur du format API Convergence (norme d'échange CFA-OPCO) : lecture de
 * tout JSON de l'API vers le dossier standard (avec `opco` renseigné pour une variante
 * d'OPCO), écriture de détails de dossiers v1 ou v2, détection.
 *
 * @example
 * ```ts
 * const adaptateur = creerAdaptateurApiConvergence({ opco: "akto", libelleOpco: "AKTO" });
 * adaptateur.metadonnees.nom; // "api-convergence:akto"
 * ```
 */
export function creerAdaptateurApiConvergence(options: OptionsAdaptateurApiConvergence = {}): Adaptateur<Dossier> {
  const { opco } = options;
  const tolerances = options.tolerances ?? TOLERANCES_API_CONVERGENCE;
  return {
    metadonnees: {
      nom: opco === undefined ? FORMAT_API_CONVERGENCE : `${FORMAT_API_CONVERGENCE}:${opco}`,
      libelle: `API Convergence (norme d'échange CFA-OPCO)${options.libelleOpco === undefined ? "" : ` — ${options.libelleOpco}`}`,
      description: "Détails de dossiers (protocoles v1 et v2), états de dossiers et de factures, conventions, certificats de réalisation.",
      versions: ["v1", "v2"],
      ...(opco === undefined ? {} : { opco }),
      capacites: ["lecture", "ecriture", "detection"],
      typeEnregistrement: "dossier",
      extensions: [".json"],
      typesMime: ["application/json"],
      lectureParElement: true,
    },
    correspondance: {
      format: FORMAT_API_CONVERGENCE,
      champs: correspondance(tolerances),
      nonTransportes: ["dateFinReelle", "evenements", "rupture", "contrat.maitre2", "contrat.contrat.remunerationsAnnuelles", "financement.echeances[].statut"],
    },
    lire: (source) => lireApiConvergence(source, opco, tolerances),
    ecrire: (enregistrements) => ecrireApiConvergence(enregistrements, options.ecriture),
    detecter: detecterApiConvergence,
  };
}

/**
 * Adaptateur API Convergence générique (sans OPCO). Nom de format : `api-convergence`.
 *
 * @example
 * ```ts
 * import { adaptateurApiConvergence } from "@communs-opco/adaptateur-api-convergence";
 * const bilan = await collecterLecture(adaptateurApiConvergence.lire({ nom: "etats.json", octets }));
 * ```
 */
export const adaptateurApiConvergence: Adaptateur<Dossier> = creerAdaptateurApiConvergence();
