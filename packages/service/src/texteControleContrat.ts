import { protegerResultat, protegerValeur, type ResultatControle } from "@communs-opco/cli";
import { estFigeEnProfondeur, type Constat } from "@communs-opco/regles";

/**
 * Octets UTF-8 publiés de chaque constat **entièrement figé** (`Object.freeze` en profondeur), par mode :
 * un constat partagé d'une requête à l'autre (par exemple le même constat « indéterminé » d'une
 * vérification avant paiement, figé en profondeur par `gelerExplication`) est masqué, sérialisé et
 * encodé une seule fois. Clés faibles : la mémoire suit la vie des constats eux-mêmes. Un constat non
 * figé (qui pourrait changer) n'est jamais retenu.
 */
const publies = { masque: new WeakMap<Constat, Buffer>(), enClair: new WeakMap<Constat, Buffer>() };

/** Constats figés déjà rencontrés (clés faibles) : revus, ils sont partagés d'une réponse à l'autre. */
const vus = new WeakSet<Constat>();

/**
 * Dernière réponse composée, par mode : si la suivante est faite des mêmes morceaux (mêmes octets
 * retenus, mêmes textes, même tête, même queue), ses octets sont rendus tels quels, sans allouer
 * ni recopier (un contrat renvoyé à l'identique). Une seule réponse retenue par mode.
 */
interface DerniereReponse {
  readonly tete: string;
  readonly queue: string;
  readonly morceaux: readonly (Buffer | string)[];
  readonly octets: Buffer;
}
const dernieresReponses: { masque: DerniereReponse | undefined; enClair: DerniereReponse | undefined } = { masque: undefined, enClair: undefined };

/**
 * Corps JSON de la réponse du contrôle d'un contrat, prêt à écrire,
 * `{ dateEvaluation, statut, constats, avantPaiement?, nonExecutees?, explications? }` : octet pour octet l'encodage de
 * `JSON.stringify` de cet objet après `protegerResultat` (messages et détails des constats masqués sauf
 * `enClair`, explications masquées par `protegerValeur`). Sans constat partagé, c'est ce texte même
 * (le serveur Node l'écrit d'un seul envoi avec les en-têtes). Dès qu'un constat figé revient d'une
 * réponse à l'autre (partagé), ce sont des octets UTF-8 : seuls les constats non encore publiés passent
 * par le masquage ; un constat entièrement figé est publié une fois par mode, puis ses octets sont
 * recopiés tels quels (ni masquage, ni sérialisation, ni encodage à refaire) dans un tampon unique ;
 * une réponse faite des mêmes morceaux que la précédente (mêmes octets retenus, mêmes textes : même
 * contrat renvoyé) reprend ses octets, sans allocation ni copie. Les octets rendus ne doivent pas être modifiés (ils peuvent servir à plusieurs réponses).
 *
 * @example
 * ```ts
 * const corps = corpsControleContrat("2025-11-03", resultat, false);
 * sortie.end(corps);
 * ```
 */
