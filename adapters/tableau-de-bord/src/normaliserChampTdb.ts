import { normaliserDate } from "@communs-opco/schemas";
import { codesDerniereSituation } from "./codesDerniereSituation.js";
import type { NatureChampTdb } from "./reglesChampsTdb.js";

/**
 * Canal de réception d'un dossier apprenant : l'API v3 (dates ISO strictes) ou le
 * téléversement d'un fichier (dates `JJ/MM/AAAA` et dates de tableur acceptées, comme le
 * dit l'onglet « Description des données » du modèle).
 *
 * @example
 * ```ts
 * const canal: CanalTdb = "televersement";
 * ```
 */
export type CanalTdb = "api" | "televersement";

/**
 * Résultat de la normalisation d'une valeur : la valeur normalisée, l'absence (valeur
 * vide ou code « 0 » de dernière situation) ou un refus motivé.
 *
 * @example
 * ```ts
 * const n: NormalisationTdb = { ok: false, code: "siret_invalide", message: "SIRET invalide : 14 chiffres attendus." };
 * ```
 */
export type NormalisationTdb =
  | { readonly ok: true; readonly valeur: unknown }
  | { readonly ok: true; readonly absent: true }
  | { readonly ok: false; readonly code: string; readonly message: string };

const ABSENT = { ok: true, absent: true } as const;
const refus = (code: string, message: string): NormalisationTdb => ({ ok: false, code, message });
const ok = (valeur: unknown): NormalisationTdb => ({ ok: true, valeur });

const COURRIEL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;
const DERNIER_ORGANISME = /^(0?\d\d|0?2[AB]|0?9[0-5]|97[1234678]|98[678]|99[0135]|\d{7}[a-zA-Z])$/u;
const DATE_ISO = /^(\d{4})-(\d{2})-(\d{2})/u;

function texteDe(valeur: unknown): string {
  if (valeur instanceof Date) return Number.isNaN(valeur.getTime()) ? "" : valeur.toISOString();
  return typeof valeur === "string" ? valeur : String(valeur);
}

function date(valeur: unknown, canal: CanalTdb): NormalisationTdb {
  const invalide = refus("date_invalide", canal === "api" ? "Date invalide : attendu une date ISO-8601 commençant par AAAA-MM-JJ." : "Date invalide : attendu AAAA-MM-JJ ou JJ/MM/AAAA.");
  if (valeur instanceof Date) return Number.isNaN(valeur.getTime()) ? invalide : ok(valeur.toISOString().slice(0, 10));
  if (typeof valeur === "number") return canal === "televersement" && Number.isInteger(valeur) && valeur > 0 && valeur < 100_000 ? ok(normaliserDate(String(valeur).padStart(5, "0"))) : invalide;
  const texte = texteDe(valeur).trim();
  const iso = DATE_ISO.exec(texte);
  if (iso) return normaliserDate(`${iso[1]}-${iso[2]}-${iso[3]}`) === undefined ? invalide : ok(texte.slice(0, 10));
  if (canal === "televersement" && /^\d{1,2}\/\d{1,2}\/\d{4}$/u.test(texte)) {
    const iso2 = normaliserDate(texte);
    return iso2 === undefined ? invalide : ok(iso2);
  }
  return invalide;
}

function booleen(valeur: unknown): NormalisationTdb {
  if (typeof valeur === "boolean") return ok(valeur);
  const texte = texteDe(valeur).trim().toLowerCase();
  if (["true", "vrai", "oui", "1", "o", "yes"].includes(texte)) return ok(true);
  if (["false", "faux", "non", "0", "n", "no"].includes(texte)) return ok(false);
  return refus("booleen_invalide", "Booléen invalide : attendu VRAI/FAUX ou OUI/NON.");
}

function entier(valeur: unknown, min: number, max: number, message: string): NormalisationTdb {
  const texte = texteDe(valeur).trim();
  const nombre = typeof valeur === "number" ? valeur : /^[+-]?\d+$/u.test(texte) ? Number(texte) : Number.NaN;
  return Number.isInteger(nombre) && nombre >= min && nombre <= max ? ok(nombre) : refus("nombre_hors_bornes", message);
}

function telephone(valeur: unknown): NormalisationTdb {
  const texte = texteDe(valeur).replace(/[\s.\-()]/gu, "");
  if (/^0[1-9]\d{8}$/u.test(texte)) return ok(texte);
  const francais = /^(?:\+33|0033|33)([1-9]\d{8})$/u.exec(texte);
  if (francais) return ok(`0${francais[1]}`);
  if (/^\+[1-9]\d{7,14}$/u.test(texte)) return ok(texte);
  return refus("telephone_invalide", "Téléphone invalide : attendu 10 chiffres commençant par 0, ou un numéro international +XX.");
}

/**
 * Normalise et contrôle une valeur selon la nature de son champ, comme le Tableau de bord
 * (`indicateurs.md` §1.2–1.3) : SIRET sans espaces ni points ni tirets, UAI et CFD en
 * majuscules, RNCP préfixé, codes postaux complétés à 5 chiffres, sexe `H`/`1`/`2` ramené
 * à `M`/`F`, année scolaire `AAAA/AAAA` → `AAAA-AAAA`, etc. Une valeur vide vaut absence.
 *
 * @example
 * ```ts
 * normaliserChampTdb(" 123 456 789 01235 ", "siret", "api"); // { ok: true, valeur: "12345678901235" }
 * normaliserChampTdb("2024/2026", "anneeScolaire", "api").ok; // false
 * ```
 */
