import { ageMajorite, valeurParametre, type ParametreConsulte } from "@communs-opco/parametres";
import type { Contrat } from "@communs-opco/schemas";
import { LIBELLES_ROLES, type RoleSignataire } from "./RoleSignataire.js";

/**
 * Signataire attendu par le circuit : rôle, rang (à partir de 1), libellé, nom tiré du contrat.
 *
 * @example
 * ```ts
 * const s: SignataireAttendu = { ordre: 1, role: "employeur", libelle: "Employeur", nom: "Boulangerie du Parc" };
 * ```
 */
export interface SignataireAttendu {
  readonly ordre: number;
  readonly role: RoleSignataire;
  readonly libelle: string;
  readonly nom?: string;
}

/**
 * Constat du calcul du circuit (donnée d'âge manquante, etc.).
 *
 * @example
 * ```ts
 * const c: ConstatCircuit = { id: "SIG-CIRCUIT-AGE-INDETERMINE", message: "…", chemins: ["apprenti.dateNaissance"] };
 * ```
 */
export interface ConstatCircuit {
  readonly id: "SIG-CIRCUIT-AGE-INDETERMINE";
  readonly message: string;
  readonly chemins: readonly string[];
}

/**
 * Circuit de signature d'un contrat : signataires attendus dans l'ordre, minorité de l'apprenti
 * (`"indetermine"` sans date de naissance ou de référence) et paramètre légal consulté.
 *
 * @example
 * ```ts
 * const circuit: CircuitSignature = circuitSignature(contrat);
 * circuit.signataires.map((s) => s.role); // ["employeur", "apprenti", "representant", "cfa"]
 * ```
 */
export interface CircuitSignature {
  readonly signataires: readonly SignataireAttendu[];
  readonly apprentiMineur: boolean | "indetermine";
  /** Date à laquelle l'âge est apprécié (date de conclusion, à défaut de début du contrat). */
  readonly dateReference?: string;
  readonly parametres: readonly ParametreConsulte<number>[];
  readonly constats: readonly ConstatCircuit[];
}

const DATE_ISO = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** Âge en années révolues à une date, deux dates ISO `AAAA-MM-JJ`. */
function ageRevolu(naissance: string, date: string): number | undefined {
  const n = DATE_ISO.exec(naissance);
  const d = DATE_ISO.exec(date);
  if (n === null || d === null) return undefined;
  const age = Number(d[1]) - Number(n[1]);
  const anniversairePasse = `${d[2]}-${d[3]}` >= `${n[2]}-${n[3]}`;
  return anniversairePasse ? age : age - 1;
}

function joindre(...parties: readonly (string | undefined)[]): string | undefined {
  const texte = parties.filter((p) => p !== undefined && p.trim() !== "").join(" ");
  return texte === "" ? undefined : texte;
}

/**
 * Signataires attendus d'un contrat d'apprentissage, dans l'ordre du circuit : l'employeur,
 * l'apprenti, son représentant légal quand il est mineur (moins de 18 ans, paramètre
 * `droit_civil.age_majorite`, à la date de conclusion du contrat, à défaut de début), puis le
 * visa du CFA. Sans date de naissance ou de référence, la minorité est « indéterminée » et le
 * représentant légal reste attendu, par prudence, avec un constat.
 *
 * @example
 * ```ts
 * import { contratExemple } from "@communs-opco/schemas";
 * circuitSignature(contratExemple).signataires.map((s) => s.role);
 * // ["employeur", "apprenti", "representant", "cfa"] (apprentie de 17 ans à la signature)
 * ```
 */
export function circuitSignature(contrat: Contrat): CircuitSignature {
  const dateReference = contrat.contrat?.dateSignature ?? contrat.contrat?.dateDebutContrat;
  const naissance = contrat.apprenti?.dateNaissance;
  const parametre = dateReference === undefined ? undefined : valeurParametre(ageMajorite, dateReference);
  const age = naissance === undefined || dateReference === undefined ? undefined : ageRevolu(naissance, dateReference);
  const apprentiMineur: boolean | "indetermine" = age === undefined || parametre === undefined ? "indetermine" : age < parametre.valeur;
  const constats: ConstatCircuit[] = [];
  if (apprentiMineur === "indetermine") {
    const chemins = [...(naissance === undefined ? ["apprenti.dateNaissance"] : []), ...(dateReference === undefined ? ["contrat.dateSignature"] : [])];
    constats.push({
      id: "SIG-CIRCUIT-AGE-INDETERMINE",
      message: "Minorité de l'apprenti indéterminée (date de naissance ou de conclusion manquante) : la signature du représentant légal reste demandée.",
      chemins: chemins.length > 0 ? chemins : ["apprenti.dateNaissance"],
    });
  }
  const roles: RoleSignataire[] = ["employeur", "apprenti", ...(apprentiMineur === false ? [] : (["representant"] as const)), "cfa"];
  const noms: Readonly<Record<RoleSignataire, string | undefined>> = {
    employeur: contrat.employeur?.denomination ?? contrat.employeur?.raisonSociale ?? joindre(contrat.employeur?.prenom, contrat.employeur?.nom),
    apprenti: joindre(contrat.apprenti?.prenom, contrat.apprenti?.nom),
    representant: joindre(contrat.apprenti?.responsableLegal?.prenom, contrat.apprenti?.responsableLegal?.nom),
    cfa: contrat.organismeFormation?.denomination,
  };
  return {
    signataires: roles.map((role, index) => {
      const nom = noms[role];
      return { ordre: index + 1, role, libelle: LIBELLES_ROLES[role], ...(nom === undefined ? {} : { nom }) };
    }),
    apprentiMineur,
    ...(dateReference === undefined ? {} : { dateReference }),
    parametres: parametre === undefined ? [] : [parametre],
    constats,
  };
}
