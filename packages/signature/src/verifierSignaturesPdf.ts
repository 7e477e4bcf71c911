import { createHash, X509Certificate } from "node:crypto";
import { PDFDict, PDFHexString, PDFName, PDFRef, PDFSignature, PDFString, type PDFObject } from "@cantoo/pdf-lib";
import { analyserCms, type AnalyseCms } from "./analyserCms.js";
import { comparerRevisions, RevisionsPdf } from "./comparerRevisions.js";
import type { ConstatSignature } from "./ConstatSignature.js";
import { lireDatePdf } from "./datePdf.js";
import { empreinteSha256 } from "./empreinteSha256.js";
import type { CertificatVerifie, RapportVerification, SignatureVerifiee } from "./RapportVerification.js";
import { LIBELLES_ROLES, roleDuChampSignature, type RoleSignataire } from "./RoleSignataire.js";

/**
 * Options de {@link verifierSignaturesPdf}.
 *
 * @example
 * ```ts
 * const options: OptionsVerification = { fichier: "cerfa-signe.pdf", autorites: [new X509Certificate(pemAc)] };
 * ```
 */
export interface OptionsVerification {
  /** Nom du fichier, repris dans le rapport. */
  readonly fichier?: string;
  /**
   * Autorités de confiance (par exemple celles de la liste de confiance européenne utilisées par
   * l'OPCO) : sans elles, la chaîne des certificats n'est pas évaluée (constat d'information).
   */
  readonly autorites?: readonly X509Certificate[];
}

interface SignatureTrouvee {
  readonly position: number;
  readonly plage: readonly [number, number, number, number];
  readonly objet?: number;
}

const TAILLE_MAX = 200 * 1024 * 1024;

function latin1(octets: Uint8Array, debut = 0, fin = octets.length): string {
  return Buffer.from(octets.buffer, octets.byteOffset + debut, Math.max(0, Math.min(fin, octets.length) - debut)).toString("latin1");
}

/** Numéro de l'objet dont la définition (« N G obj ») précède `position` au plus près. */
function objetContenant(texte: string, position: number): number | undefined {
  let curseur = position;
  for (let essais = 0; essais < 1000; essais++) {
    const trouve = texte.lastIndexOf("obj", curseur);
    if (trouve < 0) return undefined;
    const m = /(\d+)\s+\d+\s+$/u.exec(texte.slice(Math.max(0, trouve - 24), trouve));
    if (m !== null && texte.slice(trouve, trouve + 4) !== "objs") return Number(m[1]);
    curseur = trouve - 1;
  }
  return undefined;
}

/** Repère les dictionnaires de signature par leur `/ByteRange` (hors emplacements non remplis). */
function trouverSignatures(texte: string): SignatureTrouvee[] {
  const trouvees: SignatureTrouvee[] = [];
  const vues = new Set<string>();
  for (const m of texte.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/gu)) {
    const plage = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])] as const;
    const cle = plage.join(" ");
    if (vues.has(cle)) continue;
    vues.add(cle);
    const position = m.index;
    const objet = objetContenant(texte, position);
    trouvees.push({ position, plage, ...(objet === undefined ? {} : { objet }) });
  }
  return trouvees;
}

function texte(objet: PDFObject | undefined): string | undefined {
  return objet instanceof PDFString || objet instanceof PDFHexString ? objet.decodeText() : undefined;
}

interface InfosChamp {
  readonly champ?: string;
  readonly nom?: string;
  readonly date?: Date;
  readonly sousFiltre?: string;
}

