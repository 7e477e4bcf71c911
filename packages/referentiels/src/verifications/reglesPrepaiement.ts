import { creerRegistre, type ContratAControler, type Regle, type RegistreRegles } from "@communs-opco/regles";
import { reglePrepaiementCertificationApprentissage } from "./reglePrepaiementCertificationApprentissage";
import { reglePrepaiementCertificationDates } from "./reglePrepaiementCertificationDates";
import { reglePrepaiementCertificationExistante } from "./reglePrepaiementCertificationExistante";
import { reglePrepaiementCfaConnu } from "./reglePrepaiementCfaConnu";
import { reglePrepaiementCoherence } from "./reglePrepaiementCoherence";
import { reglePrepaiementFormationOfferte } from "./reglePrepaiementFormationOfferte";
import { reglePrepaiementHabilitation } from "./reglePrepaiementHabilitation";
import { reglePrepaiementLieuFormation } from "./reglePrepaiementLieuFormation";
import { reglePrepaiementOpcoNpec } from "./reglePrepaiementOpcoNpec";
import { reglePrepaiementQualiopi } from "./reglePrepaiementQualiopi";
import { reglePrepaiementSiretActif } from "./reglePrepaiementSiretActif";
import { reglePrepaiementSyntaxe } from "./reglePrepaiementSyntaxe";

/**
 * Les 12 vérifications avant paiement (`referentiels.md` §5, identifiants `PP-*` dans
 * `idSpecification`), dans l'ordre de la spécification, en règles asynchrones du moteur
 * `@communs-opco/regles`. Ports : `referentiel` (port `Referentiel` : hors ligne, en ligne ou
 * mixte) et `formations` (catalogue, {@link portFormationsApiApprentissage}). Un port absent,
 * injoignable ou sans réponse rend la vérification `indetermine` en nommant la source, jamais
 * conforme. `opcoPayeur` active la comparaison de l'OPCO de l'employeur (PP-OPCO-NPEC).
 *
 * @example
 * ```ts
 * const referentiel = new ReferentielHorsLigne(await chargerInstantaneEmbarque());
 * const r = await evaluerReglesAsync(reglesPrepaiement({ opcoPayeur: "AKTO" }), contrat, { dateEvaluation: "2026-11-26", ports: { referentiel } });
 * ```
 */
export function reglesPrepaiement(options: { opcoPayeur?: string } = {}): Regle<ContratAControler>[] {
  return [
    reglePrepaiementSyntaxe,
    reglePrepaiementCertificationExistante,
    reglePrepaiementCertificationApprentissage,
    reglePrepaiementCertificationDates,
    reglePrepaiementCfaConnu,
    reglePrepaiementSiretActif,
    reglePrepaiementQualiopi,
    reglePrepaiementHabilitation,
    reglePrepaiementFormationOfferte,
    reglePrepaiementLieuFormation,
    reglePrepaiementOpcoNpec(options),
    reglePrepaiementCoherence,
  ];
}

/**
 * Registre des 12 vérifications avant paiement (identifiants `prepaiement.*` uniques).
 *
 * @example
 * ```ts
 * registrePrepaiement().regle("prepaiement.qualiopi")?.idSpecification; // ["PP-QUALIOPI"]
 * ```
 */
export function registrePrepaiement(options: { opcoPayeur?: string } = {}): RegistreRegles<ContratAControler> {
  return creerRegistre(reglesPrepaiement(options));
}
