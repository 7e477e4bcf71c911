import type { ContratAControler } from "../../ContratAControler";
import type { ConstatRegle, RegleSynchrone } from "../../Regle";
import { formaterDateFr } from "./formaterDateFr";
import { lireContratRemuneration } from "./lireContratRemuneration";
import { periodesChevauchantes } from "./periodesChevauchantes";
import { referencesRemuneration } from "./referencesRemuneration";
import { remunerationLegale } from "./remunerationLegale";
import { lireRemunerationVue, minimaleVue } from "../../compile/lireRemunerationVue";

/**
 * Base de chaque ligne déclarée (SMIC ou SMC, D6222-26) : pour une période où
 * l'apprenti a 21 ans ou plus (tranches dont la grille D6222-26 prévoit « SMIC ou SMC si
 * supérieur ») et où le SMC déclaré dépasse le SMIC en vigueur au début du contrat, la base doit
 * être le SMC ; une ligne déclarée sur le SMC alors que le SMC ne dépasse pas le SMIC est
 * également non conforme (le SMIC, plus élevé, s'applique). Ne s'applique pas aux employeurs
 * publics (base toujours SMIC).
 *
 * @example
 * ```ts
 * evaluerRegles([regleBaseSmc], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleBaseSmc: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "remuneration.base.smc",
  titre: "Base SMC à partir de 21 ans quand il est plus favorable",
  description:
    "À partir de 21 ans, la rémunération se calcule sur le salaire minimum conventionnel (SMC) s'il est supérieur au SMIC ; sinon sur le SMIC.",
  severite: "bloquant",
  references: [referencesRemuneration.grille, referencesRemuneration.smc, referencesRemuneration.controles],
  parametres: ["apprentissage.remuneration.grille", "smic.mensuel.metropole", "smic.mensuel.mayotte"],
  chemins: ["apprenti.dateNaissance", "contrat.dateDebutContrat", "contrat.dateFinContrat", "contrat.smc", "contrat.remunerationsAnnuelles"],
  idSpecification: ["R-REM-SMC"],
  applicable(contrat) {
    const lu = lireContratRemuneration(contrat);
    return "statut" in lu || (lu.entree.employeurPublic !== true && lu.lignes.length > 0);
  },
  applicableVue(v) {
    const lu = lireRemunerationVue(v);
    return lu === undefined || (lu.entree.employeurPublic !== true && lu.lignes.length > 0);
  },
  garde(v) {
    // Même lecture que la règle (faite une fois sur la vue) ; minimum légal sur numéros de jour (même loi que calculerRemuneration).
    const lu = lireRemunerationVue(v);
    if (lu === undefined) return false;
    const legale = minimaleVue(lu, v);
    if (legale === undefined) return false;
    const smc = lu.entree.smc;
    for (const ligne of lu.lignes) {
      if (ligne.typeSalaire === undefined) continue;
      const { debut, fin } = ligne;
      let chevauche = false;
      for (const p of legale.segments) {
        if (p.debut > fin || p.fin < debut) continue;
        chevauche = true;
        if (ligne.typeSalaire === "SMIC" && p.base === "SMC") return false;
      }
      if (chevauche && ligne.typeSalaire === "SMC" && (smc === undefined || smc <= legale.smicMensuel)) return false;
    }
    return true;
  },
  evaluer(contrat, contexte) {
    const lu = lireContratRemuneration(contrat);
    if ("statut" in lu) return [lu];
    const legale = remunerationLegale(lu.entree, contexte);
    if (!("periodes" in legale)) return [legale];
    const constats: ConstatRegle[] = [];
    for (const ligne of lu.lignes) {
      const legales = periodesChevauchantes(legale.periodes, ligne.dateDebut, ligne.dateFin);
      if (legales.length === 0 || ligne.typeSalaire === undefined) continue;
      const libelle = ligne.ordre ?? String(ligne.index + 1);
      const periode = `Ligne ${libelle} (${formaterDateFr(ligne.dateDebut)} – ${formaterDateFr(ligne.dateFin)})`;
      const surSmc = legales.some((p) => p.base === "SMC");
      const details = { ordre: ligne.ordre, typeSalaire: ligne.typeSalaire, smc: lu.entree.smc, smic: legale.smic.mensuel, basesLegales: legales.map((p) => ({ numero: p.numero, base: p.base })) };
      if (ligne.typeSalaire === "SMIC" && surSmc) {
        constats.push({
          statut: "non_conforme",
          chemins: [`${ligne.chemin}.typeSalaire`],
          message: `${periode} : l'apprenti a 21 ans ou plus et le SMC (${lu.entree.smc} €) est supérieur au SMIC (${legale.smic.mensuel} €) : la rémunération doit être calculée sur le SMC.`,
          details,
        });
      } else if (ligne.typeSalaire === "SMC" && lu.entree.smc === undefined) {
        constats.push({
          statut: "indetermine",
          chemins: [`${ligne.chemin}.typeSalaire`, "contrat.smc"],
          message: `${periode} : la ligne est calculée sur le SMC, mais le montant du SMC n'est pas renseigné.`,
          manquants: ["contrat.smc"],
          details,
        });
      } else if (ligne.typeSalaire === "SMC" && lu.entree.smc !== undefined && lu.entree.smc <= legale.smic.mensuel) {
        constats.push({
          statut: "non_conforme",
          chemins: [`${ligne.chemin}.typeSalaire`],
          message: `${periode} : le SMC (${lu.entree.smc} €) ne dépasse pas le SMIC (${legale.smic.mensuel} €) : la rémunération doit être calculée sur le SMIC.`,
          details,
        });
      }
    }
    return constats;
  },
};
