/** Séparateur toléré entre deux groupes de chiffres : espace (y compris insécables), point, tiret, barre oblique ou soulignement. */
const SEP = "[\\s.\\-/_]?";
const NIR = new RegExp(
  `(?<![\\p{L}\\p{N}])([1-478])${SEP}(\\d{2})${SEP}(\\d{2})${SEP}(\\d{2}|2[AaBb])${SEP}(\\d{3})${SEP}(\\d{3})(?:${SEP}(\\d{2}))?(?![\\p{L}\\p{N}])`,
  "gu",
);
const COURRIEL = /([^\s@"'<>(),;:[\]]+)@([^\s@"'<>(),;:[\]]+\.[^\s@"'<>(),;:[\]]+)/gu;
/** Téléphone français : +33 / 0033 (avec « (0) » facultatif) ou 0, puis 9 chiffres groupés par deux. */
const TELEPHONE_FR = /(?<![\p{L}\p{N}+])(\+33|0033|0)[\s.\-]*(?:\(0\)[\s.\-]*)?([1-9])(?:[\s.\-]?\d{2}){4}(?![\p{N}])/gu;
/** Téléphone international : indicatif +NNN (outre-mer +262, +590…, étranger), « (0) » facultatif, 6 à 14 chiffres. */
const TELEPHONE_INTERNATIONAL = /(?<![\p{L}\p{N}])\+(\d{1,3})[\s.\-]*(?:\(0\)[\s.\-]*)?\d(?:[\s.\-]?\d){5,13}(?![\p{N}])/gu;
/** Date écrite après un mot qui annonce une naissance (« né le », « née le », « naissance », « DDN »…). */
const NAISSANCE =
  /((?:\bn[ée]e?s?\s*(?:\(e\))?\s*(?:le\s+)?|naissance\s*(?:[:=]\s*|du\s+|le\s+)?|\bDDN\s*[:=]?\s*|\bborn\s*(?:on\s+)?)["']?)(\d{1,4})([\s./-])(\d{1,2})([\s./-])(\d{1,4})/giu;

/** Début de chacune des annonces de `NAISSANCE` (mêmes drapeaux) : sans lui, `NAISSANCE` ne peut pas trouver. */
const ANNONCE_NAISSANCE = /\bn[ée]|naissance|\bDDN|\bborn/iu;
/** Trois nombres séparés comme dans `NAISSANCE` (« 14/03/2007 », « 2007-03-14 ») : l'autre condition nécessaire. */
const DATE_NAISSANCE = /\d[\s./-]\d{1,2}[\s./-]\d/u;
/** Chiffres au moins dans un texte que chaque expression peut trouver (dates : 3, NIR : 12 dont Corse, téléphones : 10 et 7). */
const CHIFFRES_NAISSANCE = 3;
const CHIFFRES_NIR = 11;
const CHIFFRES_TELEPHONE_FR = 10;
const CHIFFRES_TELEPHONE_INTERNATIONAL = 7;

/**
 * Masque les données personnelles reconnaissables dans un texte destiné à un rapport, une sortie
 * ou un journal, quel que soit le champ où elles ont été saisies :
 * - NIR, avec ou sans séparateurs (espaces, points, tirets…), Corse comprise : seuls le sexe et
 *   l'année de naissance restent visibles (`1 84 ** ** *** *** **`) ;
 * - courriels (`l***@exemple.fr`) ;
 * - téléphones français (`06…`, `+33 6…`, `0033…`, `+33 (0)6…`) et internationaux (`+262 692…`) :
 *   seul l'indicatif reste (`+262 ** ** ** **`) ;
 * - dates de naissance écrites en texte libre (« née le 14/03/2007 », « naissance : 2007-03-14 ») :
 *   seule l'année reste.
 *
 * Un SIRET (14 chiffres) n'est pas pris pour un NIR (13 ou 15 caractères) ; les autres dates
 * (début de contrat…) ne sont pas touchées. Sans dépendance Node (utilisable dans un navigateur).
 *
 * @example
 * ```ts
 * masquerDonneesPersonnelles("NIR 1.84.12.76.451.089-46, lea.martin@example.com, +33 (0)6 12 34 56 78");
 * // "NIR 1 84 ** ** *** *** **, l***@example.com, +33 6 ** ** ** **"
 * ```
 */
export function masquerDonneesPersonnelles(texte: string): string {
  // Chaque expression ne s'applique qu'au texte qui contient ce qu'elle exige au minimum (chiffres
  // ASCII, « @ », « + », mot annonçant une naissance) : même résultat, sans parcourir avec cinq
  // expressions Unicode les messages qui ne peuvent rien contenir (la plupart).
  const arobase = texte.includes("@");
  const chiffres = compterChiffres(texte);
  if (!arobase && chiffres < CHIFFRES_NAISSANCE) return texte;
  let resultat = texte;
  if (chiffres >= CHIFFRES_NAISSANCE && DATE_NAISSANCE.test(resultat) && ANNONCE_NAISSANCE.test(resultat)) {
    resultat = resultat.replace(NAISSANCE, (_tout, annonce: string, a: string, s1: string, _jourOuMois: string, s2: string, c: string) => {
      // Année en tête (AAAA-MM-JJ) ou en fin (JJ/MM/AAAA) : seule l'année reste lisible.
      if (a.length === 4) return `${annonce}${a}${s1}**${s2}**`;
      return `${annonce}**${s1}**${s2}${c}`;
    });
  }
  if (chiffres >= CHIFFRES_NIR) resultat = resultat.replace(NIR, (_tout, sexe: string, annee: string, _m, _d, _c, _o, cle: string | undefined) => `${sexe} ${annee} ** ** *** ***${cle === undefined ? "" : " **"}`);
  if (arobase) resultat = resultat.replace(COURRIEL, (_tout, local: string, domaine: string) => `${local.slice(0, 1)}***@${domaine}`);
  if (chiffres >= CHIFFRES_TELEPHONE_FR) resultat = resultat.replace(TELEPHONE_FR, (_tout, indicatif: string, premier: string) => `${indicatif === "0" ? "0" : "+33 "}${premier} ** ** ** **`);
  if (chiffres >= CHIFFRES_TELEPHONE_INTERNATIONAL && resultat.includes("+")) resultat = resultat.replace(TELEPHONE_INTERNATIONAL, (_tout, indicatif: string) => `+${indicatif} ** ** ** **`);
  return resultat;
}

/** Nombre de chiffres ASCII (ceux de `\d`) d'un texte. */
function compterChiffres(texte: string): number {
  let n = 0;
  for (let i = 0; i < texte.length; i++) {
    const code = texte.charCodeAt(i);
    if (code >= 48 && code <= 57) n++;
  }
  return n;
}
