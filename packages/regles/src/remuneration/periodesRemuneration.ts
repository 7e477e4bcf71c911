import type { BaremeRemunerationApprenti } from "@communs-opco/parametres";
import { ageRevolu } from "../dates/ageRevolu";
import { ajouterJours } from "../dates/ajouterJours";
import { ajouterMois } from "../dates/ajouterMois";
import { estDateIso } from "../dates/estDateIso";
import { ajouterAnnees } from "./dates/ajouterAnnees";
import type { DateIso } from "./dates/DateIso";
import { dateAnniversaire } from "./dates/dateAnniversaire";
import { premierJourMoisSuivant } from "./dates/premierJourMoisSuivant";
import type { PeriodeRemuneration } from "./PeriodeRemuneration";
import { trancheAge } from "./trancheAge";

/**
 * Dates d'un contrat pour le découpage en périodes.
 *
 * @example
 * ```ts
 * const d: DatesPeriodes = { dateNaissance: "2007-03-15", dateDebutContrat: "2024-09-01", dateFinContrat: "2026-08-31" };
 * ```
 */
export interface DatesPeriodes {
  dateNaissance: DateIso;
  dateDebutContrat: DateIso;
  dateFinContrat: DateIso;
  /** Mois réputés déjà accomplis (D6222-28) : décale les années d'exécution. 0 par défaut. */
  moisReputesAccomplis?: number;
}

/**
 * Découpe un contrat en périodes de rémunération à taux constant (D6222-26, D6222-34) :
 *
 * - **années d'exécution** : l'année N court de début + (N − 1) ans à début + N ans − 1 jour ; la
 *   dernière ligne s'arrête à la date de fin ; la 4e année va jusqu'à la fin du contrat ;
 * - **durée réduite** (C. trav. D6222-28) : avec `moisReputesAccomplis` = m, les années sont
 *   comptées depuis début − m mois, comme si l'apprenti avait déjà accompli ces mois ;
 * - **changement de tranche** (C. trav. D6222-34, à vérifier) : la tranche 18, 21 ou 26 ans
 *   s'applique à partir du **1er jour du mois suivant l'anniversaire** ; l'année est alors coupée
 *   en N.1 et N.2 ; si ce 1er du mois tombe après la fin du contrat, il n'y a pas de N.2 ;
 * - **âge au début** : la tranche de départ est celle de l'âge révolu à la date de début, même si
 *   l'anniversaire tombe ce jour-là (pas de ligne d'un mois, contrairement à l'application de
 *   référence, vecteur H) ;
 * - un anniversaire qui ne change pas de tranche (16 → 17 ans) ne coupe pas l'année.
 *
 * Renvoie une liste vide si une date est invalide ou si la fin précède le début.
 *
 * @example
 * ```ts
 * const bareme = valeurParametre(grilleRemunerationApprenti, "2024-09-01")!.valeur;
 * periodesRemuneration(
 *   { dateNaissance: "2008-01-10", dateDebutContrat: "2024-09-01", dateFinContrat: "2026-08-31" },
 *   bareme,
 * ).map((p) => `${p.numero} ${p.debut} ${p.fin}`);
 * // ["1.1 2024-09-01 2025-08-31", "2.1 2025-09-01 2026-01-31", "2.2 2026-02-01 2026-08-31"]
 * ```
 */
export function periodesRemuneration(dates: DatesPeriodes, bareme: BaremeRemunerationApprenti): PeriodeRemuneration[] {
  const { dateNaissance, dateDebutContrat: debut, dateFinContrat: fin } = dates;
  if (!estDateIso(dateNaissance) || !estDateIso(debut) || !estDateIso(fin)) {
    return [];
  }
  if (fin < debut || dateNaissance > debut) return [];
  // Dernière année d'exécution distinguée par la grille (la 4e, qui couvre aussi les suivantes).
  const derniereAnnee = bareme.taux[bareme.tranches[0]!.tranche].length;
  const moisReputes = Math.max(0, Math.trunc(dates.moisReputesAccomplis ?? 0));
  const origine = ajouterMois(debut, -moisReputes);

  const ageDebut = ageRevolu(dateNaissance, debut);
  // Dates d'effet des anniversaires suivants : 1er du mois qui suit chaque anniversaire.
  const effetsAge: { date: DateIso; age: number }[] = [];
  for (let k = 1; ; k += 1) {
    const effet = premierJourMoisSuivant(dateAnniversaire(dateNaissance, ageDebut + k));
    if (effet > fin) break;
    effetsAge.push({ date: effet, age: ageDebut + k });
  }
  const ageA = (date: DateIso): number => ageDebut + effetsAge.filter((e) => e.date <= date).length;
  const anneeA = (date: DateIso): number => {
    let annee = 1;
    while (annee < derniereAnnee && ajouterAnnees(origine, annee) <= date) annee += 1;
    return annee;
  };

  const coupures = new Set<DateIso>([debut]);
  for (let n = 1; n < derniereAnnee; n += 1) {
    const debutAnnee = ajouterAnnees(origine, n);
    if (debutAnnee > debut && debutAnnee <= fin) coupures.add(debutAnnee);
  }
  for (const effet of effetsAge) coupures.add(effet.date);
  const dates_ = [...coupures].sort();

  const periodes: PeriodeRemuneration[] = [];
  const compteurs = new Map<number, number>();
  dates_.forEach((debutSegment, i) => {
    const suivante = dates_[i + 1];
    const finSegment = suivante === undefined ? fin : ajouterJours(suivante, -1);
    const annee = anneeA(debutSegment);
    const age = ageA(debutSegment);
    const tranche = trancheAge(age, bareme);
    const precedente = periodes[periodes.length - 1];
    if (precedente !== undefined && precedente.annee === annee && precedente.tranche === tranche) {
      precedente.fin = finSegment;
      return;
    }
    const rang = (compteurs.get(annee) ?? 0) + 1;
    compteurs.set(annee, rang);
    periodes.push({ annee, numero: `${annee}.${rang}`, debut: debutSegment, fin: finSegment, age, tranche });
  });
  return periodes;
}
