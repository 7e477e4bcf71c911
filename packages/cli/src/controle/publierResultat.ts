import type { Constat } from "@communs-opco/regles";
import { decrireEnregistrement } from "./decrireEnregistrement";
import { ligneTexteResultat } from "./ligneTexteResultat";
import { opcoDuContrat } from "./opcoDuContrat";
import type { ConstatBilan, SortiesTravailleur } from "./parallele/MessagesControleParallele";
import { protegerResultat, protegerTexte } from "./protegerResultat";
import type { ResultatControle, StatutEnregistrement } from "./ResultatControle";
import type { VerificationsNonExecutees } from "./VerificationsNonExecutees";

/**
 * Un enregistrement contrôlé, classé et publié : ce que les bilans lisent (`statut`, `constats`,
 * `nonExecutees` du résultat classé) et les sorties demandées, déjà protégées (masquées sauf
 * `--en-clair`) : `ligne`, le résultat en JSON (`--sortie`, `--json`) ; `texte`, sa ligne de la sortie
 * texte (enregistrement à examiner), éventuellement différée ; `rapport`, pour le rapport HTML.
 *
 * @example
 * ```ts
 * const p: PublicationEnregistrement = { statut: "conforme", constats: [], ligne: "{…}" };
 * ```
 */
export interface PublicationEnregistrement {
  readonly statut: StatutEnregistrement;
  readonly constats: readonly ConstatBilan[];
  readonly nonExecutees?: readonly string[];
  readonly ligne?: string;
  readonly texte?: string | (() => string);
  readonly rapport?: { readonly publie: ResultatControle; readonly description: string; readonly opco?: string };
}

/**
 * Classe un résultat (vérifications non exécutées), le protège et produit les seules sorties
 * demandées, comme `opco controle` les écrit : une seule écriture pour le fil principal et les fils
 * de calcul. La ligne de la sortie texte est différée (la sortie texte n'en garde que quelques-unes) ;
 * le résultat n'est protégé d'emblée que si une autre sortie le publie.
 *
 * @example
 * ```ts
 * const p = publierResultat(resultat, valeur, nonExecutees, { enClair: false, ligne: true, texte: false, rapport: false });
 * ```
 */
export function publierResultat(resultat: ResultatControle, valeur: unknown, nonExecutees: VerificationsNonExecutees, sorties: SortiesTravailleur): PublicationEnregistrement & { readonly constats: readonly Constat[] } {
  const classe = nonExecutees.classer(resultat);
  const { enClair } = sorties;
  const publie = sorties.ligne || sorties.rapport ? protegerResultat(classe, enClair) : undefined;
  const lisible = classe.statut !== "illisible";
  const examiner = classe.statut !== "conforme" && classe.statut !== "conforme_verifications_executees";
  const decrire = () => protegerTexte(lisible ? decrireEnregistrement(valeur) : "", enClair);
  // Description d'un enregistrement à examiner : pour le rapport, et pour la sortie texte seulement si sa ligne est gardée.
  const description = examiner && sorties.rapport ? decrire() : "";
  return {
    statut: classe.statut,
    constats: classe.constats,
    ...(classe.nonExecutees === undefined ? {} : { nonExecutees: classe.nonExecutees }),
    ...(publie !== undefined && sorties.ligne ? { ligne: JSON.stringify(publie) } : {}),
    ...(sorties.texte && examiner ? { texte: () => ligneTexteResultat(publie ?? protegerResultat(classe, enClair), sorties.rapport ? description : decrire()) } : {}),
    ...(publie !== undefined && sorties.rapport ? { rapport: { publie, description, ...(lisible ? { opco: opcoDuContrat(valeur) } : {}) } } : {}),
  };
}
