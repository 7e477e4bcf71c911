import { PDFDocument, type PDFContext, type PDFObject, type PDFRef } from "@cantoo/pdf-lib";
import { ErreurPdf } from "./ErreurPdf.js";

/**
 * Objet (nouveau ou redéfini) écrit dans une mise à jour incrémentale : objet pdf-lib, ou texte
 * PDF déjà sérialisé (dictionnaire de signature à emplacements).
 *
 * @example
 * ```ts
 * const objet: ObjetMisAJour = { ref: PDFRef.of(12), objet: "<< /Type /Sig >>" };
 * ```
 */
export interface ObjetMisAJour {
  readonly ref: PDFRef;
  readonly objet: PDFObject | string;
}

const encodeur = new TextEncoder();

function octetsObjet(objet: PDFObject): Uint8Array {
  const octets = new Uint8Array(objet.sizeInBytes());
  objet.copyBytesInto(octets, 0);
  return octets;
}

/** Position (décalage) de la dernière table de références annoncée par `startxref`. */
function dernierStartxref(pdf: Uint8Array): number | undefined {
  const fin = Buffer.from(pdf.subarray(Math.max(0, pdf.length - 2048))).toString("latin1");
  const correspondances = [...fin.matchAll(/startxref\s+(\d+)/gu)];
  const derniere = correspondances.at(-1);
  return derniere === undefined ? undefined : Number(derniere[1]);
}

/**
 * Plus grande valeur `/Size` annoncée par les trailers et flux de références du fichier : les
 * numéros d'objets des flux d'objets et de références (que pdf-lib ne garde pas) sont réservés.
 */
function tailleAnnoncee(pdf: Uint8Array): number {
  let taille = 0;
  for (const correspondance of Buffer.from(pdf).toString("latin1").matchAll(/\/Size\s+(\d+)/gu)) taille = Math.max(taille, Number(correspondance[1]));
  return taille;
}

function tableClassique(pdf: Uint8Array, position: number): boolean {
  return Buffer.from(pdf.subarray(position, position + 4)).toString("latin1") === "xref";
}

function sousSections(numeros: readonly number[]): [number, number][] {
  const tries = [...numeros].sort((a, b) => a - b);
  const sections: [number, number][] = [];
  for (const numero of tries) {
    const derniere = sections.at(-1);
    if (derniere !== undefined && derniere[0] + derniere[1] === numero) derniere[1] += 1;
    else sections.push([numero, 1]);
  }
  return sections;
}

function entreesTrailer(contexte: PDFContext, taille: number, precedent: number): string {
  const { Root, Info, ID } = contexte.trailerInfo;
  const entrees = [`/Size ${taille}`, `/Prev ${precedent}`];
  if (Root !== undefined) entrees.push(`/Root ${Root.toString()}`);
  if (Info !== undefined) entrees.push(`/Info ${Info.toString()}`);
  if (ID !== undefined) entrees.push(`/ID ${ID.toString()}`);
  return entrees.join(" ");
}

/**
 * Charge un PDF pour lui ajouter une mise à jour incrémentale : document pdf-lib (numéros
 * d'objets libres au-delà du plus grand `/Size` annoncé) et position de la dernière table de
 * références. Lève {@link ErreurPdf} sur un PDF tronqué, illisible ou chiffré.
 *
 * @example
 * ```ts
 * const { document, precedent } = await chargerPourMiseAJour(pdf);
 * ```
 */
export async function chargerPourMiseAJour(pdf: Uint8Array): Promise<{ readonly document: PDFDocument; readonly precedent: number }> {
  const precedent = dernierStartxref(pdf);
  if (precedent === undefined || precedent >= pdf.length) {
    throw new ErreurPdf("SIG-PDF-ILLISIBLE", "Fin de fichier PDF introuvable (« startxref ») : fichier tronqué ?");
  }
  let document: PDFDocument;
  // Un objet invalide rend le PDF illisible : la reprise de @cantoo/pdf-lib sur un objet invalide
  // (essai d'en-tête d'objet à chaque octet) coûte des dizaines de secondes sur un PDF tronqué.
  try {
    document = await PDFDocument.load(pdf, { updateMetadata: false, throwOnInvalidObject: true });
  } catch (erreur) {
    const chiffre = erreur instanceof Error && erreur.constructor.name === "EncryptedPDFError";
    throw new ErreurPdf(
      chiffre ? "SIG-PDF-CHIFFRE" : "SIG-PDF-ILLISIBLE",
      chiffre ? "Le PDF est chiffré : il ne peut pas être signé." : "Le fichier n'est pas un PDF lisible.",
    );
  }
  document.context.largestObjectNumber = Math.max(document.context.largestObjectNumber, tailleAnnoncee(pdf) - 1);
  return { document, precedent };
}

