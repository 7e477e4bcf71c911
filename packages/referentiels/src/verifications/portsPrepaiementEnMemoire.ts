import { memoriserExplications, type PortsEnMemoire } from "@communs-opco/regles";
import { memoriserReferentielEnMemoire } from "../memoriserReferentielEnMemoire";
import type { Referentiel } from "../Referentiel";
import type { ReferentielEnMemoireSynchrone } from "../ReferentielEnMemoireSynchrone";
import type { PortFormations } from "./PortFormations";
import type { PortGeographie } from "./PortGeographie";
import { reemployerParContrat } from "./reemploiParContrat";

/**
 * Ports des vérifications avant paiement **en mémoire**, pour `evaluerReglesEnMemoire` (sans
 * promesse) : rendus seulement quand chaque port l'est — un référentiel hors ligne (instantané
 * embarqué ou local, `ReferentielHorsLigne`, ou `ReferentielEnMemoire`) sans catalogue ni
 * géographie en ligne ; `undefined` sinon (modes en ligne et mixte : `evaluerReglesAsync`). Les
 * consultations sont mémorisées par clé pour l'exécution, et les explications des vérifications qui
 * ne lisent que quelques champs (Qualiopi et UAI du CFA, CFA connu, habilitation, lieu, ouverture à
 * l'apprentissage, existence de la certification, NPEC sans OPCO payeur : `cleEntrees`) sont
 * réemployées, figées et partagées, pour les contrats qui ont les mêmes valeurs de ces champs
 * (`memoriserExplications`), de même que l'explication conforme de la syntaxe des identifiants
 * quand ils sont tous bien formés ; `memoriser: false` pour se passer des
 * deux ; `parContrat: true` réemploie aussi les explications propres à un contrat (activité des
 * SIRET, OPCO de l'employeur : {@link reemployerParContrat}) pour un contrat contrôlé de nouveau
 * (service HTTP). Mêmes constats, explications et preuves, octet pour octet, que l'évaluation asynchrone.
 *
 * @example
 * ```ts
 * const { ports } = await creerPortsPrepaiement("embarque");
 * const enMemoire = portsPrepaiementEnMemoire(ports);
 * const r = enMemoire === undefined
 *   ? await evaluerReglesAsync(registrePrepaiement(), contrat, { dateEvaluation: "2025-11-03", mode: "explication", ports })
 *   : evaluerReglesEnMemoire(registrePrepaiement(), contrat, { dateEvaluation: "2025-11-03", mode: "explication", ports: enMemoire });
 * ```
 */
export function portsPrepaiementEnMemoire(
  ports: { referentiel: Referentiel; formations?: PortFormations; geographie?: PortGeographie },
  options: { memoriser?: boolean; parContrat?: boolean } = {},
): PortsEnMemoire<{ referentiel: Referentiel }> | undefined {
  if (ports.formations !== undefined || ports.geographie !== undefined) return undefined;
  const enMemoire = (ports.referentiel as Partial<{ enMemoire: ReferentielEnMemoireSynchrone }>).enMemoire;
  if (enMemoire === undefined) return undefined;
  if (options.memoriser === false) return { referentiel: enMemoire };
  // Instantané chargé, stable pour l'exécution : les explications des vérifications qui déclarent leurs entrées sont aussi réemployées.
  const memorises = memoriserExplications({ referentiel: memoriserReferentielEnMemoire(enMemoire) });
  return options.parContrat === true ? reemployerParContrat(memorises) : memorises;
}
