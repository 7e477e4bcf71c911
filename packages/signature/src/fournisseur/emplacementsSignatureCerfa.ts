import { PDFDocument, PDFSignature } from "@cantoo/pdf-lib";
import { CHAMPS_SIGNATURE_CERFA, ROLES_SIGNATAIRES, type RoleSignataire } from "../RoleSignataire.js";
import type { EmplacementSignature } from "./FournisseurSignature.js";

/**
 * Emplacements des cases de signature du CERFA (lus dans le PDF : rectangle de chaque champ de
 * signature), convertis en coordonnées de prestataire (points, origine en haut à gauche, page
 * à partir de 1). Rôles absents si le PDF n'a pas la case ; objet vide si le PDF est illisible.
 *
 * @example
 * ```ts
 * (await emplacementsSignatureCerfa(pdf)).employeur; // { page: 2, x: 44, y: 697, largeur: 132, hauteur: 24 }
 * ```
 */
export async function emplacementsSignatureCerfa(pdf: Uint8Array): Promise<Partial<Record<RoleSignataire, EmplacementSignature>>> {
  let document: PDFDocument;
  try {
    document = await PDFDocument.load(pdf, { updateMetadata: false, ignoreEncryption: true, throwOnInvalidObject: false });
  } catch {
    return {};
  }
  const pages = document.getPages();
  const emplacements: Partial<Record<RoleSignataire, EmplacementSignature>> = {};
  for (const role of ROLES_SIGNATAIRES) {
    const champ = document.getForm().getFieldMaybe(CHAMPS_SIGNATURE_CERFA[role]);
    if (!(champ instanceof PDFSignature)) continue;
    const widget = champ.acroField.getWidgets()[0];
    if (widget === undefined) continue;
    const rectangle = widget.getRectangle();
    const refPage = widget.P();
    const index = Math.max(0, pages.findIndex((p) => p.ref === refPage));
    const hauteurPage = pages[index]?.getHeight() ?? 842;
    emplacements[role] = {
      page: index + 1,
      x: Math.round(rectangle.x),
      y: Math.round(hauteurPage - rectangle.y - rectangle.height),
      largeur: Math.round(rectangle.width),
      hauteur: Math.round(rectangle.height),
    };
  }
  return emplacements;
}
