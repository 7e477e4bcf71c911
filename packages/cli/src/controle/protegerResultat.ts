import { masquerDonneesPersonnelles } from "@communs-opco/identifiants";
import { neutraliserTexte } from "../sorties/neutraliserTexte";
import type { ResultatControle } from "./ResultatControle";

/** Profondeur maximale parcourue dans les détails d'un constat (au-delà, la valeur est remplacée). */
const PROFONDEUR_MAX = 20;

/** Textes courts protégés retenus (messages constants des règles, valeurs qui se répètent d'un contrat à l'autre). */
const MEMOIRE_MAX = 4096;
/** Longueur maximale d'un texte court. */
const LONGUEUR_COURTE_MAX = 256;
/**
 * Textes longs retenus (messages des vérifications avant paiement qui citent leur source : d'un
 * contrat ou d'une requête à l'autre, les mêmes reviennent, et leur masquage parcourt cinq
 * expressions Unicode) : au plus 1 024 textes de 4 096 caractères par mode.
 */
const MEMOIRE_LONGS_MAX = 1024;
/** Au-delà de cette longueur, un texte n'est pas retenu (mémoire bornée). */
const LONGUEUR_RETENUE_MAX = 4096;
const memoires = {
  masque: new Map<string, string>(),
  enClair: new Map<string, string>(),
  longsMasque: new Map<string, string>(),
  longsEnClair: new Map<string, string>(),
};

/**
 * Un texte sans chiffre ASCII ni « @ » ne contient aucune donnée personnelle que le masquage
 * reconnaît (NIR, dates, téléphones : des chiffres ; courriels : une arobase) : il est rendu tel quel.
 */
const PEUT_CONTENIR_DONNEE_PERSONNELLE = /[0-9@]/;

function proteger(texte: string, enClair: boolean): string {
  const neutre = neutraliserTexte(texte);
  return enClair || !PEUT_CONTENIR_DONNEE_PERSONNELLE.test(neutre) ? neutre : masquerDonneesPersonnelles(neutre);
}

/**
 * Protection d'un texte avant sortie : neutralisation des caractères de contrôle, puis masquage des
 * données personnelles sauf si `enClair`.
 *
 * @example
 * ```ts
 * protegerTexte("né le 14/03/2007\u001b[31m", false); // "né le **\/**\/2007\\x1B[31m"
 * ```
 */
export function protegerTexte(texte: string, enClair: boolean): string {
  if (texte.length > LONGUEUR_RETENUE_MAX) return proteger(texte, enClair);
  // Mémoires bornées : même sortie, calculée une fois par texte distinct (vidées quand elles sont pleines).
  const court = texte.length <= LONGUEUR_COURTE_MAX;
  const memoire = court ? (enClair ? memoires.enClair : memoires.masque) : enClair ? memoires.longsEnClair : memoires.longsMasque;
  let protege = memoire.get(texte);
  if (protege === undefined) {
    protege = proteger(texte, enClair);
    if (memoire.size >= (court ? MEMOIRE_MAX : MEMOIRE_LONGS_MAX)) memoire.clear();
    memoire.set(texte, protege);
  }
  return protege;
}

/**
 * Applique {@link protegerTexte} à toute chaîne d'une valeur JSON (clés comprises), en profondeur
 * bornée, dans des objets sans prototype.
 *
 * @example
 * ```ts
 * protegerValeur({ valeur: "lea@example.fr" }, false); // { valeur: "l***@example.fr" }
 * ```
 */
export function protegerValeur(valeur: unknown, enClair: boolean, profondeur = 0): unknown {
  if (typeof valeur === "string") return protegerTexte(valeur, enClair);
  if (typeof valeur !== "object" || valeur === null) return valeur;
  if (profondeur >= PROFONDEUR_MAX) return "[structure trop profonde]";
  if (Array.isArray(valeur)) return valeur.map((v) => protegerValeur(v, enClair, profondeur + 1));
  const copie: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [cle, v] of Object.entries(valeur)) copie[protegerTexte(cle, enClair)] = protegerValeur(v, enClair, profondeur + 1);
  return copie;
}

/**
 * Résultat de contrôle prêt à sortir (texte, HTML, `--json`) : messages, détails des constats,
 * raison d'un illisible et provenance neutralisés et, par défaut, débarrassés des données
 * personnelles (NIR, courriels, téléphones, dates de naissance) ; `enClair` (option
 * `--en-clair`) garde les valeurs telles quelles, caractères de contrôle toujours neutralisés.
 *
 * @example
 * ```ts
 * const publie = protegerResultat(resultat, false);
 * sortie.ecrire(JSON.stringify(publie));
 * ```
 */
export function protegerResultat(resultat: ResultatControle, enClair: boolean): ResultatControle {
  return {
    ...resultat,
    source: { ...resultat.source, fichier: neutraliserTexte(resultat.source.fichier) },
    constats: resultat.constats.map((c) => ({
      ...c,
      message: protegerTexte(c.message, enClair),
      details: protegerValeur(c.details, enClair) as typeof c.details,
    })),
    ...(resultat.raison === undefined ? {} : { raison: protegerTexte(resultat.raison, enClair) }),
  };
}
