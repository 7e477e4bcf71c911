import { convention } from "@communs-opco/nomenclatures";
import { grilleRemunerationApprenti } from "@communs-opco/parametres";
import type { ContratAControler } from "../../ContratAControler";
import { Lecture } from "../../Lecture";
import type { RegleSynchrone } from "../../Regle";
import { anniversaireAuJour } from "../../compile/anniversaireAuJour";
import { ageRevolu } from "../../dates/ageRevolu";
import { lireContratRemuneration } from "./lireContratRemuneration";
import { referencesRemuneration } from "./referencesRemuneration";
import { lireRemunerationVue } from "../../compile/lireRemunerationVue";
import { texteLu } from "../../compile/texteLu";

/** Codes IDCC sans convention applicable : 9999 (aucune convention), 9998 (convention non encore en vigueur). */
const SANS_CONVENTION = new Set(["9999", "9998"]);

/**
 * R-REM-SMC : le salaire minimum conventionnel (`contrat.smc`) est renseigné quand l'apprenti a
 * 21 ans ou plus à la date de fin du contrat (âge minimal de la première tranche dont la grille
 * prévoit la base « SMIC ou SMC si supérieur », lu dans le paramètre de grille). Ne s'applique ni
 * aux employeurs publics ni aux employeurs sans convention collective (IDCC 9999 ou 9998). Le
 * constat donne le lien Légifrance de la convention collective de l'employeur quand l'IDCC est
 * connu de la table des conventions (`@communs-opco/nomenclatures`).
 *
 * @example
 * ```ts
 * evaluerRegles([regleSmcPresence], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleSmcPresence: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "remuneration.smc.presence",
  titre: "SMC renseigné à partir de 21 ans",
  description:
    "Lorsque l'apprenti a 21 ans ou plus à la fin du contrat, le salaire minimum conventionnel de l'emploi doit être renseigné pour choisir la base la plus favorable.",
  severite: "bloquant",
  references: [referencesRemuneration.grille, referencesRemuneration.smc, referencesRemuneration.controles],
  parametres: ["apprentissage.remuneration.grille"],
  chemins: ["apprenti.dateNaissance", "contrat.dateFinContrat", "contrat.smc", "employeur.codeIdcc"],
  idSpecification: ["R-REM-SMC"],
  applicable(contrat) {
    const lu = lireContratRemuneration(contrat);
    if ("statut" in lu) return true;
    const idcc = new Lecture(contrat).texte("employeur.codeIdcc");
    return lu.entree.employeurPublic !== true && !(idcc !== undefined && SANS_CONVENTION.has(idcc.padStart(4, "0")));
  },
  applicableVue(v) {
    const lu = lireRemunerationVue(v);
    if (lu === undefined) return true;
    const employeur = (v.contrat as Record<string, unknown>).employeur;
    const idcc = texteLu(employeur !== null && typeof employeur === "object" ? (employeur as Record<string, unknown>).codeIdcc : undefined);
    return lu.entree.employeurPublic !== true && !(idcc !== undefined && SANS_CONVENTION.has(idcc.padStart(4, "0")));
  },
  garde(v) {
    // Même lecture que la règle (faite une fois sur la vue) ; l'âge à la fin du contrat sur numéros de jour.
    const lu = lireRemunerationVue(v);
    if (lu === undefined) return false;
    const grille = v.parametreAuJour(grilleRemunerationApprenti, Number.isNaN(v.signature) ? v.debutContrat : v.signature);
    if (grille === undefined) return false;
    const trancheSmc = grille.tranches.find((t) => grille.taux[t.tranche][0].base === "smic_ou_smc_si_superieur");
    if (trancheSmc === undefined || lu.entree.smc !== undefined) return true;
    return v.finContrat < anniversaireAuJour(v.naissanceApprenti, trancheSmc.ageMinimum);
  },
  evaluer(contrat, contexte) {
    const lu = lireContratRemuneration(contrat);
    if ("statut" in lu) return [lu];
    const { dateNaissance, dateFinContrat } = lu.entree;
    const grille = contexte.parametre(grilleRemunerationApprenti, lu.entree.dateConclusion ?? lu.entree.dateDebutContrat);
    if (grille === undefined) {
      return [{ statut: "indetermine", message: "Aucune grille de rémunération n'est connue à la date du contrat.", manquants: ["contrat.dateSignature"], details: {} }];
    }
    const trancheSmc = grille.tranches.find((t) => grille.taux[t.tranche][0].base === "smic_ou_smc_si_superieur");
    if (trancheSmc === undefined) return [];
    const age = ageRevolu(dateNaissance, dateFinContrat);
    if (age < trancheSmc.ageMinimum || lu.entree.smc !== undefined) return [];
    const idcc = new Lecture(contrat).texte("employeur.codeIdcc");
    const cc = idcc === undefined ? undefined : convention(idcc);
    const lien = cc?.url ?? null;
    return [
      {
        statut: "non_conforme",
        chemins: ["contrat.smc"],
        message: `Lorsque l'apprenti a 21 ans ou plus, si le SMC existe et que son montant est plus avantageux pour l'apprenti, son application est obligatoire : renseigner le salaire minimum conventionnel (contrat.smc).${
          cc === undefined ? "" : ` Convention collective : ${cc.titre}${lien === null ? "" : ` (${lien})`}.`
        }`,
        details: {
          ageFinContrat: age,
          ageMinimumSmc: trancheSmc.ageMinimum,
          ...(cc === undefined ? {} : { conventionCollective: { idcc: cc.idcc, titre: cc.titre, url: lien } }),
        },
      },
    ];
  },
};
