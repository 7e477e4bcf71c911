const INDICATIFS_OUTRE_MER: Readonly<Record<string, number>> = { "590": 9, "594": 9, "596": 9, "262": 9, "269": 9, "508": 6 };

/** Chiffres ASCII de `texte` de `debut` à la fin, le premier de 1 à 9. */
function chiffresSansZeroEnTete(texte: string, debut: number): boolean {
  for (let i = debut; i < texte.length; i++) {
    const c = texte.charCodeAt(i);
    if (c < 48 || c > 57 || (i === debut && c === 48)) return false;
  }
  return true;
}

/**
 * Motif du refus d'un numéro de téléphone saisi (R-TEL), `null` s'il est valide, `"vide"` pour
 * « +33 » seul. Les formes déjà canoniques (« +33 » ou « 0 » puis 9 chiffres, le premier non nul,
 * sans séparateur) sont décidées sans expression régulière ni nouvelle chaîne ; le test
 * d'équivalence les tient à {@link motifTelephoneDetaille}.
 *
 * @example
 * ```ts
 * motifTelephone("+33612345678"); // null
 * motifTelephone("06 12 34 56"); // "Chiffres manquants…"
 * ```
 */
export function motifTelephone(saisie: string): string | null {
  if (saisie.length === 12 ? saisie.startsWith("+33") && chiffresSansZeroEnTete(saisie, 3) : saisie.length === 10 && saisie.charCodeAt(0) === 48 && chiffresSansZeroEnTete(saisie, 1)) return null;
  return motifTelephoneDetaille(saisie);
}

/**
 * Motif du refus d'un numéro, étape par étape (séparateurs retirés, « 00 » lu « + », indicatif
 * français, d'outre-mer ou étranger, nombre de chiffres).
 *
 * @example
 * ```ts
 * motifTelephoneDetaille("06.12.34.56.78"); // null
 * ```
 */
export function motifTelephoneDetaille(saisie: string): string | null {
  const n = saisie.replace(/[\s.()-]/g, "").replace(/^00/, "+");
  if (n === "+33") return "vide";
  if (!/^\+?\d+$/.test(n)) return "Le numéro de téléphone ne doit contenir que des chiffres, précédés éventuellement de l'indicatif « + ».";
  let national: string;
  if (n.startsWith("+33")) national = n.slice(3);
  else if (n.startsWith("0")) national = n.slice(1);
  else if (n.startsWith("+")) {
    const indicatif = Object.keys(INDICATIFS_OUTRE_MER).find((i) => n.startsWith(`+${i}`));
    if (indicatif !== undefined) {
      const attendu = INDICATIFS_OUTRE_MER[indicatif] ?? 9;
      const reste = n.slice(1 + indicatif.length);
      return reste.length === attendu ? null : `Le numéro doit contenir ${attendu} chiffres après l'indicatif +${indicatif}.`;
    }
    // autre pays : numéro international E.164 (8 à 15 chiffres indicatif compris)
    return n.length - 1 >= 8 && n.length - 1 <= 15 ? null : "Le numéro international doit comporter de 8 à 15 chiffres, indicatif compris.";
  } else return "Le numéro de téléphone doit commencer par 0 ou par un indicatif international (+33…).";
  if (national.length < 9) return "Chiffres manquants pour que le numéro soit valide : 9 chiffres sont attendus après l'indicatif +33.";
  if (national.length > 9) return "Le numéro doit contenir 9 chiffres après l'indicatif +33.";
  return national.startsWith("0") ? "Après l'indicatif +33, le numéro ne commence pas par 0." : null;
}
