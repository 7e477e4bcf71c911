import type { Adresse } from "@communs-opco/schemas";
import donnees from "./organismesDemo.json";

/**
 * Organisme de formation réel utilisé par le générateur de démonstration (SIRET, UAI, nature au
 * sens du Référentiel des organismes, état, certification Qualiopi, adresse et lieux de formation).
 *
 * @example
 * ```ts
 * const cfa: OrganismeDemo = organismesDemo.organismes[0]!;
 * cfa.nature; // "responsable_formateur"
 * ```
 */
export interface OrganismeDemo {
  readonly siret: string;
  readonly uai: string;
  /** `responsable`, `responsable_formateur` ou `formateur` (Référentiel national des organismes de formation). */
  readonly nature: string;
  readonly etat: "actif" | "ferme";
  /** Certification Qualiopi « actions de formation par apprentissage ». */
  readonly qualiopi: boolean;
  /** Département de l'adresse (code INSEE). */
  readonly departement: string;
  readonly adresse: Adresse;
  /** Lieux de formation de l'organisme (UAI distinct de celui du siège, même SIRET). */
  readonly lieux: readonly { readonly uai: string; readonly departement: string; readonly adresse: Adresse }[];
}

/**
 * Organismes de formation **réels** du générateur de démonstration, avec leur provenance : extrait
 * du Référentiel national des organismes de formation (mission-apprentissage/api-apprentissage,
 * MIT ; données publiques sous Licence Ouverte 2.0), chacun retrouvé dans l'instantané embarqué
 * de `@communs-opco/referentiels` (même nature, même état, même Qualiopi). Fichier généré par
 * `packages/cli/scripts/genererOrganismesDemo.ts`. Le Référentiel ne donne pas de raison
 * sociale : les dénominations des CFA de la démonstration sont inventées.
 *
 * @example
 * ```ts
 * import { organismesDemo } from "@communs-opco/cli";
 * organismesDemo.organismes.filter((o) => o.nature !== "formateur" && o.etat === "actif" && o.qualiopi).length; // 209
 * ```
 */
export const organismesDemo: {
  readonly description: string;
  readonly source: { readonly fichier: string; readonly origine: string; readonly licence: string; readonly instantane: string };
  readonly organismes: readonly OrganismeDemo[];
} = donnees as typeof organismesDemo;
