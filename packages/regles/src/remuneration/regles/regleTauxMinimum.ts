import type { ContratAControler } from "../../ContratAControler";
import type { ConstatRegle, RegleSynchrone } from "../../Regle";
import { ajouterJours } from "../../dates/ajouterJours";
import { formaterDateFr } from "./formaterDateFr";
import { libelleTranche } from "./libelleTranche";
import { lireContratRemuneration } from "./lireContratRemuneration";
import { periodesChevauchantes } from "./periodesChevauchantes";
import { referencesRemuneration } from "./referencesRemuneration";
import { remunerationLegale } from "./remunerationLegale";
import { lireRemunerationVue, minimaleVue } from "../../compile/lireRemunerationVue";

const LIGNES = "contrat.remunerationsAnnuelles";

/**
 * R-REM-MIN : le taux de chaque ligne de rémunération déclarée est au moins le taux minimal légal
 * de la grille (C. trav. D6222-26) pour l'âge et l'année d'exécution de **chaque jour** qu'elle
 * couvre, tranches changeant au 1er du mois suivant l'anniversaire. Un taux inférieur est une
 * erreur (l'application de référence le relevait en silence). La règle signale aussi, en
 * avertissement, les jours du contrat qu'aucune ligne ne couvre.
 *
 * Dérogation de durée (typeDerogation 21 ou 50, D6222-28-1) : l'année de départ est déduite de la
 * durée de la formation comparée à celle du contrat (la différence est réputée accomplie) ; quand
 * elle ne peut pas l'être, un constat `indetermine` dit pourquoi et le minimum contrôlé est celui
 * d'un début en 1re année (un plancher, `details.minimumPartiel`). Employeur public, contrat conclu
 * à partir du 27/04/2020 : une majoration déclarée (`contrat.remunerationMajoration`) doit figurer
 * dans chaque taux. Apprenti RQTH : années au-delà de la 3e au taux de la 3e + 15 points.
 * Contrat successif (typeContratApp 21 à 23, D6222-29) : le CERFA ne donne pas le taux du contrat
 * précédent ; le minimum contrôlé est celui de la grille seule (`details.minimumPartiel`).
 *
 * @example
 * ```ts
 * evaluerRegles([regleTauxMinimum], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleTauxMinimum: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "remuneration.taux.minimum",
  titre: "Taux de rémunération au moins égal au minimum légal",
  description:
    "Chaque ligne de rémunération a un taux au moins égal au pourcentage minimal de la grille pour l'âge de l'apprenti et l'année d'exécution du contrat ; toute la durée du contrat est couverte.",
  severite: "bloquant",
  references: [
    referencesRemuneration.grille,
    referencesRemuneration.changementTranche,
    referencesRemuneration.dureeReduite,
    referencesRemuneration.contratsSuccessifs,
    referencesRemuneration.secteurPublic,
    referencesRemuneration.allongementRqth,
    referencesRemuneration.controles,
  ],
  parametres: [
    "apprentissage.remuneration.grille",
    "smic.mensuel.metropole",
    "smic.mensuel.mayotte",
    "apprentissage.remuneration.majoration_secteur_public",
    "apprentissage.remuneration.majoration_rqth_prolongation",
  ],
  chemins: [
    "apprenti.dateNaissance",
    "contrat.dateDebutContrat",
    "contrat.dateFinContrat",
    "contrat.dateSignature",
    LIGNES,
    "contrat.typeDerogation",
    "formation.dateDebutFormation",
    "formation.dateFinFormation",
    "contrat.remunerationMajoration",
    "apprenti.handicap",
  ],
  idSpecification: ["R-REM-MIN"],
  garde(v) {
    // Même lecture que la règle (faite une fois sur la vue) ; minimum légal et couverture des jours sur numéros de jour (même loi que calculerRemuneration).
    const lu = lireRemunerationVue(v);
    if (lu === undefined || lu.lignes.length === 0 || lu.incompletes > 0 || lu.reductionIndeterminee) return false;
    const legale = minimaleVue(lu, v);
    if (legale === undefined) return false;
    let curseur = v.debutContrat;
    for (const ligne of lu.lignes) {
      const { debut, fin } = ligne;
      for (const p of legale.segments) if (p.debut <= fin && p.fin >= debut && ligne.taux < p.tauxExige) return false;
      if (debut > curseur) return false;
      if (fin + 1 > curseur) curseur = fin + 1;
    }
    return curseur > v.finContrat;
  },
  evaluer(contrat, contexte) {
    const lu = lireContratRemuneration(contrat);
    if ("statut" in lu) return [lu];
    if (lu.lignes.length === 0 && lu.incompletes.length === 0) {
      return [{ statut: "indetermine", message: "Aucune ligne de rémunération n'est déclarée (contrat.remunerationsAnnuelles).", manquants: [LIGNES], details: {} }];
    }
    const legale = remunerationLegale(lu.entree, contexte);
    if (!("periodes" in legale)) return [legale];
    // Contrat successif : le plancher du contrat précédent n'est pas connu du CERFA ; durée réduite non déduite : début en 1re année.
    const reductionIndeterminee = lu.reduction?.statut === "indeterminee" ? lu.reduction : undefined;
    const minimumPartiel = lu.successif || reductionIndeterminee !== undefined;
    const constats: ConstatRegle[] = [];

    for (const ligne of lu.lignes) {
      const legales = periodesChevauchantes(legale.periodes, ligne.dateDebut, ligne.dateFin);
      if (legales.length === 0) continue;
      // Taux exigé : le minimum légal, plus la majoration facultative quand un employeur public en déclare une.
      const tauxExige = (p: (typeof legales)[number]) => p.tauxAvecMajorationDeclaree ?? p.tauxMinimal;
      const exigee = legales.reduce((a, b) => (tauxExige(b) > tauxExige(a) ? b : a));
      if (ligne.taux >= tauxExige(exigee)) continue;
      const majoration = exigee.majorationDeclaree === undefined ? "" : ` + majoration déclarée de ${exigee.majorationDeclaree} points`;
      const libelle = ligne.ordre ?? String(ligne.index + 1);
      constats.push({
        statut: "non_conforme",
        chemins: [`${ligne.chemin}.taux`],
        message: `Ligne ${libelle} (${formaterDateFr(ligne.dateDebut)} – ${formaterDateFr(ligne.dateFin)}) : le taux de ${ligne.taux} % est inférieur au ${exigee.majorationDeclaree === undefined ? "minimum légal" : "taux dû"} de ${tauxExige(exigee)} % (minimum légal de ${exigee.tauxMinimal} %${majoration} ; ${libelleTranche(exigee.tranche)}, année ${exigee.annee}, à partir du ${formaterDateFr(exigee.debut > ligne.dateDebut ? exigee.debut : ligne.dateDebut)}).`,
        details: {
          ordre: ligne.ordre,
          dateDebut: ligne.dateDebut,
          dateFin: ligne.dateFin,
          taux: ligne.taux,
          tauxMinimal: exigee.tauxMinimal,
          ...(exigee.majorationDeclaree === undefined ? {} : { majorationDeclaree: exigee.majorationDeclaree, tauxExige: tauxExige(exigee) }),
          ...(exigee.majorationRqth === undefined ? {} : { majorationRqth: exigee.majorationRqth }),
          ...(legale.moisReputesAccomplis > 0 ? { moisReputesAccomplis: legale.moisReputesAccomplis } : {}),
          periodesLegales: legales.map((p) => ({ numero: p.numero, debut: p.debut, fin: p.fin, age: p.age, tranche: p.tranche, tauxMinimal: p.tauxMinimal })),
          minimumPartiel,
        },
      });
    }

    // Jours du contrat sans ligne déclarée.
    const trous: { debut: string; fin: string }[] = [];
    let curseur = lu.entree.dateDebutContrat;
    for (const ligne of lu.lignes) {
      if (ligne.dateDebut > curseur) trous.push({ debut: curseur, fin: ajouterJours(ligne.dateDebut, -1) });
      const lendemain = ajouterJours(ligne.dateFin, 1);
      if (lendemain > curseur) curseur = lendemain;
    }
    if (curseur <= lu.entree.dateFinContrat) trous.push({ debut: curseur, fin: lu.entree.dateFinContrat });
    if (trous.length > 0 && lu.incompletes.length === 0) {
      constats.push({
        statut: "non_conforme",
        severite: "avertissement",
        chemins: [LIGNES],
        message: `Aucune ligne de rémunération ne couvre : ${trous.map((t) => `${formaterDateFr(t.debut)} – ${formaterDateFr(t.fin)}`).join(", ")}.`,
        details: { periodesNonCouvertes: trous },
      });
    }
    if (reductionIndeterminee !== undefined) {
      constats.push({
        statut: "indetermine",
        chemins: ["contrat.typeDerogation", "formation.dateDebutFormation", "formation.dateFinFormation"],
        message: `Dérogation de durée (réduction, D6222-28-1) : l'année d'exécution de départ ne peut pas être déduite, car ${reductionIndeterminee.raison}. Le minimum contrôlé est celui d'un début en 1re année, un plancher seulement.`,
        manquants: reductionIndeterminee.manquants,
        details: { raison: reductionIndeterminee.raison },
      });
    }
    if (lu.incompletes.length > 0) {
      constats.push({
        statut: "indetermine",
        chemins: lu.incompletes,
        message: `Ligne(s) de rémunération incomplète(s) ou mal formée(s) (dates ou taux) : ${lu.incompletes.join(", ")}.`,
        manquants: lu.incompletes,
        details: {},
      });
    }
    return constats;
  },
};
