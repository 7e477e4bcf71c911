export type { Commande } from "./Commande";
export type { ContexteCli } from "./ContexteCli";
export { ErreurUsage } from "./ErreurUsage";
export { commandes } from "./commandes";
export { contexteProcessus } from "./contexteProcessus";
export { executerCli } from "./executerCli";
export { lireOptions } from "./lireOptions";
