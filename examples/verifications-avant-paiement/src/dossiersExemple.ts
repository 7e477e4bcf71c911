import { contratExemple, type Contrat } from "@communs-opco/schemas";

/** Un dossier reçu par l'OPCO : son numéro, l'OPCO payeur et le contrat au format standard. */
export interface DossierExemple {
  numero: string;
  opco: string;
  contrat: Contrat;
}

/** CFA réel du Référentiel des organismes : SIRET, UAI et adresse. */
interface CfaExemple {
  siret: string;
  uaiCfa: string;
  adresse: { codePostal: string; commune: string };
}

/**
 * Contrat d'exemple de `@communs-opco/schemas` (personnes fictives) chez un employeur de la branche
 * donnée, avec un CFA réel et une certification réelle.
 */
function contratAvec(cfa: CfaExemple, codeIdcc: string, formation: NonNullable<Contrat["formation"]>): Contrat {
  const contrat: Contrat = structuredClone(contratExemple);
  contrat.employeur = { ...contrat.employeur, codeIdcc };
  contrat.formation = { ...contrat.formation, ...formation };
  if (formation.codeDiplome === undefined) delete contrat.formation.codeDiplome;
  contrat.organismeFormation = { ...contrat.organismeFormation, siret: cfa.siret, uaiCfa: cfa.uaiCfa, adresse: cfa.adresse };
  return contrat;
}

/** CFA responsable et formateur, ouvert, certifié Qualiopi pour l'apprentissage. */
const CFA_QUALIOPI: CfaExemple = { siret: "82409268800210", uaiCfa: "0932751K", adresse: { codePostal: "33200", commune: "Bordeaux" } };
/** CFA responsable et formateur, ouvert, sans la certification Qualiopi « apprentissage ». */
const CFA_SANS_QUALIOPI: CfaExemple = { siret: "77807079700015", uaiCfa: "0870097H", adresse: { codePostal: "87000", commune: "Limoges" } };

/** BTS Comptabilité et gestion (Kit apprentissage). */
const BTS_CG = { rncp: "RNCP39159", codeDiplome: "32031408", typeDiplome: "54", intituleQualification: "BTS Comptabilité et gestion" } as const;
/** Certification du RNCP1002, dont le Référentiel NPEC de juillet 2024 donne 9 497 € pour les sociétés financières. */
const RNCP1002 = { rncp: "RNCP1002", typeDiplome: "54", intituleQualification: "Certification RNCP1002" } as const;

/**
 * Trois dossiers d'un lot payé par OPCO Atlas, conclus le 26/08/2024 :
 * - un BTS Comptabilité et gestion chez un cabinet d'expertise comptable (IDCC 0787) avec un CFA certifié ;
 * - le RNCP1002 (NPEC de 9 497 € pour les sociétés financières, IDCC 0478) avec un CFA sans Qualiopi ;
 * - le RNCP1002 chez un employeur des transports routiers (IDCC 0016, OPCO Mobilités), pas d'Atlas.
 */
export const dossiersExemple: readonly DossierExemple[] = [
  { numero: "ATL-2024-0001", opco: "atlas", contrat: contratAvec(CFA_QUALIOPI, "0787", BTS_CG) },
  { numero: "ATL-2024-0002", opco: "atlas", contrat: contratAvec(CFA_SANS_QUALIOPI, "0478", RNCP1002) },
  { numero: "ATL-2024-0003", opco: "atlas", contrat: contratAvec(CFA_QUALIOPI, "0016", RNCP1002) },
];
