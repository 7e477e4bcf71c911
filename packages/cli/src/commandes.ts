import type { Commande } from "./Commande";
import { commandeRemuneration } from "./commandes/remuneration";
import { commandeStatut } from "./commandes/statut";
import { commandeIndicateurs } from "./commandes/indicateurs";
import { commandeIdentifiant } from "./commandes/identifiant";
import { commandeControle } from "./commandes/controle";
import { commandeDemo } from "./commandes/demo";
import { commandeNpec } from "./commandes/npec";
import { commandeReferentiel } from "./commandes/referentiel";
import { commandeConvertir } from "./commandes/convertir";
import { commandeFormats } from "./commandes/formats";
import { commandeProspects } from "./commandes/prospects";
import { commandeMaturite } from "./commandes/maturite";
import { commandeCompleter } from "./commandes/completer";
import { commandeFinancement } from "./commandes/financement";
import { commandeSignature } from "./commandes/signature";
import { commandeServeur } from "./commandes/serveur";
import { commandeConvergence } from "./commandes/convergence";

/**
 * Registre des sous-commandes de `opco`, dans l'ordre d'affichage de l'aide.
 * Pour ajouter une commande : créer `src/commandes/<nom>.ts` et l'ajouter ici.
 */
export const commandes: readonly Commande[] = [
  commandeStatut,
  commandeIndicateurs,
  commandeIdentifiant,
  commandeControle,
  commandeDemo,
  commandeRemuneration,
  commandeNpec,
  commandeReferentiel,
  commandeConvertir,
  commandeFormats,
  commandeProspects,
  commandeMaturite,
  commandeCompleter,
  commandeFinancement,
  commandeSignature,
  commandeServeur,
  commandeConvergence,
];
