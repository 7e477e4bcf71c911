import { PDFHexString, PDFName, PDFNumber, PDFRef, PDFSignature, type PDFObject } from "@cantoo/pdf-lib";
import { fluxApparenceSignature } from "./apparenceSignature.js";
import { datePdf } from "./datePdf.js";
import { ErreurPdf } from "./ErreurPdf.js";
import { chargerPourMiseAJour, ecrireMiseAJourIncrementale, type ObjetMisAJour } from "./miseAJourIncrementale.js";

/**
 * Paramètres de l'emplacement de signature ajouté par {@link ajouterEmplacementSignature}.
 *
 * @example
 * ```ts
 * const options: OptionsEmplacementSignature = { champ: "Signature de l’employeur", lignesVisibles: ["Signé par A. B."], date, nom: "A. B.", raison: "Employeur", tailleSignature: 16384 };
 * ```
 */
export interface OptionsEmplacementSignature {
  /** Nom du champ de signature AcroForm existant à remplir. */
  readonly champ: string;
  /** Lignes de la signature visible (nom, rôle, date). */
  readonly lignesVisibles: readonly string[];
  /** Instant de signature, écrit dans `/M`. */
  readonly date: Date;
  /** Nom du signataire (`/Name`). */
  readonly nom: string;
  /** Motif (`/Reason`). */
  readonly raison: string;
  /** Lieu (`/Location`), facultatif. */
  readonly lieu?: string;
  /** Octets réservés à la signature CMS. */
  readonly tailleSignature: number;
}

/** Chaîne texte PDF en UTF-16BE avec marque d'ordre (hexadécimale). */
function texteHexa(texte: string): string {
  return PDFHexString.fromText(texte).toString();
}

/**
 * Ajoute à un PDF, **en mise à jour incrémentale** (les octets d'origine restent intacts, donc
 * les signatures antérieures restent valides), le dictionnaire de signature d'un champ de
 * signature existant, avec les emplacements `/ByteRange` et `/Contents` que
 * `@signpdf/signpdf` remplit ensuite, et l'apparence visible du champ. La section ajoutée
 * suit le format de la précédente (table `xref` classique ou flux de références).
 *
 * @example
 * ```ts
 * const prepare = await ajouterEmplacementSignature(pdf, { champ: "Signature de l’employeur", lignesVisibles: ["Signé par A. B."], date, nom: "A. B.", raison: "Employeur", tailleSignature: 16384 });
 * ```
 */
export async function ajouterEmplacementSignature(pdf: Uint8Array, options: OptionsEmplacementSignature): Promise<Buffer> {
  const { document, precedent } = await chargerPourMiseAJour(pdf);
  const contexte = document.context;
  const formulaire = document.getForm();
  const champ = formulaire.getFieldMaybe(options.champ);
  if (!(champ instanceof PDFSignature)) {
    throw new ErreurPdf("SIG-CHAMP-ABSENT", `Le PDF n'a pas de champ de signature « ${options.champ} » (formulaire CERFA FA13 attendu).`);
  }
  const dictChamp = champ.acroField.dict;
  if (dictChamp.get(PDFName.of("V")) !== undefined) {
    throw new ErreurPdf("SIG-CHAMP-DEJA-SIGNE", `La case « ${options.champ} » est déjà signée.`);
  }
  const widget = champ.acroField.getWidgets()[0];
  if (widget === undefined) throw new ErreurPdf("SIG-CHAMP-ABSENT", `Le champ « ${options.champ} » n'a pas de case visible.`);
  const refChamp = champ.ref;
  const refWidget = contexte.getObjectRef(widget.dict) ?? refChamp;
  const rectangle = widget.getRectangle();

  const modifies = new Map<number, ObjetMisAJour>();
  const ecrire = (ref: PDFRef, objet: PDFObject | string): void => {
    modifies.set(ref.objectNumber, { ref, objet });
  };

  const refPolice = contexte.nextRef();
  ecrire(refPolice, contexte.obj({ Type: "Font", Subtype: "Type1", BaseFont: "Helvetica", Encoding: "WinAnsiEncoding" }));
  const refApparence = contexte.nextRef();
  const flux = contexte.stream(fluxApparenceSignature(options.lignesVisibles, rectangle.width, rectangle.height), {
    Type: "XObject",
    Subtype: "Form",
    BBox: [0, 0, rectangle.width, rectangle.height],
    Resources: { Font: { F1: refPolice } },
  });
  ecrire(refApparence, flux);
  const refSignature = contexte.nextRef();
  const dictSignature = [
    "<<",
    "/Type /Sig",
    "/Filter /Adobe.PPKLite",
    "/SubFilter /ETSI.CAdES.detached",
    "/ByteRange [0 /********** /********** /**********]",
    `/Contents <${"0".repeat(options.tailleSignature * 2)}>`,
    `/M (${datePdf(options.date)})`,
    `/Name ${texteHexa(options.nom)}`,
    `/Reason ${texteHexa(options.raison)}`,
    ...(options.lieu === undefined ? [] : [`/Location ${texteHexa(options.lieu)}`]),
    "/Prop_Build << /App << /Name /Communs#20OPCO >> >>",
    ">>",
  ].join("\n");
  ecrire(refSignature, dictSignature);

  dictChamp.set(PDFName.of("V"), refSignature);
  widget.dict.set(PDFName.of("AP"), contexte.obj({ N: refApparence }));
  widget.dict.set(PDFName.of("F"), PDFNumber.of(4));
  ecrire(refChamp, dictChamp);
  if (refWidget !== refChamp) ecrire(refWidget, widget.dict);

  const catalogue = document.catalog;
  const brut = catalogue.get(PDFName.of("AcroForm"));
  const acroForm = formulaire.acroForm.dict;
  acroForm.set(PDFName.of("SigFlags"), PDFNumber.of(3));
  if (brut instanceof PDFRef) ecrire(brut, acroForm);
  else {
    const refCatalogue = contexte.trailerInfo.Root;
    if (!(refCatalogue instanceof PDFRef)) throw new ErreurPdf("SIG-PDF-ILLISIBLE", "Catalogue du PDF introuvable.");
    ecrire(refCatalogue, catalogue);
  }

  return ecrireMiseAJourIncrementale(pdf, document, precedent, modifies);
}
