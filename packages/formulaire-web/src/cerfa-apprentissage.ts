import { CerfaApprentissage } from "./CerfaApprentissage";

export { CerfaApprentissage };
export { blocsCerfa } from "./blocsCerfa";
export type { BlocFormulaire, ChampFormulaire, TypeChamp } from "./BlocFormulaire";

if (!customElements.get("cerfa-apprentissage")) customElements.define("cerfa-apprentissage", CerfaApprentissage);

declare global {
  interface HTMLElementTagNameMap {
    "cerfa-apprentissage": CerfaApprentissage;
  }
}