/** Champs de signature du formulaire (nom, rôle) et entrées des dictionnaires de signature, par numéro d'objet. */
async function lireChamps(revisions: RevisionsPdf, taille: number): Promise<Map<number, InfosChamp> | undefined> {
  const document = await revisions.revision(taille);
  if (document === undefined) return undefined;
  const infos = new Map<number, InfosChamp>();
  let champs: ReturnType<ReturnType<typeof document.getForm>["getFields"]> = [];
  try {
    champs = document.getForm().getFields();
  } catch {
    champs = [];
  }
  for (const champ of champs) {
    if (!(champ instanceof PDFSignature)) continue;
    const valeur = champ.acroField.dict.get(PDFName.of("V"));
    if (!(valeur instanceof PDFRef)) continue;
    const dict = document.context.lookup(valeur);
    const lu: InfosChamp = { champ: champ.getName() };
    if (dict instanceof PDFDict) {
      const nom = texte(dict.get(PDFName.of("Name")));
      const date = lireDatePdf(texte(dict.get(PDFName.of("M"))) ?? "");
      const sousFiltre = dict.get(PDFName.of("SubFilter"));
      infos.set(valeur.objectNumber, {
        ...lu,
        ...(nom === undefined ? {} : { nom }),
        ...(date === undefined ? {} : { date }),
        ...(sousFiltre instanceof PDFName ? { sousFiltre: sousFiltre.decodeText() } : {}),
      });
    } else infos.set(valeur.objectNumber, lu);
  }
  return infos;
}

