/**
 * Convertit un numéro de jour (jours depuis le 1970-01-01) en date `AAAA-MM-JJ`. Inverse de
 * {@link jourDepuisDate}. Calcul purement arithmétique : aucun objet `Date`.
 *
 * @example
 * ```ts
 * dateDepuisJour(0); // "1970-01-01"
 * dateDepuisJour(20153); // "2025-03-06"
 * ```
 */
export function dateDepuisJour(jour: number): string {
  const { annee, mois, jourDuMois } = civilDepuisJour(jour);
  // Chaîne construite d'un bloc (et non par concaténation) : pas de chaîne composée à aplatir ensuite.
  return String.fromCharCode(
    48 + (Math.floor(annee / 1000) % 10),
    48 + (Math.floor(annee / 100) % 10),
    48 + (Math.floor(annee / 10) % 10),
    48 + (annee % 10),
    45,
    48 + Math.floor(mois / 10),
    48 + (mois % 10),
    45,
    48 + Math.floor(jourDuMois / 10),
    48 + (jourDuMois % 10),
  );
}

/**
 * Décompose un numéro de jour en année, mois (1–12) et jour du mois (algorithme « civil from days »).
 *
 * @example
 * ```ts
 * civilDepuisJour(20153); // { annee: 2025, mois: 3, jourDuMois: 6 }
 * ```
 */
export function civilDepuisJour(jour: number): { annee: number; mois: number; jourDuMois: number } {
  const z = jour + 719468;
  const ere = Math.floor(z / 146097);
  const jourDansEre = z - ere * 146097;
  const anneeDansEre = Math.floor((jourDansEre - Math.floor(jourDansEre / 1460) + Math.floor(jourDansEre / 36524) - Math.floor(jourDansEre / 146096)) / 365);
  const jourDansAnnee = jourDansEre - (365 * anneeDansEre + Math.floor(anneeDansEre / 4) - Math.floor(anneeDansEre / 100));
  const moisDecale = Math.floor((5 * jourDansAnnee + 2) / 153);
  const jourDuMois = jourDansAnnee - Math.floor((153 * moisDecale + 2) / 5) + 1;
  const mois = moisDecale < 10 ? moisDecale + 3 : moisDecale - 9;
  const annee = anneeDansEre + ere * 400 + (mois <= 2 ? 1 : 0);
  return { annee, mois, jourDuMois };
}