export function corpsControleContrat(dateEvaluation: string, resultat: ResultatControle, enClair: boolean, explications?: readonly unknown[]): string | Buffer {
  const constats = resultat.constats;
  // Un constat figé déjà vu dans une réponse précédente est partagé : la composition constat par
  // constat reprend ses octets. Sinon (aucun constat figé, ou des constats figés mais neufs à chaque
  // contrôle) : un seul JSON.stringify de l'objet publié, plus rapide que la composition constat par
  // constat (mesuré : 70 contre 88 µs pour 13 constats, 13,6 ko).
  let partage = false;
  for (const constat of constats) {
    if (!Object.isFrozen(constat)) continue;
    if (vus.has(constat)) partage = true;
    else vus.add(constat);
  }
  if (!partage) {
    const publie = protegerResultat(resultat, enClair);
    return JSON.stringify({
      dateEvaluation,
      statut: publie.statut,
      constats: publie.constats,
      ...(publie.avantPaiement === undefined ? {} : { avantPaiement: publie.avantPaiement }),
      ...(publie.nonExecutees === undefined ? {} : { nonExecutees: publie.nonExecutees }),
      ...(explications === undefined ? {} : { explications: protegerValeur(explications, enClair) }),
    });
  }
  const memoire = enClair ? publies.enClair : publies.masque;
  // Morceaux du tableau des constats : octets retenus, ou texte des constats publiés par cette réponse.
  const morceaux = new Array<Buffer | string>(constats.length);
  const aPublier: Constat[] = [];
  const positions: number[] = [];
  for (let i = 0; i < constats.length; i++) {
    const constat = constats[i]!;
    const connu = Object.isFrozen(constat) ? memoire.get(constat) : undefined;
    if (connu !== undefined) morceaux[i] = connu;
    else {
      aPublier.push(constat);
      positions.push(i);
    }
  }
  // Une seule protection pour les constats restants (et le statut, la raison) : celle de `opco controle --json`.
  const publie = protegerResultat({ ...resultat, constats: aPublier }, enClair);
  for (let j = 0; j < aPublier.length; j++) {
    // Une valeur figée le reste : vérifié une fois par constat, ses octets sont ensuite retenus.
    if (estFigeEnProfondeur(aPublier[j])) {
      const octets = Buffer.from(JSON.stringify(publie.constats[j]));
      memoire.set(aPublier[j]!, octets);
      morceaux[positions[j]!] = octets;
    } else morceaux[positions[j]!] = JSON.stringify(publie.constats[j]);
  }
  const avantPaiement = publie.avantPaiement === undefined ? "" : `,"avantPaiement":${JSON.stringify(publie.avantPaiement)}`;
  const nonExecutees = publie.nonExecutees === undefined ? "" : `,"nonExecutees":${JSON.stringify(publie.nonExecutees)}`;
  const explique = explications === undefined ? "" : `,"explications":${JSON.stringify(protegerValeur(explications, enClair))}`;
  const tete = `{"dateEvaluation":${JSON.stringify(dateEvaluation)},"statut":${JSON.stringify(publie.statut)},"constats":[`;
  const queue = `]${avantPaiement}${nonExecutees}${explique}}`;
  // Mêmes morceaux que la réponse précédente (même contrat renvoyé) : mêmes octets, rendus sans copie.
  const derniere = enClair ? dernieresReponses.enClair : dernieresReponses.masque;
  if (derniere !== undefined && derniere.tete === tete && derniere.queue === queue && memesMorceaux(derniere.morceaux, morceaux)) return derniere.octets;
  // Une seule allocation à la taille exacte, remplie morceau par morceau (virgules comprises).
  let taille = Buffer.byteLength(tete) + Buffer.byteLength(queue) + Math.max(0, morceaux.length - 1);
  for (const m of morceaux) taille += typeof m === "string" ? Buffer.byteLength(m) : m.byteLength;
  const sortie = Buffer.allocUnsafe(taille);
  let position = sortie.write(tete, 0);
  for (let i = 0; i < morceaux.length; i++) {
    if (i > 0) sortie[position++] = 0x2c;
    const m = morceaux[i]!;
    position += typeof m === "string" ? sortie.write(m, position) : m.copy(sortie, position);
  }
  position += sortie.write(queue, position);
  const octets = sortie.subarray(0, position);
  // Les explications (grandes, propres à chaque contrat) ne sont pas retenues.
  const retenue = explications === undefined ? { tete, queue, morceaux, octets } : undefined;
  if (enClair) dernieresReponses.enClair = retenue;
  else dernieresReponses.masque = retenue;
  return octets;
}

/** Mêmes morceaux, dans le même ordre : mêmes octets retenus (identité) ou mêmes textes. */
function memesMorceaux(a: readonly (Buffer | string)[], b: readonly (Buffer | string)[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Corps JSON (texte) de la réponse du contrôle d'un contrat : le texte de {@link corpsControleContrat},
 * octet pour octet celui de `JSON.stringify` de `{ dateEvaluation, statut, constats, avantPaiement?,
 * nonExecutees?, explications? }` après `protegerResultat`.
 *
 * @example
 * ```ts
 * const texte = texteControleContrat("2025-11-03", resultat, false);
 * JSON.parse(texte).statut; // "conforme"
 * ```
 */
export function texteControleContrat(dateEvaluation: string, resultat: ResultatControle, enClair: boolean, explications?: readonly unknown[]): string {
  const corps = corpsControleContrat(dateEvaluation, resultat, enClair, explications);
  return typeof corps === "string" ? corps : corps.toString("utf8");
}
