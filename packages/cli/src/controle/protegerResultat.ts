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
 * Comme {@link protegerValeur} (même texte JSON une fois sérialisé), mais sans copie quand la
 * protection ne change rien : un objet simple ou un tableau dont aucune chaîne (clé ou valeur) ne
 * change est rendu lui-même ; sinon, copie comme `protegerValeur`. Les autres objets (dates,
 * instances de classes) sont toujours copiés par `protegerValeur`.
 */
function protegerSansCopie(valeur: unknown, enClair: boolean, profondeur: number): unknown {
  if (typeof valeur === "string") return protegerTexte(valeur, enClair);
  if (typeof valeur !== "object" || valeur === null) return valeur;
  if (profondeur >= PROFONDEUR_MAX) return "[structure trop profonde]";
  if (Array.isArray(valeur)) {
    let copie: unknown[] | undefined;
    for (let i = 0; i < valeur.length; i++) {
      const v: unknown = valeur[i];
      const protege = protegerSansCopie(v, enClair, profondeur + 1);
      if (copie === undefined && !Object.is(protege, v)) copie = valeur.slice(0, i);
      copie?.push(protege);
    }
    return copie ?? valeur;
  }
  const prototype: unknown = Object.getPrototypeOf(valeur);
  if (prototype !== Object.prototype && prototype !== null) return protegerValeur(valeur, enClair, profondeur);
  const entrees = Object.entries(valeur);
  for (let i = 0; i < entrees.length; i++) {
    const [cle, v] = entrees[i] as [string, unknown];
    if (protegerTexte(cle, enClair) === cle && Object.is(protegerSansCopie(v, enClair, profondeur + 1), v)) continue;
    // Première différence : copie sans prototype, comme protegerValeur (les entrées d'avant sont inchangées).
    const copie: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (let j = 0; j < i; j++) copie[(entrees[j] as [string, unknown])[0]] = (entrees[j] as [string, unknown])[1];
    for (let j = i; j < entrees.length; j++) {
      const [c, w] = entrees[j] as [string, unknown];
      copie[protegerTexte(c, enClair)] = protegerSansCopie(w, enClair, profondeur + 1);
    }
    return copie;
  }
  return valeur;
}

/** Dernière provenance neutralisée : le même fichier revient d'un enregistrement à l'autre. */
let dernierFichier: { brut: string; neutre: string } | undefined;

function fichierNeutralise(fichier: string): string {
  if (dernierFichier?.brut !== fichier) dernierFichier = { brut: fichier, neutre: neutraliserTexte(fichier) };
  return dernierFichier.neutre;
}

/**
 * Résultat de contrôle prêt à sortir (texte, HTML, `--json`) : messages, détails des constats,
 * raison d'un illisible et provenance neutralisés et, par défaut, débarrassés des données
 * personnelles (NIR, courriels, téléphones, dates de naissance) ; `enClair` (option
 * `--en-clair`) garde les valeurs telles quelles, caractères de contrôle toujours neutralisés.
 * Rien n'est copié de ce que la protection ne change pas : un constat (ou un résultat entier)
 * inchangé est rendu lui-même, ce qui ne change rien au JSON écrit. Ne pas modifier le résultat rendu.
 *
 * @example
 * ```ts
 * const publie = protegerResultat(resultat, false);
 * sortie.ecrire(JSON.stringify(publie));
 * ```
 */
export function protegerResultat(resultat: ResultatControle, enClair: boolean): ResultatControle {
  let constats: ResultatControle["constats"][number][] | undefined;
  const liste = resultat.constats;
  for (let k = 0; k < liste.length; k++) {
    const c = liste[k] as ResultatControle["constats"][number];
    const message = protegerTexte(c.message, enClair);
    const details = protegerSansCopie(c.details, enClair, 0) as typeof c.details;
    const protege = message === c.message && Object.is(details, c.details) ? c : { ...c, message, details };
    if (constats === undefined && protege !== c) constats = liste.slice(0, k);
    constats?.push(protege);
  }
  const fichier = fichierNeutralise(resultat.source.fichier);
  const raison = resultat.raison === undefined ? undefined : protegerTexte(resultat.raison, enClair);
  if (constats === undefined && fichier === resultat.source.fichier && raison === resultat.raison) return resultat;
  return {
    ...resultat,
    source: fichier === resultat.source.fichier ? resultat.source : { ...resultat.source, fichier },
    constats: constats ?? liste,
    ...(raison === undefined ? {} : { raison }),
  };
}
