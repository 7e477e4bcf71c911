import { plafondFraisHebergement, plafondFraisRestauration, plafondPremierEquipement, valeurParametre, type ParametreConsulte } from "@communs-opco/parametres";
import type { FraisAnnexes } from "./EntreeFinancement";
import { formaterEuros } from "./formaterEuros";

/**
 * Une ligne de frais annexes retenue après application des plafonds.
 *
 * @example
 * ```ts
 * const l: LigneFraisAnnexes = { nature: "repas", demandeCentimes: 35000, montantCentimes: 30000, explication: "…" };
 * ```
 */
export interface LigneFraisAnnexes {
  nature: "repas" | "nuitees" | "premierEquipement" | "mobiliteInternationale";
  demandeCentimes: number;
  montantCentimes: number;
  explication: string;
}

/**
 * Frais annexes pris en charge par l'OPCO : repas, nuitées et premier équipement écrêtés à leurs
 * plafonds légaux à la date de conclusion ; mobilité internationale retenue telle que fixée par
 * l'OPCO. Les lignes sans paramètre à la date sont signalées dans `indeterminations`.
 *
 * @example
 * ```ts
 * fraisAnnexesRetenus({ repas: { nombre: 100, prixUnitaire: 3 } }, "2025-08-20").lignes[0]?.montantCentimes; // 30000
 * ```
 */
export function fraisAnnexesRetenus(frais: FraisAnnexes, dateConclusion: string): { lignes: LigneFraisAnnexes[]; parametres: ParametreConsulte<unknown>[]; indeterminations: string[] } {
  const lignes: LigneFraisAnnexes[] = [];
  const parametres: ParametreConsulte<unknown>[] = [];
  const indeterminations: string[] = [];
  const unitaires = [
    ["repas", frais.repas, plafondFraisRestauration, "repas"],
    ["nuitees", frais.nuitees, plafondFraisHebergement, "nuitée"],
  ] as const;
  for (const [nature, ligne, parametre, unite] of unitaires) {
    if (ligne === undefined) continue;
    if (typeof ligne.nombre !== "number" || !Number.isFinite(ligne.nombre) || typeof ligne.prixUnitaire !== "number" || !Number.isFinite(ligne.prixUnitaire)) {
      indeterminations.push(`Frais annexes (${nature}) illisibles : nombre et prix unitaire numériques attendus ; ligne non retenue.`);
      continue;
    }
    const p = valeurParametre(parametre, dateConclusion);
    const nombre = Math.max(0, Math.trunc(ligne.nombre));
    const prix = Math.max(0, Math.round(ligne.prixUnitaire * 100));
    if (p === undefined) {
      indeterminations.push(`Frais annexes (${nature}) : aucun plafond à la date de conclusion.`);
      continue;
    }
    parametres.push(p);
    const plafond = Math.round(p.valeur * 100);
    const retenu = Math.min(prix, plafond);
    lignes.push({
      nature,
      demandeCentimes: nombre * prix,
      montantCentimes: nombre * retenu,
      explication: `${nombre} ${unite}(s) × ${formaterEuros(retenu)}${prix > plafond ? ` (prix demandé ${formaterEuros(prix)} écrêté au plafond de ${formaterEuros(plafond)} par ${unite})` : ` (plafond ${formaterEuros(plafond)} par ${unite})`} = ${formaterEuros(nombre * retenu)}.`,
    });
  }
  for (const [nature, montant] of [["premierEquipement", frais.premierEquipement], ["mobiliteInternationale", frais.mobiliteInternationale]] as const) {
    if (montant !== undefined && (typeof montant !== "number" || !Number.isFinite(montant))) indeterminations.push(`Frais annexes (${nature}) illisibles : montant numérique attendu ; ligne non retenue.`);
  }
  if (typeof frais.premierEquipement === "number" && Number.isFinite(frais.premierEquipement)) {
    const p = valeurParametre(plafondPremierEquipement, dateConclusion);
    const demande = Math.max(0, Math.round(frais.premierEquipement * 100));
    if (p === undefined) indeterminations.push("Frais annexes (premier équipement) : aucun plafond à la date de conclusion.");
    else {
      parametres.push(p);
      const plafond = Math.round(p.valeur * 100);
      const retenu = Math.min(demande, plafond);
      lignes.push({
        nature: "premierEquipement",
        demandeCentimes: demande,
        montantCentimes: retenu,
        explication: `Premier équipement pédagogique ${formaterEuros(demande)}${demande > plafond ? `, écrêté au plafond de ${formaterEuros(plafond)}` : ` (plafond ${formaterEuros(plafond)})`}.`,
      });
    }
  }
  if (typeof frais.mobiliteInternationale === "number" && Number.isFinite(frais.mobiliteInternationale)) {
    const demande = Math.max(0, Math.round(frais.mobiliteInternationale * 100));
    lignes.push({ nature: "mobiliteInternationale", demandeCentimes: demande, montantCentimes: demande, explication: `Mobilité internationale : forfait de l'OPCO ${formaterEuros(demande)} (pas de plafond légal commun).` });
  }
  return { lignes, parametres, indeterminations };
}
