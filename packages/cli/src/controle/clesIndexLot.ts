import type { ChampsIndexLot } from "./champsIndexLot";
import type { EcritureCle } from "./EcritureCle";

// Clés et valeurs de l'index du lot tirées des champs d'un contrat : identité d'un maître (en
// octets exacts), jour d'une date, numéro du contrat et son empreinte.

/** Nom ou prénom comparable : sans accents, casse ni séparateurs. */
function forme(v: unknown): string {
  if (typeof v !== "string") return "";
  // Texte ASCII (cas courant) : la décomposition NFD n'y change rien, les capitales suffisent.
  let lettres = true;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 128) return v.normalize("NFD").replace(/\p{M}/gu, "").toUpperCase().replace(/[^A-Z]/g, "");
    if (lettres && !((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) lettres = false;
  }
  const capitales = v.toUpperCase();
  return lettres ? capitales : capitales.replace(/[^A-Z]/g, "");
}

const DATE_CHIFFRES = /^(\d{4})-(\d{2})-(\d{2})$/;
const CHIFFRES = /^\d{1,15}$/;

/**
 * Écrit dans `cle` l'identité d'un maître d'apprentissage (nom et prénom comparables : sans
 * accents, casse ni séparateurs ; date de naissance ; SIRET de l'employeur sans espaces), ou rend
 * `false` si elle est incomplète. Écriture exacte et compacte : une date `AAAA-MM-JJ` en un entier
 * (AAAAMMJJ), un SIRET de chiffres en un entier précédé de son nombre de chiffres, tout autre texte
 * tel quel ; deux identités différentes ne s'écrivent jamais pareil.
 *
 * @example
 * ```ts
 * ecrireIdentiteMaitre(cle, "Dupont", "Paul", "1978-05-02", "801 234 567 00015"); // true, comme ("DUPONT", "PAUL", "1978-05-02", "80123456700015")
 * ```
 */
export function ecrireIdentiteMaitre(cle: EcritureCle, nom: unknown, prenom: unknown, dateNaissance: unknown, siret: unknown): boolean {
  const n = forme(nom);
  const p = forme(prenom);
  if (n === "" || p === "" || typeof dateNaissance !== "string" || typeof siret !== "string" || siret.trim() === "") return false;
  cle.vider();
  cle.texte(n);
  cle.texte(p);
  const d = DATE_CHIFFRES.exec(dateNaissance);
  if (d === null) {
    cle.octet(0);
    cle.texte(dateNaissance);
  } else {
    cle.octet(1);
    cle.entier(Number(d[1]) * 10_000 + Number(d[2]) * 100 + Number(d[3]));
  }
  const s = siret.replace(/\s/g, "");
  if (CHIFFRES.test(s)) {
    cle.octet(s.length);
    cle.entier(Number(s));
  } else {
    cle.octet(0);
    cle.texte(s);
  }
  return true;
}

/**
 * Jour (nombre de jours depuis 1970) d'une date `AAAA-MM-JJ`, ou `undefined`.
 *
 * @example
 * ```ts
 * jourIndexLot("1970-01-02"); // 1
 * ```
 */
export function jourIndexLot(date: string | undefined): number | undefined {
  if (date === undefined) return undefined;
  const m = DATE_CHIFFRES.exec(date);
  return m === null ? undefined : Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}

/**
 * Numéro DECA du contrat lui-même, en capitales (un avenant, types 30 à 39, porte celui du contrat
 * qu'il modifie), ou `undefined`.
 *
 * @example
 * ```ts
 * numeroDuContrat({ ...champs, typeContratApp: "33", numeroContratPrecedent: "069202409000001" }); // "069202409000001"
 * ```
 */
export function numeroDuContrat(c: ChampsIndexLot): string | undefined {
  const numero = /^3\d$/.test(c.typeContratApp ?? "") ? c.numeroContratPrecedent : c.noContrat;
  return numero === undefined || numero === "" ? undefined : numero.toUpperCase();
}

/** Empreinte FNV-1a 32 bits d'un texte, avec une graine. */
function empreinte(texte: string, graine: number): number {
  let h = graine >>> 0;
  for (let i = 0; i < texte.length; i++) {
    h ^= texte.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Empreinte de 64 bits d'un numéro de contrat, en deux entiers signés de 32 bits (deux FNV-1a de
 * graines différentes) : reconnaît un contrat et ses avenants dans le portefeuille d'un maître.
 *
 * @example
 * ```ts
 * const [a, b] = empreinteNumero("069202409000001");
 * ```
 */
export function empreinteNumero(numero: string): [number, number] {
  return [empreinte(numero, 0x811c9dc5) | 0, empreinte(numero, 0x2f0a3c61) | 0];
}
