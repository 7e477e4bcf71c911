import type { Adaptateur } from "@communs-opco/adaptateur";
import type { Dossier } from "@communs-opco/schemas";
import { adaptateurAgecap } from "./adaptateurAgecap.js";
import { ecrireStatutsAgecap } from "./ecrireStatutsAgecap.js";

/**
 * Variante d'écriture AGECAP pour les statuts (forme de la réponse WS03) : même lecteur
 * que {@link adaptateurAgecap}, écrivain de statuts. Nom de format : `agecap-statuts`.
 *
 * @example
 * ```ts
 * const { octets } = await adaptateurStatutsAgecap.ecrire!([{ etat: "DEPOSE", numeroDeca: "069202509000123", dateEtat: "2025-09-20" }]);
 * ```
 */
export const adaptateurStatutsAgecap: Adaptateur<Dossier> = {
  metadonnees: {
    nom: "agecap-statuts",
    libelle: "AGECAP : statuts des contrats (WS03)",
    description: "Liste des changements de statut : numTeletransmission, statut, dateMiseAJourStatut, numDepot, motif de non-dépôt.",
    versions: ["WS03"],
    capacites: ["lecture", "ecriture"],
    typeEnregistrement: "dossier",
    extensions: [".json"],
    typesMime: ["application/json"],
    lectureParElement: true,
  },
  correspondance: adaptateurAgecap.correspondance,
  lire: adaptateurAgecap.lire,
  ecrire: ecrireStatutsAgecap,
};