/**
 * Écrit une mise à jour incrémentale : les octets d'origine, inchangés, puis les objets donnés,
 * une section de références au format de la précédente (table `xref` ou flux `/XRef`) chaînée
 * par `/Prev`, et `%%EOF`. Les signatures déjà présentes restent donc valides.
 *
 * @example
 * ```ts
 * const { document, precedent } = await chargerPourMiseAJour(pdf);
 * const champ = document.getForm().getTextField("Fait à");
 * champ.setText("Lyon");
 * const misAJour = ecrireMiseAJourIncrementale(pdf, document, precedent, new Map([[champ.ref.objectNumber, { ref: champ.ref, objet: champ.acroField.dict }]]));
 * ```
 */
export function ecrireMiseAJourIncrementale(pdf: Uint8Array, document: PDFDocument, precedent: number, modifies: ReadonlyMap<number, ObjetMisAJour>): Buffer {
  const contexte = document.context;
  const morceaux: Uint8Array[] = [pdf];
  let position = pdf.length;
  const dernier = pdf[pdf.length - 1];
  if (dernier !== 0x0a && dernier !== 0x0d) {
    morceaux.push(encodeur.encode("\n"));
    position += 1;
  }
  const decalages = new Map<number, { ref: PDFRef; position: number }>();
  for (const { ref, objet } of [...modifies.values()].sort((a, b) => a.ref.objectNumber - b.ref.objectNumber)) {
    const octets = typeof objet === "string" ? encodeur.encode(objet) : octetsObjet(objet);
    const entete = encodeur.encode(`${ref.objectNumber} ${ref.generationNumber} obj\n`);
    const pied = encodeur.encode("\nendobj\n");
    decalages.set(ref.objectNumber, { ref, position });
    morceaux.push(entete, octets, pied);
    position += entete.length + octets.length + pied.length;
  }

  if (tableClassique(pdf, precedent)) {
    const taille = contexte.largestObjectNumber + 1;
    const lignes = ["xref"];
    for (const [debut, nombre] of sousSections([...decalages.keys()])) {
      lignes.push(`${debut} ${nombre}`);
      for (let numero = debut; numero < debut + nombre; numero++) {
        const entree = decalages.get(numero);
        if (entree === undefined) continue;
        lignes.push(`${String(entree.position).padStart(10, "0")} ${String(entree.ref.generationNumber).padStart(5, "0")} n\r`);
      }
    }
    lignes.push("trailer", `<< ${entreesTrailer(contexte, taille, precedent)} >>`, "startxref", String(position), "%%EOF", "");
    morceaux.push(encodeur.encode(lignes.join("\n")));
  } else {
    const refXref = contexte.nextRef();
    decalages.set(refXref.objectNumber, { ref: refXref, position });
    const taille = contexte.largestObjectNumber + 1;
    const sections = sousSections([...decalages.keys()]);
    const donnees: number[] = [];
    for (const [debut, nombre] of sections) {
      for (let numero = debut; numero < debut + nombre; numero++) {
        const entree = decalages.get(numero);
        const p = entree?.position ?? 0;
        const g = entree?.ref.generationNumber ?? 0;
        donnees.push(1, (p >>> 24) & 0xff, (p >>> 16) & 0xff, (p >>> 8) & 0xff, p & 0xff, (g >>> 8) & 0xff, g & 0xff);
      }
    }
    const index = sections.map(([debut, nombre]) => `${debut} ${nombre}`).join(" ");
    const entete = encodeur.encode(
      `${refXref.objectNumber} 0 obj\n<< /Type /XRef ${entreesTrailer(contexte, taille, precedent)} /Index [${index}] /W [1 4 2] /Length ${donnees.length} >>\nstream\n`,
    );
    morceaux.push(entete, Uint8Array.from(donnees), encodeur.encode(`\nendstream\nendobj\nstartxref\n${position}\n%%EOF\n`));
  }
  return Buffer.concat(morceaux);
}
