/**
 * Empreinte non cryptographique cyrb53 (53 bits) d'un texte, en 16 caractères
 * hexadécimaux complétés à gauche par des zéros. C'est l'empreinte que l'interface de
 * téléversement du Tableau de bord utilise comme `id_erp_apprenant`.
 *
 * @example
 * ```ts
 * cyrb53("gastondupuis1998-01-24").length; // 16
 * ```
 */
export function cyrb53(texte: string, graine = 0): string {
  let a = 0xdeadbeef ^ graine;
  let b = 0x41c6ce57 ^ graine;
  for (let i = 0; i < texte.length; i += 1) {
    const code = texte.charCodeAt(i);
    a = Math.imul(a ^ code, 2654435761);
    b = Math.imul(b ^ code, 1597334677);
  }
  a = Math.imul(a ^ (a >>> 16), 2246822507);
  a ^= Math.imul(b ^ (b >>> 13), 3266489909);
  b = Math.imul(b ^ (b >>> 16), 2246822507);
  b ^= Math.imul(a ^ (a >>> 13), 3266489909);
  const valeur = 4294967296 * (2097151 & b) + (a >>> 0);
  return valeur.toString(16).padStart(16, "0");
}
