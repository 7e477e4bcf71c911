import { OffresAlternance } from "./OffresAlternance";

export { OffresAlternance };

if (!customElements.get("offres-alternance")) customElements.define("offres-alternance", OffresAlternance);

declare global {
  interface HTMLElementTagNameMap {
    "offres-alternance": OffresAlternance;
  }
}
