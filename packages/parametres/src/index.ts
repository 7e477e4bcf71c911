export type { Parametre, ParametreConsulte, ReferenceJuridique, StatutVerification, ValeurDatee } from "./Parametre";
export { valeurParametre } from "./valeurParametre";
export { catalogueParametres } from "./catalogueParametres";
export { parametreParId } from "./parametreParId";
export { verificationSpecification } from "./verificationSpecification";
export { revalorisationsSmic, type RevalorisationSmic } from "./revalorisationsSmic";
export { smicHoraireMetropole } from "./smicHoraireMetropole";
export { smicMensuelMetropole } from "./smicMensuelMetropole";
export { smicHoraireMayotte } from "./smicHoraireMayotte";
export { smicMensuelMayotte } from "./smicMensuelMayotte";
export type {
  BaremeRemunerationApprenti,
  BaseRemunerationApprenti,
  DefinitionTrancheAgeApprenti,
  TauxMinimalApprenti,
  TrancheAgeApprenti,
} from "./BaremeRemunerationApprenti";
export { grilleRemunerationApprenti } from "./grilleRemunerationApprenti";
