import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString, type PDFContext, type PDFObject } from "@cantoo/pdf-lib";

/**
 * Objet d'une révision ultérieure qui redéfinit un objet d'une révision signée autrement que
 * ne le fait l'ajout d'une signature.
 */
export interface ObjetModifie {
  readonly objet: string;
  readonly nature: string;
}

/** Clés dont le changement accompagne l'ajout d'une signature. */
const CLES_SIGNATURE_CATALOGUE = new Set(["AcroForm", "DSS", "Perms", "Extensions"]);
const CLES_SIGNATURE_ACROFORM = new Set(["SigFlags", "Fields", "DR", "DA"]);

function serialiser(objet: PDFObject | undefined): string {
  if (objet === undefined) return "";
  const octets = new Uint8Array(objet.sizeInBytes());
  objet.copyBytesInto(octets, 0);
  return Buffer.from(octets).toString("latin1");
}

async function charger(octets: Uint8Array): Promise<PDFDocument | undefined> {
  // Un objet invalide rend le PDF illisible : la reprise de @cantoo/pdf-lib sur un objet invalide
  // (essai d'en-tête d'objet à chaque octet) coûte des dizaines de secondes sur un PDF tronqué.
  try {
    return await PDFDocument.load(octets, { updateMetadata: false, throwOnInvalidObject: true, ignoreEncryption: true });
  } catch {
    return undefined;
  }
}

function resoudre(contexte: PDFContext, objet: PDFObject | undefined): PDFObject | undefined {
  return objet instanceof PDFRef ? contexte.lookup(objet) : objet;
}

function estChampSignature(contexte: PDFContext, dict: PDFDict): boolean {
  let courant: PDFDict | undefined = dict;
  for (let profondeur = 0; courant !== undefined && profondeur < 8; profondeur++) {
    const type = courant.get(PDFName.of("FT"));
    if (type instanceof PDFName) return type.asString() === "/Sig";
    const parent = resoudre(contexte, courant.get(PDFName.of("Parent")));
    courant = parent instanceof PDFDict ? parent : undefined;
  }
  return false;
}

function clesDifferentes(avant: PDFDict, apres: PDFDict): string[] {
  const cles = new Set([...avant.keys(), ...apres.keys()].map((cle) => cle.asString().slice(1)));
  return [...cles].filter((cle) => serialiser(avant.get(PDFName.of(cle))) !== serialiser(apres.get(PDFName.of(cle))));
}

/**
 * Révisions d'un PDF chargées une fois chacune (les `fin` premiers octets du fichier).
 */
export class RevisionsPdf {
  readonly #pdf: Uint8Array;
  readonly #chargees = new Map<number, Promise<PDFDocument | undefined>>();

  constructor(pdf: Uint8Array) {
    this.#pdf = pdf;
  }

  /** Révision qui se termine à l'octet `fin` (exclu), `undefined` si pdf-lib ne la lit pas. */
  revision(fin: number): Promise<PDFDocument | undefined> {
    let chargee = this.#chargees.get(fin);
    if (chargee === undefined) {
      chargee = charger(this.#pdf.subarray(0, fin));
      this.#chargees.set(fin, chargee);
    }
    return chargee;
  }
}

/** Numéros des objets définis dans une section du fichier ; `undefined` si elle contient un flux d'objets (comparaison complète). */
function objetsDefinis(pdf: Uint8Array, debut: number, fin: number): PDFRef[] | undefined {
  const texte = Buffer.from(pdf.buffer, pdf.byteOffset + debut, fin - debut).toString("latin1");
  if (texte.includes("/ObjStm")) return undefined;
  return [...texte.matchAll(/(?:^|[\r\n\s])(\d+)\s+(\d+)\s+obj\b/gu)].map((m) => PDFRef.of(Number(m[1]), Number(m[2])));
}

/**
 * Compare une révision signée (les `finSignee` premiers octets) à une révision ultérieure (les
 * `finSuivante` premiers octets) et liste les objets existants redéfinis autrement que par
 * l'ajout d'une signature : seuls sont admis les champs de signature et leurs cases, le
 * formulaire (`SigFlags`, liste des champs, ressources), le catalogue (`AcroForm`, `DSS`) et les
 * nouveaux objets. `undefined` si une des révisions est illisible.
 */
export async function comparerRevisions(revisions: RevisionsPdf, pdf: Uint8Array, finSignee: number, finSuivante: number): Promise<readonly ObjetModifie[] | undefined> {
  const avant = await revisions.revision(finSignee);
  const apres = await revisions.revision(finSuivante);
  if (avant === undefined || apres === undefined) return undefined;
  const refCatalogue = apres.context.trailerInfo.Root;
  const catalogue = refCatalogue === undefined ? undefined : apres.context.lookup(refCatalogue);
  const refFormulaire = catalogue instanceof PDFDict ? catalogue.get(PDFName.of("AcroForm")) : undefined;
  const definis = objetsDefinis(pdf, finSignee, finSuivante);
  const candidats =
    definis === undefined
      ? apres.context.enumerateIndirectObjects()
      : definis.flatMap((ref): [PDFRef, PDFObject][] => {
          const objet = apres.context.lookup(ref);
          return objet === undefined ? [] : [[ref, objet]];
        });
  const modifies: ObjetModifie[] = [];
  for (const [ref, objet] of candidats) {
    const ancien = avant.context.lookup(ref);
    if (ancien === undefined) continue;
    if (serialiser(ancien) === serialiser(objet)) continue;
    const nom = `${ref.objectNumber} ${ref.generationNumber} R`;
    if (objet instanceof PDFDict && ancien instanceof PDFDict) {
      if (estChampSignature(apres.context, objet)) continue;
      const type = objet.get(PDFName.of("Type"));
      if (type instanceof PDFName && type.asString() === "/XRef") continue;
      if (refCatalogue instanceof PDFRef && ref === refCatalogue) {
        const cles = clesDifferentes(ancien, objet);
        if (cles.every((cle) => CLES_SIGNATURE_CATALOGUE.has(cle))) continue;
        modifies.push({ objet: nom, nature: `catalogue (${cles.join(", ")})` });
        continue;
      }
      if (refFormulaire instanceof PDFRef && ref === refFormulaire) {
        const cles = clesDifferentes(ancien, objet);
        if (cles.every((cle) => CLES_SIGNATURE_ACROFORM.has(cle))) continue;
        modifies.push({ objet: nom, nature: `formulaire (${cles.join(", ")})` });
        continue;
      }
      const champ = objet.get(PDFName.of("T"));
      modifies.push({ objet: nom, nature: champ === undefined ? (type instanceof PDFName ? type.asString().slice(1) : "dictionnaire") : `champ « ${champ instanceof PDFString || champ instanceof PDFHexString ? champ.decodeText() : serialiser(champ)} »` });
      continue;
    }
    modifies.push({ objet: nom, nature: objet.constructor.name.replace(/^PDF/u, "").toLowerCase() });
  }
  return modifies;
}
