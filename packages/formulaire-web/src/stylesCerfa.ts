import { css } from "lit";

/**
 * Styles de `<cerfa-apprentissage>` : la charte d'un OPCO s'applique par les propriétés CSS
 * `--cerfa-*` (couleurs, police, rayon) et par les parties `::part(…)` exposées.
 *
 * @example
 * ```css
 * cerfa-apprentissage { --cerfa-couleur-principale: #00579c; }
 * cerfa-apprentissage::part(bouton) { border-radius: 0; }
 * ```
 */
export const stylesCerfa = css`
  :host {
    display: block;
    font-family: var(--cerfa-police, system-ui, sans-serif);
    color: var(--cerfa-couleur-texte, #1e1e1e);
    background: var(--cerfa-couleur-fond, #ffffff);
    line-height: 1.5;
  }
  .visuellement-cache {
    position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
  }
  nav ol { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem; padding: 0; margin: 0 0 1rem; }
  nav button { font: inherit; border: 1px solid var(--cerfa-couleur-principale, #000091); background: transparent; color: var(--cerfa-couleur-principale, #000091); padding: 0.25rem 0.5rem; border-radius: var(--cerfa-rayon, 4px); cursor: pointer; }
  nav button[aria-current="step"] { background: var(--cerfa-couleur-principale, #000091); color: var(--cerfa-couleur-sur-principale, #ffffff); }
  button { font: inherit; }
  .bouton { border: 1px solid var(--cerfa-couleur-principale, #000091); background: var(--cerfa-couleur-principale, #000091); color: var(--cerfa-couleur-sur-principale, #ffffff); padding: 0.4rem 0.9rem; border-radius: var(--cerfa-rayon, 4px); cursor: pointer; }
  .bouton.secondaire { background: transparent; color: var(--cerfa-couleur-principale, #000091); }
  .bouton:disabled { opacity: 0.6; cursor: not-allowed; }
  :focus-visible { outline: 3px solid var(--cerfa-couleur-focus, #0a76f6); outline-offset: 2px; }
  .champ { margin: 0 0 1rem; }
  label { display: block; font-weight: 600; }
  input, select { font: inherit; width: 100%; max-width: 32rem; box-sizing: border-box; padding: 0.35rem; border: 1px solid #666666; border-radius: var(--cerfa-rayon, 4px); }
  input[aria-invalid="true"], select[aria-invalid="true"] { border: 2px solid var(--cerfa-couleur-erreur, #b60000); }
  .aide, .provenance { font-size: 0.875rem; color: #3a3a3a; margin: 0.1rem 0; }
  .constats { list-style: none; padding: 0; margin: 0.25rem 0 0; }
  .constat { font-size: 0.9rem; padding: 0.25rem 0.5rem; border-left: 4px solid; margin: 0.15rem 0; }
  .constat.bloquant { border-color: var(--cerfa-couleur-erreur, #b60000); color: var(--cerfa-couleur-erreur, #b60000); }
  .constat.avertissement { border-color: var(--cerfa-couleur-avertissement, #8a4b00); color: var(--cerfa-couleur-avertissement, #8a4b00); }
  .constat.information { border-color: #3a3a3a; }
  .constat a { color: inherit; }
  table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
  th, td { border: 1px solid #888888; padding: 0.25rem 0.5rem; text-align: left; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 1rem 0; }
  .statut { min-height: 1.5rem; }
  .erreur { color: var(--cerfa-couleur-erreur, #b60000); }
  .succes { color: var(--cerfa-couleur-succes, #18753c); }
  fieldset { border: 1px solid #cccccc; border-radius: var(--cerfa-rayon, 4px); margin: 0 0 1rem; }
  h2:focus { outline: none; }
`;
