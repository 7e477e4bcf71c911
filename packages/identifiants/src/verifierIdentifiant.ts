import { verifierCfd } from "./cfd";
import { verifierCodeInsee } from "./codeInsee";
import { verifierCodePostal } from "./codePostal";
import { verifierDepartement } from "./departement";
import { verifierIdcc } from "./idcc";
import { verifierNaf } from "./naf";
import { verifierNir } from "./nir";
import { verifierNumeroDeca } from "./numeroDeca";
import type { ResultatIdentifiant } from "./ResultatIdentifiant";
import { verifierRncp } from "./rncp";
import { verifierRs } from "./rs";
import { verifierSiren } from "./siren";
import { verifierSiret } from "./siret";
import type { TypeIdentifiant } from "./TypeIdentifiant";
import { verifierUai } from "./uai";

const VERIFICATEURS: Readonly<Record<TypeIdentifiant, (valeur: string) => ResultatIdentifiant>> = {
  siret: verifierSiret,
  siren: verifierSiren,
  uai: verifierUai,
  nir: verifierNir,
  cfd: verifierCfd,
  rncp: verifierRncp,
  rs: verifierRs,
  idcc: verifierIdcc,
  naf: verifierNaf,
  insee: verifierCodeInsee,
  code_postal: verifierCodePostal,
  departement: verifierDepartement,
  numero_deca: verifierNumeroDeca,
};

/**
 * Contrôle une valeur selon le type d'identifiant demandé (aiguillage vers `verifierSiret`,
 * `verifierUai`…). Ne lève jamais d'exception.
 *
 * @example
 * ```ts
 * verifierIdentifiant("uai", "0951099D"); // { valide: true, normalise: "0951099D" }
 * verifierIdentifiant("siret", "35600000009090").valide; // false
 * ```
 */
export function verifierIdentifiant(type: TypeIdentifiant, valeur: string): ResultatIdentifiant {
  return VERIFICATEURS[type](valeur);
}
