import { Encodings, Font, FontNames } from "@cantoo/pdf-lib/standard-fonts";

const helvetica = Font.load(FontNames.Helvetica);

/** Texte encodé en WinAnsi (chaîne hexadécimale PDF) et sa largeur en unités de 1/1000 de corps. */
function encoder(texte: string): { readonly hexa: string; readonly largeur: number } {
  let hexa = "";
  let largeur = 0;
  for (const caractere of texte) {
    const point = caractere.codePointAt(0) ?? 63;
    const glyphe = Encodings.WinAnsi.canEncodeUnicodeCodePoint(point)
      ? Encodings.WinAnsi.encodeUnicodeCodePoint(point)
      : Encodings.WinAnsi.encodeUnicodeCodePoint(63);
    hexa += glyphe.code.toString(16).padStart(2, "0");
    largeur += helvetica.getWidthOfGlyph(glyphe.name) ?? 500;
  }
  return { hexa, largeur };
}

/**
 * Flux de contenu de l'apparence d'une signature visible : les lignes de texte (police
 * Helvetica, ressource `/F1`), centrées verticalement dans un cadre de `largeur` × `hauteur`
 * points, au corps le plus grand (8 pt au plus) qui tient dans le cadre.
 */
export function fluxApparenceSignature(lignes: readonly string[], largeur: number, hauteur: number): string {
  const encodees = lignes.map(encoder);
  const marge = 1.5;
  const plusLongue = Math.max(1, ...encodees.map((e) => e.largeur));
  const corps = Math.max(3, Math.min(8, (hauteur - 2 * marge) / (lignes.length * 1.15), ((largeur - 2 * marge) * 1000) / plusLongue));
  const interligne = corps * 1.15;
  const hauteurTexte = interligne * lignes.length;
  const premiere = hauteur - (hauteur - hauteurTexte) / 2 - corps;
  const operations = [`q 0 0 ${largeur.toFixed(2)} ${hauteur.toFixed(2)} re W n`, "BT", `/F1 ${corps.toFixed(2)} Tf`, "0 0.2 0.55 rg", `${marge} ${premiere.toFixed(2)} Td`, `${interligne.toFixed(2)} TL`];
  encodees.forEach((e, index) => operations.push(index === 0 ? `<${e.hexa}> Tj` : `T* <${e.hexa}> Tj`));
  operations.push("ET", "Q");
  return operations.join("\n");
}