/** Entrées `/M` et `/SubFilter` lues directement dans les octets du dictionnaire (PDF que pdf-lib ne lit pas). */
function lireDictionnaireBrut(texteFichier: string, position: number): InfosChamp {
  const debut = texteFichier.lastIndexOf("obj", position);
  const finObjet = texteFichier.indexOf("endobj", position);
  const zone = texteFichier.slice(debut < 0 ? position : debut, finObjet < 0 ? position + 4096 : finObjet).replace(/<[0-9A-Fa-f\s]{200,}>/gu, "<>");
  const m = /\/M\s*\((D:[^)]*)\)/u.exec(zone);
  const sf = /\/SubFilter\s*\/([A-Za-z0-9.#_-]+)/u.exec(zone);
  const date = m?.[1] === undefined ? undefined : lireDatePdf(m[1]);
  return { ...(date === undefined ? {} : { date }), ...(sf?.[1] === undefined ? {} : { sousFiltre: sf[1] }) };
}

function decrireCertificat(certificat: X509Certificate, heure: Date | undefined): CertificatVerifie {
  const valideDu = new Date(certificat.validFrom);
  const valideAu = new Date(certificat.validTo);
  return {
    sujet: certificat.subject.replace(/\n/gu, ", "),
    emetteur: certificat.issuer.replace(/\n/gu, ", "),
    numeroSerie: certificat.serialNumber,
    valideDu: valideDu.toISOString(),
    valideAu: valideAu.toISOString(),
    valideALaSignature: heure === undefined ? undefined : heure >= valideDu && heure <= valideAu,
    empreinteSha256: createHash("sha256").update(certificat.raw).digest("hex"),
  };
}

/** La chaîne du certificat remonte-t-elle à une des autorités données (signatures des certificats vérifiées) ? */
function chaineApprouvee(certificat: X509Certificate, certificats: readonly X509Certificate[], autorites: readonly X509Certificate[]): boolean {
  let courant = certificat;
  for (let profondeur = 0; profondeur < 10; profondeur++) {
    if (autorites.some((a) => a.raw.equals(courant.raw) || (courant.checkIssued(a) && courant.verify(a.publicKey)))) return true;
    const emetteur = certificats.find((c) => c !== courant && !c.raw.equals(courant.raw) && courant.checkIssued(c) && courant.verify(c.publicKey));
    if (emetteur === undefined) return false;
    courant = emetteur;
  }
  return false;
}

function libelle(numero: number, role: RoleSignataire | undefined): string {
  return role === undefined ? `Signature ${numero}` : `Signature ${numero} (${LIBELLES_ROLES[role].toLowerCase()})`;
}

/**
 * Vérifie toutes les signatures d'un PDF (CERFA signé par {@link signerPdf} ou par un autre
 * outil) : pour chacune, intégrité (les octets de `/ByteRange` hachent vers l'empreinte signée),
 * signature cryptographique, certificat du signataire (sujet, émetteur, validité à l'heure de
 * signature, chaîne si des autorités sont fournies), heure de signature, rôle (case du CERFA),
 * attributs PAdES, et modification du document après elle (objets redéfinis qui ne sont pas
 * l'ajout d'une signature, octets ajoutés après la dernière). Rend un rapport de données, jamais
 * d'exception : un PDF tronqué ou malformé donne un constat situé (position en octets).
 *
 * @example
 * ```ts
 * const rapport = await verifierSignaturesPdf(await readFile("cerfa-signe.pdf"), { fichier: "cerfa-signe.pdf" });
 * console.log(rapport.valide, rapport.signatures.map((s) => s.role));
 * ```
 */
export async function verifierSignaturesPdf(pdf: Uint8Array, options: OptionsVerification = {}): Promise<RapportVerification> {
  const constats: ConstatSignature[] = [];
  const base = { ...(options.fichier === undefined ? {} : { fichier: options.fichier }), taille: pdf.length, empreinteSha256: empreinteSha256(pdf) };
  const echec = (constat: ConstatSignature): RapportVerification => ({ ...base, signatures: [], constats: [constat], modifieApresDerniere: false, valide: false });
  if (pdf.length > TAILLE_MAX) {
    return echec({ id: "SIG-PDF-ILLISIBLE", gravite: "bloquant", position: 0, message: "Fichier trop volumineux (200 Mo au plus).", details: {} });
  }
  const entete = latin1(pdf, 0, 1024).indexOf("%PDF-");
  if (entete < 0) {
    return echec({ id: "SIG-PDF-ILLISIBLE", gravite: "bloquant", position: 0, message: "Le fichier n'est pas un PDF : en-tête « %PDF- » absent du premier kilo-octet.", details: {} });
  }
  const texteFichier = latin1(pdf);
  const finFichier = texteFichier.lastIndexOf("%%EOF");
  if (finFichier < 0 || texteFichier.slice(finFichier + 5).trim().length > 0) {
    constats.push({
      id: "SIG-PDF-TRONQUE",
      gravite: "bloquant",
      position: finFichier < 0 ? pdf.length : finFichier + 5,
      message:
        finFichier < 0
          ? `Le PDF est tronqué : marque de fin « %%EOF » absente (fichier de ${pdf.length} octets).`
          : `Le PDF est tronqué ou complété : des octets suivent la dernière marque de fin « %%EOF » (position ${finFichier + 5}).`,
      details: {},
    });
  }
  const trouvees = trouverSignatures(texteFichier).sort((a, b) => a.plage[2] + a.plage[3] - (b.plage[2] + b.plage[3]));
  if (trouvees.length === 0) {
    constats.push({ id: "SIG-AUCUNE-SIGNATURE", gravite: "bloquant", message: "Le PDF ne contient aucune signature.", details: {} });
    return { ...base, signatures: [], constats, modifieApresDerniere: false, valide: false };
  }
  const revisions = new RevisionsPdf(pdf);
  const champs = await lireChamps(revisions, pdf.length);
  if (champs === undefined) {
    constats.push({
      id: "SIG-PDF-ILLISIBLE",
      gravite: "avertissement",
      position: 0,
      message: "La structure du PDF est illisible : les cases et rôles des signatures ne sont pas déterminés (les signatures sont vérifiées octet par octet).",
      details: {},
    });
  }
  const signatures: SignatureVerifiee[] = [];
  for (const [index, trouvee] of trouvees.entries()) {
    const numero = index + 1;
    const [a, b, c, d] = trouvee.plage;
    const infos = { ...lireDictionnaireBrut(texteFichier, trouvee.position), ...(trouvee.objet === undefined ? {} : champs?.get(trouvee.objet)) };
    const role = infos.champ === undefined ? undefined : roleDuChampSignature(infos.champ);
    const nomSignature = libelle(numero, role);
    const fin = c + d;
    const signes: ConstatSignature[] = [];
    let analyse: AnalyseCms | undefined;
    const contenu = latin1(pdf, a + b, c);
    if (a !== 0 || b <= 0 || c <= b || fin > pdf.length || !/^<[0-9A-Fa-f\s]*>$/u.test(contenu)) {
      signes.push({
        id: "SIG-PLAGE-INVALIDE",
        gravite: "bloquant",
        signature: numero,
        position: trouvee.position,
        message: `${nomSignature} : plage signée /ByteRange [${a} ${b} ${c} ${d}] incohérente avec le fichier (${pdf.length} octets) ou avec l'emplacement /Contents.`,
        details: { plage: trouvee.plage, taille: pdf.length },
      });
    } else {
      const signe = Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, fin)]);
      try {
        analyse = analyserCms(Buffer.from(contenu.slice(1, -1).replace(/\s/gu, ""), "hex"), signe);
      } catch {
        signes.push({
          id: "SIG-CMS-ILLISIBLE",
          gravite: "bloquant",
          signature: numero,
          position: a + b,
          message: `${nomSignature} : la signature CMS (/Contents, position ${a + b}) est illisible.`,
          details: {},
        });
      }
    }
    const heure = infos.date ?? analyse?.heureCms;
    const certificat = analyse?.certificat === undefined ? undefined : decrireCertificat(analyse.certificat, heure);
    if (analyse !== undefined) {
      if (analyse.integrite !== "valide") {
        signes.push({
          id: "SIG-INTEGRITE",
          gravite: "bloquant",
          signature: numero,
          message: `${nomSignature} : les octets signés ont été modifiés (leur empreinte diffère de l'empreinte signée).`,
          details: { empreinteSignee: analyse.empreinteSignee, empreinteCalculee: analyse.empreinteCalculee },
        });
      }
      if (analyse.signatureCryptographique !== "valide") {
        signes.push({
          id: "SIG-SIGNATURE-INVALIDE",
          gravite: "bloquant",
          signature: numero,
          message: `${nomSignature} : la valeur de signature n'est pas vérifiée par la clé publique du certificat.`,
          details: {},
        });
      }
      if (certificat === undefined) {
        signes.push({ id: "SIG-CERTIFICAT-ABSENT", gravite: "bloquant", signature: numero, message: `${nomSignature} : le certificat du signataire est absent de la signature.`, details: {} });
      } else if (certificat.valideALaSignature === false) {
        signes.push({
          id: "SIG-CERTIFICAT-HORS-VALIDITE",
          gravite: "bloquant",
          signature: numero,
          message: `${nomSignature} : le certificat n'était pas valide à l'heure de signature (${heure?.toISOString() ?? "?"} ; validité du ${certificat.valideDu} au ${certificat.valideAu}).`,
          details: { heureSignature: heure?.toISOString(), valideDu: certificat.valideDu, valideAu: certificat.valideAu },
        });
      }
      if (!analyse.certificatSignataireAtteste) {
        signes.push({
          id: "SIG-PADES-CERTIFICAT-SIGNATAIRE",
          gravite: "avertissement",
          signature: numero,
          message: `${nomSignature} : l'attribut signé « signing-certificate-v2 » est absent ou ne désigne pas le certificat du signataire (exigé par PAdES baseline B).`,
          details: {},
        });
      }
      if (analyse.heureCms !== undefined && infos.sousFiltre === "ETSI.CAdES.detached") {
        signes.push({
          id: "SIG-PADES-HEURE-CMS",
          gravite: "information",
          signature: numero,
          message: `${nomSignature} : la signature porte l'attribut CMS « signing-time », que PAdES réserve à l'entrée /M du PDF.`,
          details: {},
        });
      }
    }
    if (heure === undefined) {
      signes.push({ id: "SIG-HEURE-ABSENTE", gravite: "avertissement", signature: numero, message: `${nomSignature} : heure de signature absente (/M).`, details: {} });
    }
    if (role === undefined && champs !== undefined) {
      signes.push({
        id: "SIG-ROLE-INCONNU",
        gravite: "information",
        signature: numero,
        message: `${nomSignature} : la signature n'est pas dans une case de signature du CERFA (champ « ${infos.champ ?? "inconnu"} »).`,
        details: { champ: infos.champ },
      });
    }
    let chaine: SignatureVerifiee["chaine"] = "non_evaluee";
    if (analyse?.certificat !== undefined) {
      if (options.autorites === undefined || options.autorites.length === 0) {
        signes.push({
          id: "SIG-CHAINE-NON-EVALUEE",
          gravite: "information",
          signature: numero,
          message: `${nomSignature} : la chaîne de confiance du certificat n'est pas évaluée (aucune autorité de confiance fournie).`,
          details: { emetteur: certificat?.emetteur },
        });
      } else {
        chaine = chaineApprouvee(analyse.certificat, analyse.certificats, options.autorites) ? "approuvee" : "non_approuvee";
        if (chaine === "non_approuvee") {
          signes.push({
            id: "SIG-CHAINE-NON-APPROUVEE",
            gravite: "bloquant",
            signature: numero,
            message: `${nomSignature} : le certificat n'est émis par aucune des autorités de confiance fournies (émetteur : ${certificat?.emetteur ?? "?"}).`,
            details: { emetteur: certificat?.emetteur },
          });
        }
      }
    }
    // Modification après cette signature : révision suivante (signature suivante ou fin du fichier).
    let modifieApres = false;
    const suivante = trouvees[index + 1];
    if (fin <= pdf.length) {
      if (suivante === undefined) {
        const reste = texteFichier.slice(fin);
        if (reste.trim().length > 0) {
          modifieApres = true;
          const objets = await comparerRevisions(revisions, pdf, fin, pdf.length);
          signes.push({
            id: "SIG-MODIFIE-APRES",
            gravite: "bloquant",
            signature: numero,
            position: fin,
            message: `${nomSignature} : le document a été modifié après la dernière signature (${pdf.length - fin} octets ajoutés à partir de la position ${fin}${objets !== undefined && objets.length > 0 ? ` ; objets redéfinis : ${objets.map((o) => o.nature).join(", ")}` : ""}).`,
            details: { octetsAjoutes: pdf.length - fin, objetsModifies: objets ?? null },
          });
        }
      } else {
        const finSuivante = suivante.plage[2] + suivante.plage[3];
        const objets = finSuivante <= pdf.length ? await comparerRevisions(revisions, pdf, fin, finSuivante) : undefined;
        if (objets !== undefined && objets.length > 0) {
          modifieApres = true;
          signes.push({
            id: "SIG-MODIFIE-APRES",
            gravite: "bloquant",
            signature: numero,
            position: fin,
            message: `${nomSignature} : le document a été modifié après cette signature, avant la signature ${numero + 1} (objets redéfinis : ${objets.map((o) => o.nature).join(", ")}).`,
            details: { objetsModifies: objets },
          });
        }
      }
    }
    const valide =
      analyse !== undefined &&
      analyse.integrite === "valide" &&
      analyse.signatureCryptographique === "valide" &&
      certificat !== undefined &&
      certificat.valideALaSignature !== false &&
      chaine !== "non_approuvee" &&
      !modifieApres;
    signatures.push({
      numero,
      ...(infos.champ === undefined ? {} : { champ: infos.champ }),
      ...(role === undefined ? {} : { role }),
      ...(infos.nom === undefined ? {} : { nom: infos.nom }),
      ...(infos.sousFiltre === undefined ? {} : { sousFiltre: infos.sousFiltre }),
      plage: trouvee.plage,
      integrite: analyse?.integrite ?? "indeterminee",
      signatureCryptographique: analyse?.signatureCryptographique ?? "indeterminee",
      ...(certificat === undefined ? {} : { certificat }),
      chaine,
      ...(heure === undefined ? {} : { heureSignature: heure.toISOString() }),
      modifieApres,
      couvreToutLeDocument: fin === pdf.length || texteFichier.slice(fin).trim().length === 0,
      valide,
    });
    constats.push(...signes);
  }
  const derniere = signatures.at(-1);
  const modifieApresDerniere = derniere?.modifieApres ?? false;
  const bloquant = constats.some((constat) => constat.gravite === "bloquant");
  return { ...base, signatures, constats, modifieApresDerniere, valide: !bloquant && signatures.every((s) => s.valide) };
}
