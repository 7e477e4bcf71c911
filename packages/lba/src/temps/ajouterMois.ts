const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Ajoute (ou retire) des mois à une date civile `AAAA-MM-JJ`. Un jour qui n'existe pas dans le
 * mois d'arrivée est ramené au dernier jour de ce mois (31 janvier + 1 mois = 28 ou 29 février),
 * comme les bibliothèques de dates employées par La bonne alternance.
 *
 * @returns la date, ou `undefined` si la date est mal formée ou inexistante.
 * @example
 * ```ts
 * ajouterMois("2026-12-31", 2); // "2027-02-28"
 * ajouterMois("2026-05-10", -6); // "2025-11-10"
 * ```
 */
export function ajouterMois(date: string, mois: number): string | undefined {
  const m = DATE.exec(date);
  if (m === null || !Number.isInteger(mois)) return undefined;
  const annee = Number(m[1]);
  const moisDepart = Number(m[2]) - 1;
  const jour = Number(m[3]);
  const controle = new Date(Date.UTC(annee, moisDepart, jour));
  if (controle.getUTCMonth() !== moisDepart || controle.getUTCDate() !== jour) return undefined;
  const total = annee * 12 + moisDepart + mois;
  const anneeArrivee = Math.floor(total / 12);
  const moisArrivee = total - anneeArrivee * 12;
  const dernierJour = new Date(Date.UTC(anneeArrivee, moisArrivee + 1, 0)).getUTCDate();
  const resultat = new Date(Date.UTC(anneeArrivee, moisArrivee, Math.min(jour, dernierJour)));
  return resultat.toISOString().slice(0, 10);
}
