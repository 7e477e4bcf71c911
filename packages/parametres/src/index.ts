export type { Parametre, ParametreConsulte, ReferenceJuridique, StatutVerification, ValeurDatee } from "./Parametre";
export { valeurParametre } from "./valeurParametre";