export function normaliserChampTdb(valeur: unknown, nature: NatureChampTdb, canal: CanalTdb): NormalisationTdb {
  if (valeur === null || valeur === undefined) return ABSENT;
  if (typeof valeur === "string" && valeur.trim() === "") return ABSENT;
  if (typeof valeur === "object" && !(valeur instanceof Date)) return refus("type_invalide", "Valeur invalide : un texte, un nombre ou un booléen est attendu.");
  const texte = texteDe(valeur).trim();
  switch (nature) {
    case "texte":
    case "identifiant":
      return ok(texte);
    case "nom":
      return ok(texte.toUpperCase());
    case "libelle":
      return texte.length >= 1 ? ok(texte) : ABSENT;
    case "date":
      return date(valeur, canal);
    case "dateHeure":
      return DATE_ISO.test(texte) ? ok(texte) : date(valeur, canal);
    case "anneeScolaire": {
      const annee = texte.replace(/\s/gu, "").replace("/", "-");
      const m = /^([12]\d{3})-([12]\d{3})$/u.exec(annee);
      const un = Number(m?.[1]);
      const deux = Number(m?.[2]);
      return m && (deux === un || deux === un + 1) ? ok(annee) : refus("annee_scolaire_invalide", "Année scolaire invalide : attendu AAAA-AAAA avec la 2e année égale à la 1re ou à la suivante (ex. 2024-2025).");
    }
    case "booleen":
      return booleen(valeur);
    case "courriel":
      return COURRIEL.test(texte) ? ok(texte) : refus("courriel_invalide", "Courriel invalide : attendu texte@texte.texte.");
    case "telephone":
      return telephone(valeur);
    case "sexe": {
      const code = ({ M: "M", H: "M", "1": "M", F: "F", "2": "F" } as Record<string, string>)[texte.toUpperCase()];
      return code === undefined ? refus("sexe_invalide", "Sexe invalide : attendu M, F, H, 1 ou 2.") : ok(code);
    }
    case "statut": {
      const code = texte;
      return ["0", "2", "3"].includes(code) ? ok(code) : refus("statut_invalide", "Statut invalide : attendu 0 (abandon), 2 (inscrit) ou 3 (apprenti).");
    }
    case "rncp": {
      const code = texte.toUpperCase().replace(/[\s.-]/gu, "");
      if (!/^(RNCP)?\d{2,5}$/u.test(code)) return refus("rncp_invalide", "Code RNCP invalide : attendu RNCP suivi de 2 à 5 chiffres.");
      return ok(code.startsWith("RNCP") ? code : `RNCP${code}`);
    }
    case "cfd": {
      const code = texte.toUpperCase();
      return /^[A-Z0-9]{8}$/u.test(code) ? ok(code) : refus("cfd_invalide", "Code formation diplôme invalide : attendu 8 caractères alphanumériques.");
    }
    case "uai": {
      const code = texte.toUpperCase();
      return /^\d{7}[A-Z]$/u.test(code) ? ok(code) : refus("uai_invalide", "UAI invalide : attendu 7 chiffres et une lettre.");
    }
    case "siret": {
      const code = texte.replace(/[\s.-]/gu, "");
      return /^\d{14}$/u.test(code) ? ok(code) : refus("siret_invalide", "SIRET invalide : attendu 14 chiffres.");
    }
    case "codePostal": {
      const code = /^\d{1,5}$/u.test(texte) ? texte.padStart(5, "0") : texte;
      return /^\d{5}$/u.test(code) ? ok(code) : refus("code_postal_invalide", "Code postal invalide : attendu 5 chiffres.");
    }
    case "codeInsee": {
      const code = texte.toUpperCase();
      return /^(\d{2}|2A|2B)\d{3}$/u.test(code) ? ok(code) : refus("code_insee_invalide", "Code commune INSEE invalide : attendu 5 caractères (2A/2B pour la Corse).");
    }
    case "anneeFormation":
      return entier(valeur, 0, 5, "Année de formation invalide : attendu un entier de 0 à 5.");
    case "dureeAnnees":
      return entier(valeur, 1, 4, "Durée théorique hors bornes : attendu 1 à 4 ans.");
    case "dureeMois":
      return entier(valeur, 1, 48, "Durée théorique hors bornes : attendu 1 à 48 mois.");
    case "derniereSituation":
      if (texte === "0") return ABSENT;
      return codesDerniereSituation.has(texte) ? ok(texte) : refus("derniere_situation_invalide", "Dernière situation invalide : code SIFA inconnu.");
    case "dernierOrganismeUai":
      return DERNIER_ORGANISME.test(texte) ? ok(texte.toUpperCase()) : refus("dernier_organisme_invalide", "Dernier organisme invalide : attendu une UAI ou un numéro de département.");
    case "typeCfa": {
      const code = /^\d{1,2}$/u.test(texte) ? texte.padStart(2, "0") : texte;
      const n = Number(code);
      return /^\d{2}$/u.test(code) && n >= 1 && n <= 10 ? ok(code) : refus("type_cfa_invalide", "Type de CFA invalide : attendu 01 à 10.");
    }
    case "nir":
      return ok(texte.replace(/[\s.-]/gu, ""));
  }
}
